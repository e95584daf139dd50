export { csvFormat } from "./csv";
export { eventsCsvFormat } from "./events-csv";
export { eventsJsonLinesFormat } from "./events-jsonl";
export { eventsParquetFormat } from "./events-parquet";
export { detectFormat, extensionOf, findFormat, formatOfPath } from "./find-format";
export {
  type JourneyMapFormat,
  type JourneyMapFormatRole,
  MissingPeerDependencyError,
  type WriteJourneyMapOptions,
  type WrittenJourneyMap,
} from "./journey-map-format";
export { jsonFormat } from "./json";
export { mermaidFormat } from "./mermaid";
export { PNG_RENDERER, pngFormat } from "./png";
export { JOURNEY_MAP_FORMATS } from "./registry";
export { svgFormat } from "./svg";
