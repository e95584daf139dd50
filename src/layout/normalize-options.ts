import type { JourneyMap } from "../model/journey-map";
import { suggestNearest } from "../validate/suggest";
import { checkedMeasure } from "./text/checked-measure";
import { BUILT_IN_LANES, DEFAULT_LANES, isBuiltInLane } from "./lanes";
import {
  maybeBoolean,
  maybeNumber,
  maybeObject,
  maybePositiveInteger,
  maybeStrings,
  rejectUnknownKeys,
} from "./option-checks";
import type { LayoutOptions, ResolvedLane, ResolvedLayoutOptions } from "./options";

const OPTION_NAMES = [
  "lanes",
  "personaIds",
  "columnWidth",
  "fontSizes",
  "padding",
  "gap",
  "margin",
  "labelWidth",
  "emotionHeight",
  "maxLines",
  "measureText",
  "title",
] as const;

/**
 * Returns the layout options with every default filled in, checked against `map` (lane and
 * persona ids must exist). Throws a `TypeError` or `RangeError` whose message names the
 * option, e.g. `options.maxLines must be a positive integer, got 0`.
 *
 * @example
 * ```ts
 * import { createJourneyMap, normalizeLayoutOptions } from "journeykit";
 *
 * const map = createJourneyMap({ title: "Coffee" });
 * normalizeLayoutOptions(map, { lanes: ["stages", "emotion"] }).lanes.map((l) => l.id); // ["stages", "emotion"]
 * normalizeLayoutOptions(map, { maxLines: 0 }); // throws RangeError: options.maxLines must be a positive integer, got 0
 * ```
 */
export function normalizeLayoutOptions(map: JourneyMap, options: LayoutOptions = {}): ResolvedLayoutOptions {
  const o = maybeObject("options", options);
  rejectUnknownKeys("options", o, OPTION_NAMES);
  const columns = maybeObject("options.columnWidth", o.columnWidth);
  rejectUnknownKeys("options.columnWidth", columns, ["min", "max"]);
  const columnMin = maybeNumber("options.columnWidth.min", columns.min, 140, 1);
  const columnMax = maybeNumber("options.columnWidth.max", columns.max, Math.max(240, columnMin), 1);
  if (columnMax < columnMin) {
    throw new RangeError(`options.columnWidth.max must be at least options.columnWidth.min (${columnMin}), got ${columnMax}`);
  }
  const sizes = maybeObject("options.fontSizes", o.fontSizes);
  rejectUnknownKeys("options.fontSizes", sizes, ["title", "heading", "body", "small"]);
  const fontSizes = {
    title: maybeNumber("options.fontSizes.title", sizes.title, 20, 1),
    heading: maybeNumber("options.fontSizes.heading", sizes.heading, 14, 1),
    body: maybeNumber("options.fontSizes.body", sizes.body, 12, 1),
    small: maybeNumber("options.fontSizes.small", sizes.small, 11, 1),
  };
  // Browsers round font metrics to whole pixels, and glyphs from fallback fonts (CJK,
  // Arabic, emoji) may reach up to a pixel beyond the line they were measured for.
  const padding = maybeNumber("options.padding", o.padding, 8, 1);
  const labelWidth = maybeNumber("options.labelWidth", o.labelWidth, 140, 1);
  const resolved: ResolvedLayoutOptions = {
    lanes: resolveLanes(map, maybeStrings("options.lanes", o.lanes)),
    personaIds: resolvePersonas(map, maybeStrings("options.personaIds", o.personaIds)),
    columnMin,
    columnMax,
    fontSizes,
    padding,
    gap: maybeNumber("options.gap", o.gap, 8),
    margin: maybeNumber("options.margin", o.margin, 16),
    labelWidth,
    emotionHeight: maybeNumber("options.emotionHeight", o.emotionHeight, 120, 1),
    maxLines: maybePositiveInteger("options.maxLines", o.maxLines, Number.POSITIVE_INFINITY, true),
    measureText: o.measureText === undefined ? undefined : checkedMeasure("options.measureText", o.measureText),
    title: maybeBoolean("options.title", o.title, true),
  };
  // Every box must have room for a few of the widest characters inside its padding, and
  // the label column for the emotion axis and a legend swatch besides.
  const widest = Math.max(fontSizes.heading, fontSizes.body, fontSizes.small, fontSizes.title / 2) * 3;
  if (columnMin - 2 * padding < widest) {
    throw new RangeError(
      `options.columnWidth.min (${columnMin}) must leave at least ${widest} px for text inside options.padding (${padding}) on each side`,
    );
  }
  if (labelWidth - 2 * padding < widest + 44) {
    throw new RangeError(`options.labelWidth (${labelWidth}) must leave at least ${widest + 44} px for text inside options.padding (${padding}) on each side`);
  }
  return resolved;
}

function resolveLanes(map: JourneyMap, lanes: readonly string[] | undefined): ResolvedLane[] {
  if (lanes === undefined) return DEFAULT_LANES.map((id) => ({ id, custom: false, name: BUILT_IN_LANES[id] }));
  const seen = new Set<string>();
  return lanes.map((id) => {
    if (seen.has(id)) throw new RangeError(`options.lanes: lane ${JSON.stringify(id)} is listed twice`);
    seen.add(id);
    if (isBuiltInLane(id)) return { id, custom: false, name: BUILT_IN_LANES[id] };
    const lane = map.lanes.find((l) => l.id === id);
    if (lane) return { id, custom: true, name: lane.name };
    const known = [...Object.keys(BUILT_IN_LANES), ...map.lanes.map((l) => l.id)];
    const near = suggestNearest(id, known);
    throw new RangeError(
      `options.lanes: unknown lane ${JSON.stringify(id)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ""}; expected one of ${known.join(", ")}`,
    );
  });
}

function resolvePersonas(map: JourneyMap, ids: readonly string[] | undefined): string[] {
  if (ids !== undefined) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw new RangeError(`options.personaIds: persona ${JSON.stringify(id)} is listed twice`);
      seen.add(id);
      if (!map.personas.some((p) => p.id === id)) {
        const near = suggestNearest(
          id,
          map.personas.map((p) => p.id),
        );
        throw new RangeError(`options.personaIds: unknown persona ${JSON.stringify(id)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ""}`);
      }
    }
    return [...ids];
  }
  const withData = new Set<string>();
  let firstHasOwn = false;
  for (const tp of map.touchpoints) {
    for (const entry of tp.personaEmotions) withData.add(entry.personaId);
    if (tp.emotion !== undefined || tp.expectedEmotion !== undefined) firstHasOwn = true;
  }
  if (withData.size === 0) return [];
  const first = map.personas[0];
  if (first && firstHasOwn) withData.add(first.id);
  return map.personas.filter((p) => withData.has(p.id)).map((p) => p.id);
}
