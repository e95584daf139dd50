import type { EventRow } from "../../measure/event-row";

/** Rows of an event log: an async iterable of rows that also yields them an array at a time through `batches()`. */
export interface EventRowStream extends AsyncIterable<EventRow> {
  /** The same rows, one array per piece of input read. */
  batches(): AsyncIterable<EventRow[]>;
}

/** A stream of rows over a generator of batches. */
export function rowStream(batches: () => AsyncIterable<EventRow[]>): EventRowStream {
  return {
    batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}
