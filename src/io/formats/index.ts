export { csvFormat } from "./csv";
export { eventsCsvFormat } from "./events-csv";
export { eventsJsonLinesFormat } from "./events-jsonl";
export { eventsParquetFormat } from "./events-parquet";
export { htmlFormat } from "./html";
export { detectFormat, extensionOf, findFormat, formatOfPath } from "./find-format";
export {
  type JourneyMapFormat,
  type JourneyMapFormatRole,
  MissingPeerDependencyError,
  type PdfPageSize,
  type WriteJourneyMapOptions,
  type WrittenJourneyMap,
} from "./journey-map-format";
export { jsonFormat } from "./json";
export { mermaidFormat } from "./mermaid";
export { MissingFontError } from "./missing-font-error";
export {
  PDF_FALLBACK_FONTS,
  PDF_FONT_DIRECTORIES,
  PDF_LIBRARIES,
  type PdfFallbackFont,
  pdfFormat,
  renderJourneyMapPdf,
  type RenderJourneyMapPdfOptions,
} from "./pdf";
export { findPngFonts, PNG_FONT_DIRS, PNG_MAX_PIXELS, PNG_MAX_SCALE, PNG_RENDERER, PNG_REQUIRED_FONTS, pngFormat, type WritePngOptions } from "./png";
export { JOURNEY_MAP_FORMATS } from "./registry";
export { svgFormat } from "./svg";
export { xlsxFormat } from "./xlsx";
