import { ASCENT, DESCENT, round2 } from "./cell";
import { dashPattern, pointSymbols, sentimentShape } from "./emotion-style";
import type { DrawLaneInput, DrawnLane } from "./lanes/lane";
import { MANY, textCell } from "./measured-items";
import { markInset } from "./text/ink-extent";
import { drawMonotoneX } from "./monotone-curve";
import { PathContext } from "./path-context";
import { type EmotionScales, emotionScales } from "./scales";
import { measureText as defaultMeasureText } from "./text/index";
import { fromEmotion } from "../measure/scales";
import { formatValue } from "./format-value";
import type { FontSpec } from "./text/types";
import { measuredPoints, measuredSegments, sampleCells } from "./emotion-measured";
import type { LayoutCell, LayoutEmotion, LayoutPoint, LayoutSeries, LayoutTick } from "./types";

export { dashPattern, pointSymbols, sentimentShape } from "./emotion-style";

/** Room above and below the plot for the point symbols, which are about 15 px tall. */
const MARKER_MARGIN = 10;
/** The most the personas' curves spread apart vertically, so that equal curves lie side by side, not on top of each other. */
const MAX_SPREAD = 12;
/** Width of a legend's stroke sample, and the indent of its text. */
const SWATCH = 24;
const SWATCH_INDENT = SWATCH + 6;
/** Indent of a moment-of-truth label, right of its star. */
const STAR_INDENT = 16;

/**
 * The geometry of the emotion lane: a band of moment-of-truth labels, then the plot (one
 * monotone curve per persona and kind, breaking where a touchpoint has no emotion, with a
 * point per touchpoint shaped by sentiment), the axis labels at the right of the label
 * column, the lane's label, and a legend in a row above the plot when there is more than
 * one curve.
 * Returns the lane's height, its label cell and the drawing.
 */
export function layoutEmotion(input: DrawLaneInput): DrawnLane {
  const { map, columns, options, top } = input;
  const { gap } = options;
  const cells: LayoutCell[] = [];
  const legend = legendRow(input, cells);
  const band = momentCells(input, round2(top + legend), cells);
  const plot = {
    x: columns.left,
    y: round2(top + legend + gap + band + MARKER_MARGIN + curveSpread(input.emotions.series)),
    width: Math.max(0, columns.right - columns.left),
    height: options.emotionHeight,
  };
  const scales = emotionScales(map, input.plan, columns, plot);
  const { series, spread } = curves(input, scales);
  const points = measuredPoints(input, scales, series);
  const { ticks, axisWidth } = axis(input, scales);
  const note = points.length ? `■ measured, 95% interval; hollow: n < ${options.minN}` : undefined;
  const { label, bottom: labelBottom } = labelAndLegend(input, legend === 0 ? series : [], axisWidth, cells, note);
  let plotBottom = plot.y + plot.height + MARKER_MARGIN + spread;
  if (points.length) plotBottom += sampleCells(input, points, round2(plotBottom), cells);
  const bottom = Math.max(plotBottom, labelBottom) + gap;
  const emotion: LayoutEmotion = { laneId: "emotion", plot, ticks, series, symbols: pointSymbols(), cells };
  if (points.length) emotion.measured = { points, segments: measuredSegments(points) };
  return { height: round2(bottom - top), label, emotion };
}

/** The baseline-centred y of a glyph beside the first line of `cell`. */
function glyphY(cell: LayoutCell, size: number): number {
  const first = cell.lines[0];
  return round2(first ? first.y - ((ASCENT - DESCENT) / 2) * size : cell.y + cell.height / 2);
}

/**
 * Pushes one legend entry per curve, when there is more than one, side by side in a row
 * above the plot (onto more rows when they do not fit); returns the height they take with
 * the gaps above them, or 0 when there is one curve or no room (then the legend sits in the
 * label column).
 */
function legendRow(input: DrawLaneInput, out: LayoutCell[]): number {
  const { map, columns, options, fonts, wrap, top, emotions } = input;
  const { gap, padding } = options;
  const room = columns.right - columns.left;
  const inner = room - 2 * padding - SWATCH_INDENT;
  if (emotions.series.length < 2 || inner < 3 * fonts.small.size) return 0;
  let x = columns.left;
  let y = top + gap;
  let bottom = y;
  emotions.series.forEach((s, index) => {
    const name = s.name;
    const inset = markInset(name, fonts.small);
    const width = Math.min(room, Math.ceil(wrap(name, inner - 2 * inset, fonts.small).width + 2 * inset + 2 * padding + SWATCH_INDENT + 1));
    if (x > columns.left && x + width > columns.right) [x, y] = [columns.left, round2(bottom + gap)];
    const place = { laneId: "emotion", x, y, width, padding, indent: SWATCH_INDENT };
    const cell = textCell(wrap, "legend", s.personaId ?? map.id, [{ text: name, font: fonts.small }], place);
    const gy = glyphY(cell, fonts.small.size);
    cell.glyphs = [{ type: "stroke", series: index, x1: x + padding, y1: gy, x2: x + padding + SWATCH, y2: gy }];
    out.push(cell);
    x = round2(x + width + gap);
    bottom = Math.max(bottom, cell.y + cell.height);
  });
  return round2(bottom - top);
}

/** Pushes a starred label per moment of truth, in its column above the plot; returns the height of their band. */
function momentCells(input: DrawLaneInput, top: number, out: LayoutCell[]): number {
  const { map, plan, columns, options, fonts, wrap } = input;
  const { gap, padding } = options;
  let band = 0;
  for (let c = 0; c < plan.touchpointOf.length; c++) {
    const t = plan.touchpointOf[c];
    const tp = t === undefined ? undefined : map.touchpoints[t];
    if (!tp?.momentOfTruth) continue;
    const x = columns.xs[c] as number;
    const place = { laneId: "emotion", x, y: top + gap, width: columns.widths[c] as number, padding, indent: STAR_INDENT };
    const cell = textCell(wrap, "moment", tp.id, [{ text: "Moment of truth", font: fonts.small }], place);
    cell.glyphs = [{ type: "symbol", shape: "star", x: round2(x + padding + STAR_INDENT / 2 - 1), y: glyphY(cell, fonts.small.size) }];
    out.push(cell);
    if (cell.height + gap > band) band = cell.height + gap;
  }
  return band;
}

/** Half the vertical spread of the personas' curves: 3 px apart, at most {@link MAX_SPREAD} in all. */
function curveSpread(values: DrawLaneInput["emotions"]["series"]): number {
  const personas = values.reduce((most, v) => Math.max(most, v.persona + 1), 0);
  return personas > 1 ? Math.min(3 * (personas - 1), MAX_SPREAD) / 2 : 0;
}

/**
 * Returns the curves of the map's emotion values, with their path data and points, each
 * persona's shifted up or down a little (by `spread` at most) so that no curve hides another.
 */
function curves(input: DrawLaneInput, scales: EmotionScales): { series: LayoutSeries[]; spread: number } {
  const { touchpointIds: ids, series: values } = input.emotions;
  // One curve through every touchpoint, or where the flow branches, one per path through it.
  const paths = input.flow ? flowIndexes(input.flow.paths, ids) : [ids.map((_, i) => i)];
  // One lookup per touchpoint, shared by every curve.
  const cx = ids.map((id, i) => scales.xAt(id, i));
  const context = new PathContext();
  const x = (i: number) => cx[i] as number;
  const spread = curveSpread(values);
  const personas = values.reduce((most, v) => Math.max(most, v.persona + 1), 0);
  const series = values.map((v, index) => {
    const dy = personas > 1 ? -spread + (2 * spread * v.persona) / (personas - 1) : 0;
    const y = (e: number) => scales.y(e) + dy;
    const defined = (i: number) => v.values[i] !== undefined;
    const curveY = (i: number) => y(v.values[i] as number);
    for (const path of paths) drawMonotoneX(context, path, x, curveY, defined);
    const path = context.take();
    const points: LayoutPoint[] = [];
    // Points of a long curve are made at a site of their own (see MANY).
    const many = v.values.length >= MANY;
    for (let i = 0; i < v.values.length; i++) {
      const e = v.values[i];
      if (e === undefined) continue;
      const touchpointId = ids[i] as string;
      const px = round2(cx[i] as number);
      const py = round2(y(e));
      const shape = sentimentShape(e);
      points.push(many ? { touchpointId, x: px, y: py, emotion: e, shape } : { touchpointId, x: px, y: py, emotion: e, shape });
    }
    const s: LayoutSeries = { kind: v.kind, name: v.name, index, path, dash: dashPattern(v.kind, v.persona), points };
    if (v.personaId !== undefined) s.personaId = v.personaId;
    return s;
  });
  return { series, spread };
}

/** The paths of the flow as indexes of `ids` (the touchpoints of this row), each left out where it has no touchpoint in the row. */
function flowIndexes(paths: readonly (readonly string[])[], ids: readonly string[]): number[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  return paths.flatMap((p) => {
    const at = p.flatMap((id) => (index.has(id) ? [index.get(id) as number] : []));
    return at.length ? [at] : [];
  });
}

/** The axis labels 1–5, right-aligned at the right edge of the label column, and the room they take. */
function axis(input: DrawLaneInput, scales: EmotionScales): { ticks: LayoutTick[]; axisWidth: number } {
  const { options, fonts } = input;
  const measure = options.measureText ?? defaultMeasureText;
  const right = options.margin + options.labelWidth;
  const texts = axisLabels(input, measure);
  const tickWidth = Math.max(...texts.map((t) => measure(t, fonts.small)));
  const ticks = [1, 2, 3, 4, 5].map((value, i): LayoutTick => {
    const y = round2(scales.y(value));
    const text = texts[i] as string;
    const baseline = round2(y + ((ASCENT - DESCENT) / 2) * fonts.small.size);
    return { value, y, label: { x: round2(right - measure(text, fonts.small)), y: baseline, text, font: fonts.small, muted: true } };
  });
  return { ticks, axisWidth: Math.ceil(tickWidth) + 6 };
}

/**
 * The labels of the ticks 1…5: the numbers themselves, or with `emotionAxis` each tick in
 * the source scale — its label where the scale has one for that value, else the value
 * (`fromEmotion`). Labels that would leave the lane's name and legend too little room
 * (three of the widest characters beside a legend swatch, as `labelWidth` is checked for)
 * give way to the values, and values that would to the plain 1…5.
 */
function axisLabels(input: DrawLaneInput, measure: (text: string, font: FontSpec) => number): string[] {
  const { options, fonts } = input;
  const plain = ["1", "2", "3", "4", "5"];
  const scale = options.emotionAxis;
  if (!scale) return plain;
  const values = [1, 2, 3, 4, 5].map((e) => fromEmotion(e, scale));
  const numbers = values.map(formatValue);
  const step = scale.step ?? 1;
  const named = values.map((v, i) => {
    const k = (v - scale.min) / step;
    return (Number.isInteger(k) ? scale.labels[k] : undefined) ?? (numbers[i] as string);
  });
  const { heading, body, small, title } = options.fontSizes;
  const room = options.labelWidth - 2 * options.padding - SWATCH_INDENT - Math.max(heading, body, small, title / 2) * 3 - 6;
  const fits = (texts: string[]) => Math.ceil(Math.max(...texts.map((t) => measure(t, fonts.small)))) <= room;
  return [named, numbers].find(fits) ?? plain;
}

/** Returns the lane's label, left of the axis, and pushes a legend entry per curve below it when there is more than one. */
function labelAndLegend(input: DrawLaneInput, series: LayoutSeries[], axisWidth: number, out: LayoutCell[], note?: string): { label: LayoutCell; bottom: number } {
  const { map, options, fonts, wrap, top, name } = input;
  const { gap, padding, margin } = options;
  const width = options.labelWidth - axisWidth;
  const paragraphs = [{ text: name, font: fonts.heading }];
  if (note) paragraphs.push({ text: note, font: fonts.small, muted: true } as (typeof paragraphs)[number]);
  const label = textCell(wrap, "lane", "emotion", paragraphs, { laneId: "emotion", x: margin, y: top + gap, width, padding });
  let bottom = label.y + label.height;
  if (series.length < 2) return { label, bottom };
  for (const s of series) {
    const place = { laneId: "emotion", x: margin, y: round2(bottom + gap), width, padding, indent: SWATCH_INDENT };
    const cell = textCell(wrap, "legend", s.personaId ?? map.id, [{ text: s.name, font: fonts.small }], place);
    const y = glyphY(cell, fonts.small.size);
    cell.glyphs = [{ type: "stroke", series: s.index, x1: margin + padding, y1: y, x2: margin + padding + SWATCH, y2: y }];
    out.push(cell);
    bottom = cell.y + cell.height;
  }
  return { label, bottom };
}
