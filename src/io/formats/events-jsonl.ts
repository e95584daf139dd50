import { readEventsJsonLines } from "../events/read-events-json-lines";
import type { JourneyMapFormat } from "./journey-map-format";

/**
 * Event logs as JSON Lines: one event object a line, keys mapped with `columns`, read
 * streaming by `readEventsJsonLines` or directly by an embedded DuckDB.
 *
 * @example
 * ```ts
 * import { eventsJsonLinesFormat } from "journeykit";
 *
 * eventsJsonLinesFormat.extensions; // [".jsonl", ".ndjson"]
 * ```
 */
export const eventsJsonLinesFormat: JourneyMapFormat = {
  name: "jsonl",
  aliases: ["ndjson", "json-lines"],
  extensions: [".jsonl", ".ndjson"],
  description: "an event log, one JSON object a line",
  role: "events",
  readEvents: readEventsJsonLines,
  engineSource: "jsonl",
};
