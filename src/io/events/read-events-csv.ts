/*
 * A streaming CSV reader of event logs. Text arrives in pieces; papaparse's parser reads
 * the complete records of the buffer (`ignoreLastRow` keeps a partial last record for the
 * next piece), so memory holds one piece and at most one unfinished record — a record
 * longer than `maxLineLength` is reported and skipped up to the next newline.
 */
import Papa from "papaparse";
import type { EventRow } from "../../measure/event-row";
import { type ReadEventsCsvOptions, resolveReadOptions } from "./event-columns";
import { errorRow, type RowBuilder, rowBuilder } from "./row-builder";
import { type EventLogInput, textChunks } from "./text-chunks";

interface ParseOutput {
  data: string[][];
  errors: { row?: number; message: string }[];
  meta: { cursor: number };
}

/** Newlines inside the fields of one record, so that line numbers stay right after quoted newlines. */
function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1)) count++;
  return count;
}

/**
 * Yields the rows of a CSV event log (a header row, then one event per record), reading
 * `input` — text, or chunks of text or bytes from any iterable, async iterable or stream —
 * as it arrives. Bad records (a wrong number of fields, an unterminated quote, a line
 * longer than `maxLineLength`) are yielded as rows with `line` and `error`, which the
 * analyzer reports as rejected; a mapped column missing from the header yields one such
 * row and ends. Times are left as written: the analyzer reads ISO 8601 (zone-less as UTC)
 * and epoch milliseconds. Throws a TypeError or RangeError only for bad options or input
 * of the wrong kind.
 *
 * @example
 * ```ts
 * import { readEventsCsv } from "journeykit";
 *
 * const csv = "user_id,name,ts\nu1,cart.add,2026-03-01T10:00:00\n";
 * for await (const row of readEventsCsv(csv, { columns: { case: "user_id", event: "name", time: "ts" } })) {
 *   row; // { caseId: "u1", event: "cart.add", time: "2026-03-01T10:00:00", line: 2 }
 * }
 * ```
 */
export async function* readEventsCsv(input: EventLogInput, options: ReadEventsCsvOptions = {}): AsyncGenerator<EventRow> {
  const { columns, properties, maxLineLength, delimiter } = resolveReadOptions(options);
  let buffer = "";
  let line = 1;
  let builder: RowBuilder | undefined;
  let parser: Papa.Parser | undefined;
  let skipping = false;
  // Returns false when the log cannot be read on (a missing column).
  const take = function* (out: ParseOutput, final: boolean): Generator<EventRow, boolean> {
    const broken = new Set(out.errors.filter((e) => e.row !== undefined && /quote/i.test(e.message)).map((e) => e.row as number));
    for (let r = 0; r < out.data.length; r++) {
      const fields = out.data[r] as string[];
      const at = line;
      line += 1 + newlinesIn(fields);
      if (fields.length === 1 && fields[0] === "") continue;
      if (broken.has(r) && final) {
        yield errorRow(at, "a quoted field is not closed");
        continue;
      }
      if (builder === undefined) {
        const made = rowBuilder(fields, columns, properties);
        if (typeof made === "string") {
          yield errorRow(at, made);
          return false;
        }
        builder = made;
        continue;
      }
      yield builder.build(fields, at);
    }
    return true;
  };
  for await (const piece of textChunks(input)) {
    buffer += piece;
    if (skipping) {
      const newline = buffer.indexOf("\n");
      if (newline === -1) {
        buffer = "";
        continue;
      }
      buffer = buffer.slice(newline + 1);
      line++;
      skipping = false;
    }
    // The newline is known from the first line's end.
    if (parser === undefined && buffer.includes("\n")) parser = new Papa.Parser({ delimiter, newline: buffer.includes("\r\n") ? "\r\n" : "\n" });
    if (parser !== undefined) {
      const out = parser.parse(buffer, 0, true) as ParseOutput;
      if (!(yield* take(out, false))) return;
      buffer = buffer.slice(out.meta.cursor);
    }
    if (buffer.length > maxLineLength) {
      yield errorRow(line, `the line is longer than ${maxLineLength} characters (maxLineLength)`);
      const newline = buffer.indexOf("\n");
      skipping = newline === -1;
      buffer = skipping ? "" : buffer.slice(newline + 1);
      if (!skipping) line++;
    }
  }
  if (buffer.length > 0 && !skipping) {
    parser ??= new Papa.Parser({ delimiter, newline: buffer.includes("\r\n") ? "\r\n" : "\n" });
    yield* take(parser.parse(buffer, 0, false) as ParseOutput, true);
  }
}
