import type { JourneyAnalytics } from "../measure/journey-analytics";
// DEFAULT_LANES is named in a comment only: a value import would stay in the output as a bare import.
import type { BLUEPRINT_LANES, BuiltInLaneId, DEFAULT_LANES } from "./lanes/index";
import type { Scale } from "../model/scale";
import type { MeasureText } from "./text/types";

/** Font sizes in px of the four kinds of text on a map. */
export interface LayoutFontSizes {
  /** The map's title. @defaultValue `20` */
  title: number;
  /** Stage names, touchpoint names and lane labels (bold). @defaultValue `14` */
  heading: number;
  /** Actions, thoughts, feelings, pain points, opportunities and every other item. @defaultValue `12` */
  body: number;
  /** Secondary lines: channels, severities, axis labels. @defaultValue `11` */
  small: number;
}

/** Options of {@link layoutJourneyMap}. Every number is in px. */
export interface LayoutJourneyMapOptions {
  /**
   * The lanes (rows) to show, in order: `"auto"`, or built-in lane ids ({@link BUILT_IN_LANES})
   * and the ids of the map's custom lanes. `"auto"` shows the lanes of {@link DEFAULT_LANES}
   * that have something in them (stages and touchpoints always); a list shows exactly the
   * lanes it names, empty or not. A built-in id wins over a custom lane with the same id.
   * An unknown or repeated id throws a `RangeError`.
   * @defaultValue `"auto"`
   */
  lanes?: "auto" | readonly (BuiltInLaneId | (string & {}))[];
  /**
   * A preset of lanes, used when `lanes` is left out or `"auto"`: `"journey"` shows the
   * default lanes (see `lanes`); `"blueprint"` shows the service blueprint
   * ({@link BLUEPRINT_LANES}: stages, touchpoints, physical evidence, actions, frontstage,
   * backstage, support, time), leaving out those with nothing in them, with the line of
   * interaction, the line of visibility and the line of internal interaction between them.
   * A `lanes` list wins over the view. Anything else throws a `RangeError` (a `TypeError`
   * for a value that is not a string).
   * @defaultValue `"journey"`
   */
  view?: "journey" | "blueprint";
  /**
   * Lays the stages out in rows at most `maxWidth` px wide (margins included), instead of
   * one long row. A stage is never split unless it alone is wider than a row; then its
   * touchpoints wrap onto the next rows. Every row repeats the lane labels and draws its own
   * emotion curve. `maxWidth` must leave room for the label column and one column of
   * `columnWidth.min`, or it throws a `RangeError`; columns are at most as wide as a row.
   * @defaultValue `undefined` (one row)
   */
  wrap?: { maxWidth: number };
  /**
   * How much room boxes get: `"compact"` has smaller paddings, gaps and margins (5, 4 and
   * 8 px) with the same fonts; `padding`, `gap` and `margin` still win when given.
   * @defaultValue `"comfortable"`
   */
  density?: "comfortable" | "compact";
  /**
   * The personas whose emotion curves the emotion lane draws, in legend order. A persona's
   * emotion at a touchpoint is its entry in `personaEmotions`; the map's first persona
   * also falls back to the touchpoint's own `emotion` and `expectedEmotion`. `[]` draws
   * one curve of the touchpoints' own emotions. An unknown id throws a `RangeError`.
   * @defaultValue `[]` when no touchpoint has `personaEmotions`, else every persona with an emotion somewhere
   */
  personaIds?: readonly string[];
  /**
   * The width of a touchpoint's column, including padding: as wide as its text wants,
   * within these bounds; longer text wraps.
   * @defaultValue `{ min: 140, max: 240 }` (`max` at least `min`)
   */
  columnWidth?: { min?: number; max?: number };
  /** @defaultValue see {@link LayoutFontSizes} */
  fontSizes?: Partial<LayoutFontSizes>;
  /**
   * Space between a box's edge and its text; at least 1, because browsers round font
   * metrics to whole pixels and glyphs from fallback fonts (CJK, Arabic, emoji) may reach
   * up to a pixel beyond the line they were measured for.
   * @defaultValue `8` (`5` when `density` is `"compact"`)
   */
  padding?: number;
  /** Space between boxes, columns and lanes. @defaultValue `8` (`4` when `density` is `"compact"`) */
  gap?: number;
  /** Space around the whole map. @defaultValue `16` (`8` when `density` is `"compact"`) */
  margin?: number;
  /** Width of the label column on the left. @defaultValue `140` */
  labelWidth?: number;
  /** Height of the emotion plot from emotion 5 to emotion 1. @defaultValue `120` */
  emotionHeight?: number;
  /**
   * Lines a paragraph may take at most; longer text ends in an ellipsis and the cell keeps
   * the full text (`fullText`, drawn as a `<title>` tooltip). Must be a positive integer.
   * @defaultValue `Infinity`
   */
  maxLines?: number;
  /**
   * Measures the width of text; supply one for a font other than Liberation Sans. It must
   * return a finite width of 0 or more, or the layout throws a `RangeError` naming it.
   * @defaultValue the built-in Liberation Sans metrics ({@link measureText})
   */
  measureText?: MeasureText;
  /** Whether to draw the map's title above the lanes. @defaultValue `true` */
  title?: boolean;
  /**
   * What customers did, measured from an event log ({@link analyzeEvents}): shown by the
   * `observed` lane, which the default lanes then include. Passed in, never stored in the
   * layout's map. Must be an object with a numeric `cases` and arrays `touchpoints`,
   * `stages` and `transitions`, or the layout throws a `TypeError` naming it.
   * @defaultValue `undefined` (no measurements: the `observed` lane is left out unless chosen, then says "no measurements")
   */
  analytics?: JourneyAnalytics;
  /**
   * The share of cases (0…1) under which the `observed` lane does not list a transition;
   * its note says how many it left out and what share of cases took them.
   * @defaultValue `0.01`
   */
  minTransitionShare?: number;
  /**
   * The answers a measured emotion point needs to be drawn solid; a point of fewer is
   * hollow, with dashed segments to its neighbours. A number of 0 or more.
   * @defaultValue `30`
   */
  minN?: number;
  /**
   * Label the emotion axis in a source scale (a built-in scale id or one of the map's
   * `scales`): each tick `1…5` is written as `fromEmotion(tick)` in that scale, or as the
   * scale's label where it has one for that value. An unknown id throws a `RangeError`.
   * @defaultValue `undefined` (the axis is labelled 1…5)
   */
  emotionAxis?: { scaleId: string };
}

/**
 * Options of {@link layoutJourneyMap}.
 * @deprecated Renamed {@link LayoutJourneyMapOptions}.
 */
export type LayoutOptions = LayoutJourneyMapOptions;

/**
 * The defaults of {@link layoutJourneyMap}'s options (`personaIds` depends on the map, and
 * `measureText` defaults to the built-in metrics).
 *
 * @example
 * ```ts
 * import { DEFAULT_LAYOUT_OPTIONS, layoutJourneyMap } from "journeykit";
 *
 * const roomy = layoutJourneyMap(map, { padding: DEFAULT_LAYOUT_OPTIONS.padding * 2 });
 * ```
 */
export const DEFAULT_LAYOUT_OPTIONS = /* @__PURE__ */ Object.freeze({
  lanes: "auto" as const,
  view: "journey" as const,
  density: "comfortable" as const,
  columnWidth: Object.freeze({ min: 140, max: 240 }),
  fontSizes: Object.freeze({ title: 20, heading: 14, body: 12, small: 11 }) as Readonly<LayoutFontSizes>,
  padding: 8,
  gap: 8,
  margin: 16,
  labelWidth: 140,
  emotionHeight: 120,
  minTransitionShare: 0.01,
  minN: 30,
  maxLines: Number.POSITIVE_INFINITY,
  title: true,
});

/** The spacing of {@link LayoutJourneyMapOptions.density} `"compact"`: what `padding`, `gap` and `margin` default to. */
export const COMPACT_SPACING = /* @__PURE__ */ Object.freeze({ padding: 5, gap: 4, margin: 8 });

/** One lane chosen for the layout. */
export interface ResolvedLane {
  id: string;
  custom: boolean;
  name: string;
}

/** Options after {@link normalizeLayoutOptions}: every value checked and set. */
export interface ResolvedLayoutOptions {
  lanes: ResolvedLane[];
  /** Whether `lanes` was `"auto"`: lanes with nothing in them are left out. */
  autoLanes: boolean;
  /** The widest a row may be, when stages wrap into rows. */
  maxWidth: number | undefined;
  personaIds: string[];
  columnMin: number;
  columnMax: number;
  fontSizes: LayoutFontSizes;
  padding: number;
  gap: number;
  margin: number;
  labelWidth: number;
  emotionHeight: number;
  maxLines: number;
  measureText: MeasureText | undefined;
  title: boolean;
  analytics: JourneyAnalytics | undefined;
  minTransitionShare: number;
  minN: number;
  /** The scale the emotion axis is labelled in, when `emotionAxis` is given. */
  emotionAxis: Scale | undefined;
}
