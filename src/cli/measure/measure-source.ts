import Papa from "papaparse";
import { formatCount } from "../../analysis/format";
import type { JourneyAnalytics } from "../../measure/journey-analytics";
import { analyzeEvents } from "../../measure/analyze-events";
import type { CreateEventAnalyzerOptions } from "../../measure/event-analyzer-options";
import type { JourneyMap } from "../../model/journey-map";
import type { JourneyMapFormat } from "../../io/formats/journey-map-format";
import { analyticsFromAggregates } from "../../io/sql/analytics-from-aggregates";
import type { EventsSqlColumns } from "../../io/sql/events-sql-options";
import { type CliContext, CommandFailed, UsageError } from "../context";
import { fileErrorReason } from "../file-errors";
import { displayName, MAX_INPUT_BYTES } from "../input";
import { readOrFail } from "./measure-surveys";

/** What `measure` was asked to analyse, and how. */
export interface MeasureRun {
  map: JourneyMap;
  file: string;
  format: JourneyMapFormat;
  columns: EventsSqlColumns;
  analyzer: CreateEventAnalyzerOptions;
}

const progressLine = (ctx: CliContext) => (p: { rows: number; matchedEvents: number; cases: number }) =>
  ctx.stderr(`\r${formatCount(p.rows)} rows, ${formatCount(p.matchedEvents)} matched, ${formatCount(p.cases)} cases…`);

/** Streams the log through the Node analyzer, with a progress line on a terminal. */
export async function measureInNode(run: MeasureRun, ctx: CliContext): Promise<JourneyAnalytics> {
  const { order: _order, ...columns } = run.columns;
  if (!run.format.readEvents) throw new UsageError(`${run.format.name} event logs are read by DuckDB only: add --engine duckdb`);
  if (run.file !== "-" && !ctx.exists(run.file)) {
    ctx.stderr(`${run.file}: no such file [file_not_found]\n`);
    throw new CommandFailed(run.file);
  }
  const onProgress = ctx.stderrIsTerminal ? progressLine(ctx) : undefined;
  try {
    const input = ctx.openRead ? ctx.openRead(run.file) : await ctx.readFile(run.file, MAX_INPUT_BYTES);
    const analytics = await analyzeEvents(run.map, run.format.readEvents(input, { columns }), { ...run.analyzer, ...(onProgress ? { onProgress } : {}) });
    if (onProgress) ctx.stderr("\n");
    return analytics;
  } catch (error) {
    // A file that cannot be read (a directory, no permission, too large) is one line naming it.
    if (error instanceof UsageError || error instanceof TypeError || error instanceof RangeError) throw error;
    ctx.stderr(`${displayName(run.file)}: cannot read: ${fileErrorReason(error)} [unreadable]\n`);
    throw new CommandFailed(run.file);
  }
}

/** Runs the query of `eventsSql` in an embedded DuckDB that reads the file itself. */
export async function measureInDuckDb(run: MeasureRun, ctx: CliContext): Promise<JourneyAnalytics> {
  const kind = run.format.engineSource;
  if (kind === undefined) throw new UsageError(`DuckDB cannot read ${run.format.name} event logs`);
  if (run.file === "-") throw new UsageError("--engine duckdb reads a file, not standard input");
  const { analyzeEventsInDuckDb } = await import("../../io/sql/duckdb");
  const source = kind === "csv" ? { csv: run.file } : kind === "jsonl" ? { jsonl: run.file } : { parquet: run.file };
  const { onProgress: _p, progressEvery: _e, maxRejected: _r, maxEventsPerCase: _m, ...shared } = run.analyzer;
  try {
    return await analyzeEventsInDuckDb(run.map, { ...shared, source, columns: run.columns });
  } catch (error) {
    ctx.stderr(`${run.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    throw new CommandFailed(run.file);
  }
}

/** Reads the result rows of the query (CSV with a header, or a JSON array) and builds the analytics. */
export async function measureFromAggregates(map: JourneyMap, file: string, analyzer: CreateEventAnalyzerOptions, ctx: CliContext): Promise<JourneyAnalytics> {
  const text = await readOrFail(file, ctx);
  let rows: unknown[];
  if (/^\s*\[/.test(text)) {
    try {
      rows = JSON.parse(text) as unknown[];
    } catch (error) {
      throw new UsageError(`${file}: not a JSON array of result rows (${error instanceof Error ? error.message : String(error)})`);
    }
  } else {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    if (parsed.errors.length) throw new UsageError(`${file}: line ${(parsed.errors[0]?.row ?? 0) + 2}: ${parsed.errors[0]?.message}`);
    rows = parsed.data;
  }
  try {
    const { segmentBy, minSegmentCases, maxVariants } = analyzer;
    return analyticsFromAggregates(map, rows, { ...(segmentBy ? { segmentBy } : {}), ...(minSegmentCases ? { minSegmentCases } : {}), ...(maxVariants ? { maxVariants } : {}) });
  } catch (error) {
    ctx.stderr(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    throw new CommandFailed(file);
  }
}
