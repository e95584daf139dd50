import { renderJourneyMapHtml } from "../html/render-journey-map-html";
import type { JourneyMapFormat } from "./journey-map-format";

/** The map as a standalone HTML page with its findings and opportunities, no script. */
export const htmlFormat: JourneyMapFormat = {
  name: "html",
  aliases: ["htm"],
  extensions: [".html", ".htm"],
  description: "a standalone HTML page: the map, its findings and opportunities (no script)",
  role: "render",
  write: (map, options) => renderJourneyMapHtml(map, { render: options.render ?? {} }),
};
