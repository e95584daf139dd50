import { eventsSql } from "../../io/sql/events-sql";
import { SQL_DIALECTS, type SqlDialectName } from "../../io/sql/sql-dialect";
import { analyticsToOperations } from "../../measure/analytics-to-operations";
import type { CreateEventAnalyzerOptions } from "../../measure/event-analyzer-options";
import type { JourneyAnalytics } from "../../measure/journey-analytics";
import type { JourneyMap } from "../../model/journey-map";
import { applyOperations } from "../../edit/apply-operations";
import { jsonFormat } from "../../io/formats/json";
import { parseAsOf } from "../as-of";
import type { Command } from "../command";
import { CommandFailed, type CliContext, UsageError } from "../context";
import { formatHelp, formatNames, formatsFor, outputFormat, parseFormatFlag } from "../formats";
import { formatOfPath } from "../../io/formats/find-format";
import { JOURNEY_MAP_FORMATS } from "../../io/formats/registry";
import { loadMap } from "../input";
import { parseColumnsFlag } from "../measure/event-columns-flag";
import { measureFromAggregates, measureInDuckDb, measureInNode } from "../measure/measure-source";
import { measureSurveys } from "../measure/measure-surveys";
import { refuseOverwritingInput, writeOutput } from "../output";

const LOGS = JOURNEY_MAP_FORMATS.filter((format) => format.role === "events");
const EVENT_FORMATS = LOGS;
const MAPS = formatsFor("map", "write");

function number(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`invalid ${flag}: "${String(value)}" (expected a number > 0)`);
  return n;
}

function analyzerOptions(values: Record<string, unknown>): CreateEventAnalyzerOptions {
  const gap = number(values["session-gap"], "--session-gap");
  const min = number(values["min-segment-cases"], "--min-segment-cases");
  return {
    ...(values["keep-repeats"] ? { collapseRepeats: false } : {}),
    ...(gap === undefined ? {} : { sessionGapMinutes: gap }),
    ...(typeof values["segment-by"] === "string" ? { segmentBy: values["segment-by"] } : {}),
    ...(min === undefined ? {} : { minSegmentCases: Math.round(min) }),
  };
}

function dialectOf(value: unknown): SqlDialectName {
  const dialect = value === undefined ? "duckdb" : String(value);
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect)) throw new UsageError(`invalid --dialect: "${dialect}" (expected ${SQL_DIALECTS.join(" or ")})`);
  return dialect as SqlDialectName;
}

async function analytics(map: JourneyMap, positionals: string[], values: Record<string, unknown>, ctx: CliContext): Promise<JourneyAnalytics> {
  const analyzer = analyzerOptions(values);
  if (typeof values["from-aggregates"] === "string") return measureFromAggregates(map, values["from-aggregates"], analyzer, ctx);
  const file = positionals[1];
  if (file === undefined) throw new UsageError("measure needs an event log (or --sql, or --from-aggregates)");
  const format = parseFormatFlag(values.from, "--from", LOGS) ?? (file === "-" ? undefined : formatOfPath(file, LOGS));
  if (!format) throw new UsageError(`say what the event log is: --from ${LOGS.map((f) => f.name).join("|")}, or a file ending ${LOGS.flatMap((f) => f.extensions).join(", ")}`);
  const run = { map, file, format, columns: parseColumnsFlag(values.columns), analyzer };
  const engine = values.engine === undefined ? "node" : String(values.engine);
  if (engine === "node") return measureInNode(run, ctx);
  if (engine === "duckdb") return measureInDuckDb(run, ctx);
  throw new UsageError(`invalid --engine: "${engine}" (expected node or duckdb)`);
}

async function apply(map: JourneyMap, result: JourneyAnalytics, values: Record<string, unknown>, ctx: CliContext): Promise<void> {
  const asOf = parseAsOf(values["as-of"]);
  if (asOf === undefined) throw new UsageError("--apply needs --as-of YYYY-MM-DD: the date the measurement is recorded for");
  const output = typeof values.output === "string" ? values.output : undefined;
  const to = outputFormat(output, undefined, "-o", MAPS, jsonFormat);
  const applied = applyOperations(map, analyticsToOperations(map, result, { asOf }));
  if (!applied.ok) {
    ctx.stderr(`journeykit: the measurement could not be recorded: ${applied.issue.message}\n`);
    throw new CommandFailed("apply");
  }
  await writeOutput(output, await to.write!(applied.map, {}), ctx, { report: to.name });
}

/** `journeykit measure <map> <events>`: the event log laid onto the map — reach, funnel, paths, conformance. */
export const measureCommand: Command = {
  name: "measure",
  summary: "Measure a journey from an event log: reach, drop-off, paths and conformance.",
  usage:
    "journeykit measure <map> [events|-] [--columns case=…,event=…,time=…] [--engine node|duckdb] [-o analytics.json] [--apply --as-of DATE -o measured.json] [--sql --dialect duckdb|postgres] [--from-aggregates result.csv]",
  options: {
    columns: { type: "string" },
    from: { type: "string" },
    engine: { type: "string" },
    "segment-by": { type: "string" },
    "session-gap": { type: "string" },
    "min-segment-cases": { type: "string" },
    "keep-repeats": { type: "boolean" },
    output: { type: "string", short: "o" },
    apply: { type: "boolean" },
    "as-of": { type: "string" },
    sql: { type: "boolean" },
    dialect: { type: "string" },
    table: { type: "string" },
    "from-aggregates": { type: "string" },
    surveys: { type: "string" },
    questions: { type: "string" },
    "persona-column": { type: "string" },
    "set-emotion": { type: "string" },
    force: { type: "boolean" },
  },
  help: `
Matches each event to the first touchpoint whose "observe" rules match, and prints the
analytics as JSON (or writes them to -o). With --apply, records them in the map instead
(an analytics evidence entry and metrics, as undoable operations) and writes the map.

Event logs:
${formatHelp(EVENT_FORMATS)}

Options:
  --columns <k=v,…>        which column holds case, event, time, url, segment, order
  --from <format>          the log's format when its extension does not say: ${formatNames(EVENT_FORMATS)}
  --engine node|duckdb     stream in this process (default), or run it in an embedded DuckDB
  --segment-by <name>      "segment" or a property (column) to split the figures by
  --session-gap <minutes>  split a case after this much inactivity
  --min-segment-cases <n>  leave out smaller segments (default 30)
  --keep-repeats           do not collapse consecutive events at one touchpoint
  -o, --output <file>      where to write (default: standard output)
  --apply                  record the result in the map; needs --as-of
  --as-of <YYYY-MM-DD>     the date the measurement is recorded for
  --sql                    print the SQL that computes the same in your database
  --dialect duckdb|postgres  the SQL's dialect (default duckdb)
  --table <name>           the table --sql reads (default events)
  --from-aggregates <file> read that SQL's result (CSV with a header, or JSON) instead of a log
  --surveys <file>         survey answers instead of a log: the long format (touchpoint, scale,
                           value[, persona]) or, with --questions, a Qualtrics export; prints each
                           survey with its summary, or with --apply records them and the measured
                           emotions in the map
  --questions <file>       Qualtrics: a JSON object of column → { touchpointId | stageId, scaleId }
  --persona-column <name>  Qualtrics: the column that says who answered
  --set-emotion <when>     with --surveys --apply: when-unset (default) or always
  --force                  write even when the output is the map file

Examples:
  journeykit measure map.json events.csv --columns case=user_id,event=name,time=ts
  journeykit measure map.json events.csv --apply --as-of 2026-06-30 -o measured.json
  journeykit measure map.json events.parquet --engine duckdb
  journeykit measure map.json --sql --dialect postgres --table analytics.events > journey.sql
  journeykit measure map.json --from-aggregates result.csv
  journeykit measure map.json --surveys answers.csv --apply --as-of 2026-06-30 -o measured.json`,
  async run({ values, positionals }, ctx) {
    const [mapFile] = positionals;
    if (!mapFile) throw new UsageError("measure needs a map file");
    if (positionals.length > 2) throw new UsageError(`measure takes a map and an event log, got ${positionals.length} files`);
    const output = typeof values.output === "string" ? values.output : undefined;
    refuseOverwritingInput(output, positionals, values.force === true, ctx);
    const map = await loadMap(mapFile, ctx);
    if (values.sql) {
      const table = typeof values.table === "string" ? values.table.split(".") : "events";
      const sql = eventsSql(map, { dialect: dialectOf(values.dialect), table, columns: parseColumnsFlag(values.columns), ...analyzerSqlOptions(values) });
      await writeOutput(output, sql, ctx, { report: "sql" });
      return 0;
    }
    if (typeof values.surveys === "string") {
      await measureSurveys(map, values, ctx);
      return 0;
    }
    const result = await analytics(map, positionals, values, ctx);
    if (values.apply) await apply(map, result, values, ctx);
    else await writeOutput(output, `${JSON.stringify(result, null, 2)}\n`, ctx, { report: "analytics json" });
    return 0;
  },
};

function analyzerSqlOptions(values: Record<string, unknown>) {
  const { onProgress: _o, minSegmentCases: _m, ...rest } = analyzerOptions(values);
  return rest;
}
