export { JOURNEY_MAP_SCHEMA_ID, journeyMapJsonSchema } from "./json-schema";
export { toMarkdownReport, type MarkdownReportOptions } from "./markdown-report";
export { CSV_COLUMNS, CSV_EXTRA_COLUMNS, CSV_FLOW_COLUMNS, CSV_ROW_KINDS, type CsvColumn, type CsvField, type CsvRowKind } from "./csv/csv-columns";
export type { CsvUnknownColumns } from "./csv/csv-header";
export { fromCsv, type FromCsvOptions } from "./csv/from-csv";
export { toCsv } from "./csv/to-csv";
export { fromMermaid, type FromMermaidOptions, type FromMermaidResult } from "./mermaid/from-mermaid";
export type { MermaidExtension } from "./mermaid/mermaid-extensions";
export { renderJourneyMapHtml, type RenderJourneyMapHtmlOptions } from "./html/index";
export { fromXlsx, type FromXlsxOptions, toXlsx, XLSX_JSON_NOTE, XLSX_LIBRARY, type XlsxIssue } from "./xlsx/index";
export { toMermaid, type ToMermaidOptions } from "./mermaid/to-mermaid";
export { eventsSql } from "./sql/events-sql";
export type { EventsSqlColumns, EventsSqlOptions } from "./sql/events-sql-options";
export { analyticsFromAggregates, type AnalyticsFromAggregatesOptions } from "./sql/analytics-from-aggregates";
export { SQL_DIALECTS, type SqlDialectName } from "./sql/sql-dialect";
export {
  csvFormat,
  detectFormat,
  eventsCsvFormat,
  eventsJsonLinesFormat,
  eventsParquetFormat,
  extensionOf,
  findFormat,
  formatOfPath,
  htmlFormat,
  JOURNEY_MAP_FORMATS,
  type JourneyMapFormat,
  type JourneyMapFormatRole,
  jsonFormat,
  mermaidFormat,
  MissingFontError,
  MissingPeerDependencyError,
  PDF_FALLBACK_FONTS,
  PDF_FONT_DIRECTORIES,
  PDF_LIBRARIES,
  type PdfFallbackFont,
  pdfFormat,
  type PdfPageSize,
  PNG_RENDERER,
  findPngFonts,
  PNG_FONT_DIRS,
  PNG_MAX_PIXELS,
  PNG_MAX_SCALE,
  PNG_REQUIRED_FONTS,
  pngFormat,
  type WritePngOptions,
  renderJourneyMapPdf,
  type RenderJourneyMapPdfOptions,
  svgFormat,
  type WriteJourneyMapOptions,
  type WrittenJourneyMap,
  xlsxFormat,
} from "./formats/index";
export { DEFAULT_NA_CODES, fromSurveyCsv, type FromSurveyCsvError, type FromSurveyCsvOptions, type FromSurveyCsvResult, type SurveyQuestion } from "./surveys/from-survey-csv";
export {
  readEventsCsv,
  readEventsJsonLines,
  type EventColumns,
  type EventLogInput,
  type EventRowStream,
  type ReadEventsCsvOptions,
  type ReadEventsJsonLinesOptions,
} from "./events/index";
