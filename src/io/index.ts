export { JOURNEY_MAP_SCHEMA_ID, journeyMapJsonSchema } from "./json-schema";
export { toMarkdownReport, type MarkdownReportOptions } from "./markdown-report";
export { CSV_COLUMNS, type CsvColumn } from "./csv/csv-columns";
export { fromCsv, type FromCsvOptions } from "./csv/from-csv";
export { toCsv } from "./csv/to-csv";
export { fromMermaid, type FromMermaidOptions } from "./mermaid/from-mermaid";
export { toMermaid, type ToMermaidOptions } from "./mermaid/to-mermaid";
export { eventsSql } from "./sql/events-sql";
export type { EventsSqlColumns, EventsSqlOptions } from "./sql/events-sql-options";
export { analyticsFromAggregates, type AnalyticsFromAggregatesOptions } from "./sql/analytics-from-aggregates";
export { SQL_DIALECTS, type SqlDialectName } from "./sql/sql-dialect";
export { readEventsCsv, readEventsJsonLines, type EventColumns, type EventLogInput, type ReadEventsCsvOptions, type ReadEventsJsonLinesOptions } from "./events/index";
export {
  csvFormat,
  detectFormat,
  extensionOf,
  findFormat,
  formatOfPath,
  JOURNEY_MAP_FORMATS,
  type JourneyMapFormat,
  type JourneyMapFormatRole,
  jsonFormat,
  mermaidFormat,
  MissingPeerDependencyError,
  PNG_RENDERER,
  pngFormat,
  svgFormat,
  type WriteJourneyMapOptions,
  type WrittenJourneyMap,
} from "./formats/index";
