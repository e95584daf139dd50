import type { EventRow } from "../../measure/event-row";
import { FORBIDDEN_KEYS } from "../../validate/limits";
import { type ReadEventsCsvOptions, resolveReadOptions } from "./event-columns";
import { errorRow } from "./row-builder";
import { type EventRowStream, rowStream } from "./row-stream";
import { type EventLogInput, textChunks } from "./text-chunks";

/** Options of {@link readEventsJsonLines}: those of {@link readEventsCsv} (`delimiter` is ignored). */
export type ReadEventsJsonLinesOptions = ReadEventsCsvOptions;

function toRow(text: string, line: number, options: ReturnType<typeof resolveReadOptions>): EventRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return errorRow(line, "the line is not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return errorRow(line, "the line is not a JSON object");
  const record = value as Record<string, unknown>;
  const { columns, properties } = options;
  const get = (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
  const caseId = str(get(columns.case));
  const event = str(get(columns.event));
  const time = get(columns.time);
  if (caseId === undefined || event === undefined || (typeof time !== "string" && typeof time !== "number")) {
    return errorRow(line, `expected "${columns.case}" and "${columns.event}" (text) and "${columns.time}" (text or a number)`);
  }
  const row: EventRow = { caseId, event, time, line };
  const url = str(get(columns.url ?? "url"));
  if (url !== undefined && url !== "") row.url = url;
  const segment = str(get(columns.segment ?? "segment"));
  if (segment !== undefined && segment !== "") row.segment = segment;
  const mapped = new Set([columns.case, columns.event, columns.time, columns.url ?? "url", columns.segment ?? "segment"]);
  const keys = properties === "rest" ? Object.keys(record).filter((k) => !mapped.has(k)) : properties.filter((k) => Object.hasOwn(record, k));
  const props: Record<string, unknown> = {};
  let any = false;
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    props[key] = record[key];
    any = true;
  }
  if (any) row.properties = props;
  return row;
}

/**
 * Yields the rows of a JSON Lines event log (one JSON object per line, keys named by
 * `columns`), reading `input` as it arrives like {@link readEventsCsv}. A line that is not
 * a JSON object with the mapped keys, or longer than `maxLineLength`, is yielded as a row
 * with `line` and `error`; blank lines are skipped. Throws a TypeError or RangeError only
 * for bad options or input of the wrong kind.
 *
 * @example
 * ```ts
 * import { readEventsJsonLines } from "journeykit";
 *
 * const log = '{"user":"u1","name":"cart.add","ts":1772359200000}\n';
 * for await (const row of readEventsJsonLines(log, { columns: { case: "user", event: "name", time: "ts" } })) {
 *   row; // { caseId: "u1", event: "cart.add", time: 1772359200000, line: 1 }
 * }
 * ```
 */
export function readEventsJsonLines(input: EventLogInput, options: ReadEventsJsonLinesOptions = {}): EventRowStream {
  const resolved = resolveReadOptions(options);
  return rowStream(() => jsonLinesBatches(input, resolved));
}

async function* jsonLinesBatches(input: EventLogInput, resolved: ReturnType<typeof resolveReadOptions>): AsyncGenerator<EventRow[]> {
  let batch: EventRow[] = [];
  let buffer = "";
  let line = 1;
  let skipping = false;
  for await (const piece of textChunks(input)) {
    buffer += piece;
    let start = 0;
    for (let end = buffer.indexOf("\n"); end !== -1; end = buffer.indexOf("\n", start)) {
      const text = buffer.slice(start, end);
      start = end + 1;
      const at = line++;
      if (skipping) {
        skipping = false;
        continue;
      }
      if (text.trim() !== "") batch.push(toRow(text, at, resolved));
    }
    buffer = buffer.slice(start);
    if (buffer.length > resolved.maxLineLength) {
      if (!skipping) batch.push(errorRow(line, `the line is longer than ${resolved.maxLineLength} characters (maxLineLength)`));
      skipping = true;
      buffer = "";
    }
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  if (!skipping && buffer.trim() !== "") batch.push(toRow(buffer, line, resolved));
  if (batch.length > 0) yield batch;
}
