import { renderJourneyMapSvg } from "../../render/render-journey-map-svg";
import type { JourneyMapFormat } from "./journey-map-format";

/** The drawn map as a standalone SVG. */
export const svgFormat: JourneyMapFormat = {
  name: "svg",
  aliases: [],
  extensions: [".svg"],
  description: "the drawn map as a standalone SVG",
  role: "render",
  write: (map, options) => renderJourneyMapSvg(map, options.render),
};
