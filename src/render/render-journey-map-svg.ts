import { layoutJourneyMap } from "../layout/layout-journey-map";
import { maybeObject } from "../layout/option-checks";
import type { LayoutJourneyMapOptions } from "../layout/options";
import type { JourneyMap } from "../model/journey-map";
import { normalizeRenderOptions, RENDER_OPTION_NAMES, type RenderSvgOptions } from "./options";
import { renderSvg } from "./render-svg";

/** Options of {@link renderJourneyMapSvg}: the layout's and the renderer's together. */
export interface RenderJourneyMapSvgOptions extends LayoutJourneyMapOptions, RenderSvgOptions {}

/**
 * Returns `map` laid out and drawn as a standalone SVG string: {@link layoutJourneyMap}
 * then {@link renderSvg}, with their options together. Expects a valid map (as
 * {@link parseJourneyMap} returns); throws a `TypeError` or `RangeError` naming the option
 * when an option is invalid.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { parseJourneyMap, renderJourneyMapSvg } from "journeykit";
 *
 * const map = parseJourneyMap(json);
 * writeFileSync("journey.svg", renderJourneyMapSvg(map, { theme: "highContrast", maxLines: 4 }));
 * ```
 */
export function renderJourneyMapSvg(map: JourneyMap, options?: RenderJourneyMapSvgOptions): string {
  const { layout, render } = splitRenderOptions(options);
  return renderSvg(layoutJourneyMap(map, layout), render);
}

/**
 * Returns {@link renderJourneyMapSvg}'s options split into the layout's and the renderer's,
 * the renderer's checked (so that a bad theme fails before any layout work); throws a
 * `TypeError` or `RangeError` naming the option.
 */
export function splitRenderOptions(options: RenderJourneyMapSvgOptions | undefined): { layout: LayoutJourneyMapOptions; render: RenderSvgOptions } {
  const all = maybeObject("options", options);
  const layoutOptions: Record<string, unknown> = {};
  const renderOptions: Record<string, unknown> = {};
  for (const key of Object.keys(all)) {
    if ((RENDER_OPTION_NAMES as readonly string[]).includes(key)) renderOptions[key] = all[key];
    else layoutOptions[key] = all[key];
  }
  const render = renderOptions as RenderSvgOptions;
  normalizeRenderOptions(render);
  return { layout: layoutOptions as LayoutJourneyMapOptions, render };
}
