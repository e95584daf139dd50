import { safeParseJourneyMap } from "../../validate/safe-parse-journey-map";
import type { JourneyMapFormat } from "./journey-map-format";

/** The journey map's own JSON document format. */
export const jsonFormat: JourneyMapFormat = {
  name: "json",
  aliases: [],
  extensions: [".json"],
  description: "the journey map document (JSON)",
  role: "map",
  sniff: (text) => /^\s*[{[]/.test(text.replace(/^\uFEFF/, "")),
  read: (text) => safeParseJourneyMap(text),
  write: (map) => `${JSON.stringify(map, null, 2)}\n`,
};
