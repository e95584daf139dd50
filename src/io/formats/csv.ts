import { fromCsv } from "../csv/from-csv";
import { toCsv } from "../csv/to-csv";
import type { JourneyMapFormat } from "./journey-map-format";

/** The touchpoint grid as CSV; detected last, for any text that is neither JSON nor Mermaid. */
export const csvFormat: JourneyMapFormat = {
  name: "csv",
  aliases: [],
  extensions: [".csv"],
  description: "the touchpoint grid as CSV, one row per touchpoint",
  role: "map",
  sniff: () => true,
  read: (text) => fromCsv(text),
  write: (map) => toCsv(map),
};
