import type { ColumnPlan } from "./columns";
import type { ResolvedLayoutOptions } from "./options";
import type { Row } from "./rows";
import type { JourneyMap } from "../model/journey-map";

/** The horizontal positions of the map: columns left to right, then stage spans. */
export interface ColumnScale {
  /** Left edge of each column. */
  xs: number[];
  widths: number[];
  /** Left edge and width of each group (stage, or the journey column) of the plan. */
  groupX: number[];
  groupWidth: number[];
  /** Where the columns start (right of the label column) and end (the right end of the widest row). */
  left: number;
  right: number;
}

/**
 * The scales phase, horizontally: places each row's columns side by side right of the label
 * column, `gap` apart, and derives the extent of each stage (of its first piece).
 */
export function columnScale(plan: ColumnPlan, widths: number[], options: ResolvedLayoutOptions, rows: readonly Row[]): ColumnScale {
  const left = options.margin + options.labelWidth + options.gap;
  const xs = new Array<number>(widths.length);
  let right = left - options.gap;
  for (const row of rows) {
    let x = left;
    for (let c = row.first; c <= row.last; c++) {
      xs[c] = x;
      x += (widths[c] as number) + options.gap;
    }
    if (row.last >= row.first) right = Math.max(right, x - options.gap);
  }
  const groupX = plan.groups.map((g) => xs[g.first] as number);
  const groupWidth = plan.groups.map((g) => (xs[g.last] as number) + (widths[g.last] as number) - (xs[g.first] as number));
  return { xs, widths, groupX, groupWidth, left, right };
}

/** The two axes of the emotion plot. */
export interface EmotionScales {
  /** Touchpoint id → the centre of its column. */
  x: (id: string) => number;
  /**
   * The same for the `i`-th touchpoint with a column (in column order), whose id is `id`:
   * without a lookup by id, as the ids of a valid map are unique.
   */
  xAt: (id: string, i: number) => number;
  /** Emotion 1–5 → y, 5 at the top of the plot. */
  y: (emotion: number) => number;
}

/**
 * d3-scale's `scaleOrdinal().domain(ids).range(centres)`, as the plot uses it: an id maps to
 * the centre at its index, and an id outside the domain joins it (d3's implicit domain).
 * Written out because d3-scale brings d3-interpolate, d3-color and d3-format into every
 * page that draws a map, for two lines of arithmetic.
 */
function ordinalScale(ids: readonly string[], centres: readonly number[]): (id: string) => number {
  let index: Map<string, number> | undefined;
  return (id) => {
    // Made on the first lookup: the curves need none (see `xAt`).
    if (index === undefined) {
      index = new Map<string, number>();
      for (const known of ids) if (!index.has(known)) index.set(known, index.size);
    }
    let i = index.get(id);
    if (i === undefined) {
      i = index.size;
      index.set(id, i);
    }
    return centres[i % centres.length] as number;
  };
}

/**
 * d3-scale's `scaleLinear().domain([d0, d1]).range([r0, r1])` (d0 < d1, no clamping): the
 * same arithmetic in the same order, so positions stay identical to the last bit.
 */
function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  return (value) => {
    const t = (value - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}

/**
 * The scales phase for the emotion lane: x from the centres of the touchpoints' columns,
 * y linear from 1 (bottom of the plot) to 5 (top).
 */
export function emotionScales(map: JourneyMap, plan: ColumnPlan, columns: ColumnScale, plot: { y: number; height: number }): EmotionScales {
  const ids: string[] = [];
  const centres: number[] = [];
  for (let c = 0; c < plan.touchpointOf.length; c++) {
    const t = plan.touchpointOf[c];
    if (t === undefined) continue;
    ids.push((map.touchpoints[t] as { id: string }).id);
    centres.push((columns.xs[c] as number) + (columns.widths[c] as number) / 2);
  }
  const x = ordinalScale(ids, centres);
  const xAt = (id: string, i: number) => (ids[i] === id ? (centres[i] as number) : x(id));
  return { x, xAt, y: linearScale(1, 5, plot.y + plot.height, plot.y) };
}
