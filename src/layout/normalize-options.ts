import type { JourneyMap } from "../model/journey-map";
import type { JourneyAnalytics } from "../measure/journey-analytics";
import { findScale } from "../model/built-in-scales";
import { BUILT_IN_SCALE_IDS } from "../model/built-in-scales";
import type { Scale } from "../model/scale";
import { BLUEPRINT_LANES, BUILT_IN_LANES, defaultLanesFor, isBuiltInLane } from "./lanes/index";
import { invalid, MAX_FONT_SIZE, MAX_LENGTH, maybeBoolean, maybeNumber, maybeObject, maybePositiveInteger, maybeStrings, nearest, rejectUnknownKeys } from "./option-checks";
import { COMPACT_SPACING, DEFAULT_LAYOUT_OPTIONS as D, type LayoutFontSizes, type LayoutJourneyMapOptions, type ResolvedLane, type ResolvedLayoutOptions } from "./options";
import { checkedMeasure } from "./text/checked-measure";

const OPTION_NAMES = [
  "lanes",
  "view",
  "wrap",
  "density",
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
  "analytics",
  "minTransitionShare",
  "minN",
  "emotionAxis",
] as const;

/**
 * Returns the layout options with every default ({@link DEFAULT_LAYOUT_OPTIONS}) filled in,
 * checked against `map` (lane and persona ids must exist). Throws a `TypeError` or
 * `RangeError` whose message names the option, e.g. `invalid maxLines: 0; expected a
 * positive integer or Infinity`.
 *
 * @example
 * ```ts
 * import { createJourneyMap, normalizeLayoutOptions } from "journeykit";
 *
 * const map = createJourneyMap({ title: "Coffee" });
 * normalizeLayoutOptions(map, { lanes: ["stages", "emotion"] }).lanes.map((l) => l.id); // ["stages", "emotion"]
 * normalizeLayoutOptions(map, { lanes: ["acions"] }); // throws RangeError: invalid lanes: unknown lane "acions"; did you mean "actions"?
 * ```
 */
export function normalizeLayoutOptions(map: JourneyMap, options: LayoutJourneyMapOptions = {}): ResolvedLayoutOptions {
  const o = maybeObject("options", options);
  rejectUnknownKeys("options", o, OPTION_NAMES);
  const { columnMin, columnMax } = columnBounds(o.columnWidth);
  const fontSizes = resolveFontSizes(o.fontSizes);
  const analytics = resolveAnalytics(o.analytics);
  const spacing = resolveDensity(o.density);
  const autoLanes = o.lanes === undefined || o.lanes === "auto";
  const preset = viewLanes(o.view);
  const resolved: ResolvedLayoutOptions = {
    lanes: resolveLanes(map, autoLanes ? preset : maybeStrings("options.lanes", o.lanes), analytics),
    autoLanes,
    maxWidth: undefined,
    personaIds: resolvePersonas(map, maybeStrings("options.personaIds", o.personaIds)),
    columnMin,
    columnMax,
    fontSizes,
    // Browsers round font metrics to whole pixels, and glyphs from fallback fonts (CJK,
    // Arabic, emoji) may reach up to a pixel beyond the line they were measured for.
    padding: maybeNumber("options.padding", o.padding, spacing.padding, 1, MAX_LENGTH),
    gap: maybeNumber("options.gap", o.gap, spacing.gap, 0, MAX_LENGTH),
    margin: maybeNumber("options.margin", o.margin, spacing.margin, 0, MAX_LENGTH),
    labelWidth: maybeNumber("options.labelWidth", o.labelWidth, D.labelWidth, 1, MAX_LENGTH),
    emotionHeight: maybeNumber("options.emotionHeight", o.emotionHeight, D.emotionHeight, 1, MAX_LENGTH),
    maxLines: maybePositiveInteger("options.maxLines", o.maxLines, D.maxLines, true),
    measureText: o.measureText === undefined ? undefined : checkedMeasure("options.measureText", o.measureText),
    title: maybeBoolean("options.title", o.title, D.title),
    analytics,
    minTransitionShare: maybeShare(o.minTransitionShare),
    minN: maybeNumber("options.minN", o.minN, D.minN),
    emotionAxis: resolveEmotionAxis(map, o.emotionAxis),
  };
  checkRoom(resolved);
  resolveWrap(resolved, o.wrap);
  return resolved;
}

/** The lanes of a view: `undefined` (the default lanes) for `"journey"`, {@link BLUEPRINT_LANES} for `"blueprint"`. */
function viewLanes(value: unknown): readonly string[] | undefined {
  if (value === undefined || value === "journey") return undefined;
  if (value === "blueprint") return BLUEPRINT_LANES;
  const expected = `expected "journey" or "blueprint"`;
  throw new (typeof value === "string" ? RangeError : TypeError)(invalid("view", value, typeof value === "string" ? nearest(value, ["journey", "blueprint"]) : expected));
}

function resolveDensity(value: unknown): { padding: number; gap: number; margin: number } {
  if (value === undefined || value === "comfortable") return D;
  if (value === "compact") return COMPACT_SPACING;
  const expected = `expected "comfortable" or "compact"`;
  throw new (typeof value === "string" ? RangeError : TypeError)(invalid("density", value, typeof value === "string" ? nearest(value, ["comfortable", "compact"]) : expected));
}

/** Sets `maxWidth` and narrows the widest column to what a row holds; throws when a row cannot hold one column. */
function resolveWrap(resolved: ResolvedLayoutOptions, value: unknown): void {
  if (value === undefined) return;
  const wrap = maybeObject("options.wrap", value);
  rejectUnknownKeys("options.wrap", wrap, ["maxWidth"]);
  const least = 2 * resolved.margin + resolved.labelWidth + resolved.gap + resolved.columnMin;
  if (wrap.maxWidth === undefined) throw new TypeError(invalid("wrap.maxWidth", undefined, `expected a finite number of at least ${least}`));
  const maxWidth = maybeNumber("options.wrap.maxWidth", wrap.maxWidth, 0, least, MAX_LENGTH);
  resolved.maxWidth = maxWidth;
  resolved.columnMax = Math.min(resolved.columnMax, maxWidth - least + resolved.columnMin);
}

function columnBounds(value: unknown): { columnMin: number; columnMax: number } {
  const columns = maybeObject("options.columnWidth", value);
  rejectUnknownKeys("options.columnWidth", columns, ["min", "max"]);
  const columnMin = maybeNumber("options.columnWidth.min", columns.min, D.columnWidth.min, 1, MAX_LENGTH);
  const columnMax = maybeNumber("options.columnWidth.max", columns.max, Math.max(D.columnWidth.max, columnMin), 1, MAX_LENGTH);
  if (columnMax < columnMin) throw new RangeError(invalid("columnWidth.max", columnMax, `expected at least columnWidth.min (${columnMin})`));
  return { columnMin, columnMax };
}

function resolveFontSizes(value: unknown): LayoutFontSizes {
  const sizes = maybeObject("options.fontSizes", value);
  rejectUnknownKeys("options.fontSizes", sizes, ["title", "heading", "body", "small"]);
  return {
    title: maybeNumber("options.fontSizes.title", sizes.title, D.fontSizes.title, 1, MAX_FONT_SIZE),
    heading: maybeNumber("options.fontSizes.heading", sizes.heading, D.fontSizes.heading, 1, MAX_FONT_SIZE),
    body: maybeNumber("options.fontSizes.body", sizes.body, D.fontSizes.body, 1, MAX_FONT_SIZE),
    small: maybeNumber("options.fontSizes.small", sizes.small, D.fontSizes.small, 1, MAX_FONT_SIZE),
  };
}

/** Every box must have room for a few of the widest characters inside its padding, and the label column for the emotion axis and a legend swatch besides. */
function checkRoom({ fontSizes, columnMin, labelWidth, padding }: ResolvedLayoutOptions): void {
  const widest = Math.max(fontSizes.heading, fontSizes.body, fontSizes.small, fontSizes.title / 2) * 3;
  if (columnMin - 2 * padding < widest) {
    throw new RangeError(invalid("columnWidth.min", columnMin, `expected at least ${widest} px for text inside padding (${padding}) on each side`));
  }
  if (labelWidth - 2 * padding < widest + 44) {
    throw new RangeError(invalid("labelWidth", labelWidth, `expected at least ${widest + 44} px for text inside padding (${padding}) on each side`));
  }
}

function resolveAnalytics(value: unknown): JourneyAnalytics | undefined {
  if (value === undefined) return undefined;
  const a = maybeObject("options.analytics", value);
  const ok = typeof a.cases === "number" && Array.isArray(a.touchpoints) && Array.isArray(a.stages) && Array.isArray(a.transitions);
  if (!ok) throw new TypeError(invalid("analytics", value, "expected the result of analyzeEvents (cases, touchpoints, stages, transitions)"));
  return value as JourneyAnalytics;
}

function maybeShare(value: unknown): number {
  const share = maybeNumber("options.minTransitionShare", value, D.minTransitionShare);
  if (share > 1) throw new RangeError(invalid("minTransitionShare", share, "expected a share from 0 to 1"));
  return share;
}

function resolveEmotionAxis(map: JourneyMap, value: unknown): Scale | undefined {
  if (value === undefined) return undefined;
  const axis = maybeObject("options.emotionAxis", value);
  rejectUnknownKeys("options.emotionAxis", axis, ["scaleId"]);
  const id = axis.scaleId;
  if (typeof id !== "string") throw new TypeError(invalid("emotionAxis.scaleId", id, "expected a scale id"));
  const scale = findScale(map, id);
  if (!scale) throw new RangeError(invalid("emotionAxis.scaleId", id, nearest(id, [...BUILT_IN_SCALE_IDS, ...(map.scales ?? []).map((s) => s.id)])));
  return scale;
}

function resolveLanes(map: JourneyMap, lanes: readonly string[] | undefined, analytics: JourneyAnalytics | undefined): ResolvedLane[] {
  const ids = lanes ?? defaultLanesFor(map, analytics);
  const seen = new Set<string>();
  return ids.map((id) => {
    if (seen.has(id)) throw new RangeError(`invalid lanes: ${JSON.stringify(id)} is listed twice`);
    seen.add(id);
    if (isBuiltInLane(id)) return { id, custom: false, name: BUILT_IN_LANES[id] };
    const lane = map.lanes.find((l) => l.id === id);
    if (lane) return { id, custom: true, name: lane.name };
    const known = [...Object.keys(BUILT_IN_LANES), ...map.lanes.map((l) => l.id)];
    throw new RangeError(`invalid lanes: unknown lane ${JSON.stringify(id)}; ${nearest(id, known)}`);
  });
}

function resolvePersonas(map: JourneyMap, ids: readonly string[] | undefined): string[] {
  if (ids !== undefined) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw new RangeError(`invalid personaIds: ${JSON.stringify(id)} is listed twice`);
      seen.add(id);
      if (!map.personas.some((p) => p.id === id)) {
        const known = map.personas.map((p) => p.id);
        throw new RangeError(`invalid personaIds: unknown persona ${JSON.stringify(id)}; ${known.length ? nearest(id, known) : "the map has no personas"}`);
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
