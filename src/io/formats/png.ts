import type { JourneyMap } from "../../model/journey-map";
import { renderJourneyMapSvg } from "../../render/render-journey-map-svg";
import { type JourneyMapFormat, MissingPeerDependencyError, type WriteJourneyMapOptions } from "./journey-map-format";

/** The optional package that turns SVG into PNG; not a dependency of journeykit. */
export const PNG_RENDERER = "@resvg/resvg-js";

/** The part of `@resvg/resvg-js` used here. */
interface ResvgModule {
  Resvg: new (
    svg: string,
    options: { fitTo: { mode: "zoom"; value: number }; font: { loadSystemFonts: boolean; defaultFontFamily: string } },
  ) => { render(): { asPng(): Uint8Array } };
}

async function writePng(map: JourneyMap, options: WriteJourneyMapOptions): Promise<Uint8Array> {
  const { scale = 2 } = options;
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0) throw new RangeError(`invalid scale: ${String(scale)}; expected a positive number`);
  const svg = renderJourneyMapSvg(map, options.render);
  let resvg: ResvgModule;
  try {
    // A variable specifier keeps bundlers from resolving the optional package at build time.
    const specifier = PNG_RENDERER;
    resvg = (await import(specifier)) as ResvgModule;
  } catch {
    throw new MissingPeerDependencyError(PNG_RENDERER, "PNG output");
  }
  const renderer = new resvg.Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
  });
  return renderer.render().asPng();
}

/** The drawn map as a PNG, through the optional `@resvg/resvg-js`. */
export const pngFormat: JourneyMapFormat = {
  name: "png",
  aliases: [],
  extensions: [".png"],
  description: `the drawn map as a PNG image (needs the optional ${PNG_RENDERER})`,
  role: "render",
  peer: PNG_RENDERER,
  write: writePng,
};
