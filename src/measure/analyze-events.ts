import type { JourneyMap } from "../model/journey-map";
import { createEventAnalyzer } from "./create-event-analyzer";
import type { EventRow } from "./event-row";
import type { CreateEventAnalyzerOptions } from "./event-analyzer-options";
import type { JourneyAnalytics } from "./journey-analytics";

/** Rows that also come an array at a time, as the readers of `io/` return them: read by batch, saving a promise per row. */
export interface BatchedEventRows {
  /** The rows, an array at a time. */
  batches(): AsyncIterable<readonly EventRow[]>;
}

/** Options of {@link analyzeEvents}: those of {@link createEventAnalyzer}. */
export type AnalyzeEventsOptions = CreateEventAnalyzerOptions;

/**
 * Resolves to the `JourneyAnalytics` of `rows` laid onto `map`: rows from an array, an
 * iterable, an async iterable, or rows with `batches()` (such as {@link readEventsCsv}), in any order. Bad rows
 * are reported in `rejected`, never thrown; it rejects only with a TypeError or RangeError
 * for a bad option, or with the error the async iterable itself throws.
 *
 * @example
 * ```ts
 * import { analyzeEvents, parseJourneyMap } from "journeykit";
 *
 * const map = parseJourneyMap({
 *   schemaVersion: 1, id: "m", title: "Shop", stages: [{ id: "s", name: "Buy" }],
 *   touchpoints: [{ id: "cart", stageId: "s", name: "Cart", observe: [{ event: "cart.*" }] }],
 * });
 * const analytics = await analyzeEvents(map, [{ caseId: "u1", event: "cart.add", time: 0 }]);
 * analytics.touchpoints; // [{ touchpointId: "cart", cases: 1, events: 1 }]
 * ```
 */
export async function analyzeEvents(
  map: JourneyMap,
  rows: Iterable<EventRow> | AsyncIterable<EventRow> | BatchedEventRows,
  options: AnalyzeEventsOptions = {},
): Promise<JourneyAnalytics> {
  const analyzer = createEventAnalyzer(map, options);
  if (rows !== null && typeof rows === "object" && typeof (rows as BatchedEventRows).batches === "function") {
    for await (const batch of (rows as BatchedEventRows).batches()) analyzer.addAll(batch);
  } else if (rows !== null && typeof rows === "object" && Symbol.asyncIterator in rows) {
    for await (const row of rows as AsyncIterable<EventRow>) analyzer.add(row);
  } else if (rows !== null && typeof rows === "object" && Symbol.iterator in rows) {
    analyzer.addAll(rows as Iterable<EventRow>);
  } else {
    throw new TypeError("invalid rows: expected an array, an iterable or an async iterable of event rows");
  }
  return analyzer.result();
}
