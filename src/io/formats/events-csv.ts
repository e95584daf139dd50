import { readEventsCsv } from "../events/read-events-csv";
import type { JourneyMapFormat } from "./journey-map-format";

/**
 * Event logs as CSV: one event a row, columns mapped with `columns` (case, event, time, url,
 * segment), read streaming by `readEventsCsv` or directly by an embedded DuckDB.
 *
 * @example
 * ```ts
 * import { eventsCsvFormat } from "journeykit";
 *
 * eventsCsvFormat.extensions; // [".csv"]
 * ```
 */
export const eventsCsvFormat: JourneyMapFormat = {
  name: "csv",
  aliases: [],
  extensions: [".csv"],
  description: "an event log, one event a row (case, event, time, url, segment)",
  role: "events",
  readEvents: readEventsCsv,
  engineSource: "csv",
};
