import { csvFormat } from "./csv";
import { eventsCsvFormat } from "./events-csv";
import { eventsJsonLinesFormat } from "./events-jsonl";
import { eventsParquetFormat } from "./events-parquet";
import { htmlFormat } from "./html";
import type { JourneyMapFormat } from "./journey-map-format";
import { jsonFormat } from "./json";
import { mermaidFormat } from "./mermaid";
import { pdfFormat } from "./pdf";
import { pngFormat } from "./png";
import { svgFormat } from "./svg";
import { xlsxFormat } from "./xlsx";

/**
 * Every format journeykit reads or writes, one line each. Order matters where text is
 * detected by its content: the first format whose `sniff` accepts it wins, so CSV (which
 * accepts anything) comes after JSON and Mermaid. Event-log formats come last: where an
 * extension is shared (`.csv`), the map format is the one found without a role.
 */
export const JOURNEY_MAP_FORMATS: readonly JourneyMapFormat[] = [
  jsonFormat,
  mermaidFormat,
  csvFormat,
  xlsxFormat,
  svgFormat,
  pngFormat,
  htmlFormat,
  pdfFormat,
  eventsCsvFormat,
  eventsJsonLinesFormat,
  eventsParquetFormat,
];
