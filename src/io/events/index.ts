export type { EventColumns, ReadEventsCsvOptions } from "./event-columns";
export { readEventsCsv } from "./read-events-csv";
export { readEventsJsonLines, type ReadEventsJsonLinesOptions } from "./read-events-json-lines";
export type { EventLogInput } from "./text-chunks";
