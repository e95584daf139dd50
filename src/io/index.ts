export { JOURNEY_MAP_SCHEMA_ID, journeyMapJsonSchema } from "./json-schema";
export { toMarkdownReport, type MarkdownReportOptions } from "./markdown-report";
export { CSV_COLUMNS, type CsvColumn } from "./csv/csv-columns";
export { fromCsv, type FromCsvOptions } from "./csv/from-csv";
export { toCsv } from "./csv/to-csv";
export { renderJourneyMapHtml, type RenderJourneyMapHtmlOptions } from "./html/index";
export { fromXlsx, type FromXlsxOptions, toXlsx, XLSX_JSON_NOTE, XLSX_LIBRARY, type XlsxIssue } from "./xlsx/index";
export { fromMermaid, type FromMermaidOptions } from "./mermaid/from-mermaid";
export { toMermaid, type ToMermaidOptions } from "./mermaid/to-mermaid";
export {
  csvFormat,
  detectFormat,
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
  pngFormat,
  renderJourneyMapPdf,
  type RenderJourneyMapPdfOptions,
  svgFormat,
  type WriteJourneyMapOptions,
  type WrittenJourneyMap,
  xlsxFormat,
} from "./formats/index";
