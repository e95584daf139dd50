import { curveMonotoneX, line, type SymbolType, symbol, symbolCircle, symbolDiamond, symbolStar, symbolTriangle } from "d3-shape";
import type { JourneyMap } from "../model/journey-map";
import { ASCENT, DESCENT, makeCell, round2 } from "./cell";
import { PathContext } from "./path-context";
import type { ColumnPlan } from "./columns";
import type { Fonts, Item } from "./content";
import { type Wrap, wrapItem } from "./measure";
import type { ResolvedLayoutOptions } from "./options";
import { type ColumnScale, emotionScales } from "./scales";
import { measureText as defaultMeasureText } from "./text/index";
import type { LayoutCell, LayoutEmotion, LayoutGlyph, LayoutPoint, LayoutSeries, LayoutTick, PointShape } from "./types";

/** Room above and below the plot for the point symbols, which are about 15 px tall. */
const MARKER_MARGIN = 10;
/** Width of a legend's stroke sample, and the indent of its text. */
const SWATCH = 24;
const SWATCH_INDENT = SWATCH + 6;
/** Indent of a moment-of-truth label, right of its star. */
const STAR_INDENT = 16;

/** Dash patterns of the actual and the expected curve of the first five personas, all different. */
const ACTUAL_DASHES: number[][] = [[], [10, 4], [2, 3], [12, 3, 3, 3], [6, 2, 2, 2, 2, 2]];
const EXPECTED_DASHES: number[][] = [[6, 6], [16, 4, 2, 4], [4, 8], [1, 5], [20, 6]];

/**
 * The dash pattern of persona `p`'s actual or expected curve: distinct for every persona and
 * kind, however many there are, since curve colours repeat after five. From the sixth
 * persona on, a long dash is followed by one dot more per persona (actual: 14 then dots of
 * 2; expected: 8 then dots of 1), a family none of the first five patterns belongs to.
 */
export function dashPattern(kind: "actual" | "expected", p: number): number[] {
  const fixed = (kind === "actual" ? ACTUAL_DASHES : EXPECTED_DASHES)[p];
  if (fixed) return fixed;
  const dots = p - ACTUAL_DASHES.length + 1;
  const [dash, dot, space] = kind === "actual" ? [14, 2, 3] : [8, 1, 4];
  const pattern = [dash, space];
  for (let i = 0; i < dots; i++) pattern.push(dot, space);
  return pattern;
}

const triangleDown: SymbolType = {
  draw(context, size) {
    const y = Math.sqrt(size / (Math.sqrt(3) * 3));
    context.moveTo(0, y * 2);
    context.lineTo(-Math.sqrt(3) * y, -y);
    context.lineTo(Math.sqrt(3) * y, -y);
    context.closePath();
  },
};

/** Returns the path data of each point shape, centred on 0,0 (d3-shape symbols). */
export function pointSymbols(): Record<PointShape, string> {
  const draw = (type: SymbolType, size: number) => symbol(type, size).digits(2)() ?? "";
  return {
    circle: draw(symbolCircle, 50),
    "triangle-up": draw(symbolTriangle, 70),
    "triangle-down": draw(triangleDown, 70),
    diamond: draw(symbolDiamond, 60),
    star: draw(symbolStar, 60),
  };
}

/** The shape of a point by sentiment: up for positive (≥ 4), down for negative (≤ 2), a circle between. */
export function sentimentShape(emotion: number): PointShape {
  return emotion >= 4 ? "triangle-up" : emotion <= 2 ? "triangle-down" : "circle";
}

interface SeriesSpec {
  personaId: string | undefined;
  name: string;
  /** Read `personaEmotions` entries of this persona. */
  entries: boolean;
  /** Fall back to the touchpoint's own `emotion` / `expectedEmotion`. */
  own: boolean;
}

function seriesSpecs(map: JourneyMap, personaIds: readonly string[]): SeriesSpec[] {
  const first = map.personas[0];
  if (personaIds.length === 0) return [{ personaId: first?.id, name: first?.name ?? "Customer", entries: false, own: true }];
  return personaIds.map((id) => ({
    personaId: id,
    name: map.personas.find((p) => p.id === id)?.name ?? id,
    entries: true,
    own: first?.id === id,
  }));
}

/** What the emotion lane needs from the rest of the layout. */
export interface EmotionInput {
  map: JourneyMap;
  plan: ColumnPlan;
  columns: ColumnScale;
  options: ResolvedLayoutOptions;
  fonts: Fonts;
  wrap: Wrap;
  /** Top of the lane. */
  top: number;
  /** The lane's name, for its label. */
  name: string;
}

/**
 * The geometry of the emotion lane: a band of moment-of-truth labels, then the plot (one
 * monotone curve per persona and kind, breaking where a touchpoint has no emotion, with a
 * point per touchpoint shaped by sentiment), the axis labels at the right of the label
 * column, and the lane's label with a legend below it when there is more than one curve.
 * Returns the lane's height, its label cell and the drawing.
 */
export function layoutEmotion(input: EmotionInput): { height: number; label: LayoutCell; emotion: LayoutEmotion } {
  const { map, plan, columns, options, fonts, wrap, top, name } = input;
  const { gap, padding, margin, labelWidth } = options;
  const measure = options.measureText ?? defaultMeasureText;

  // Moments of truth: a starred label in the touchpoint's column, above the plot.
  const cells: LayoutCell[] = [];
  let band = 0;
  const starY = (cell: LayoutCell) => (cell.lines[0] ? cell.lines[0].y - ((ASCENT - DESCENT) / 2) * fonts.small.size : cell.y + cell.height / 2);
  for (let c = 0; c < plan.touchpointOf.length; c++) {
    const t = plan.touchpointOf[c];
    const tp = t === undefined ? undefined : map.touchpoints[t];
    if (!tp?.momentOfTruth) continue;
    const item: Item = { kind: "moment", entityId: tp.id, paragraphs: [{ text: "Moment of truth", font: fonts.small, muted: false }] };
    const x = columns.xs[c] as number;
    const width = columns.widths[c] as number;
    wrapItem(item, width - 2 * padding - STAR_INDENT, wrap);
    const cell = makeCell(item, "emotion", x, top + gap, width, padding, STAR_INDENT);
    cell.glyphs = [{ type: "symbol", shape: "star", x: round2(x + padding + STAR_INDENT / 2 - 1), y: round2(starY(cell)) }];
    cells.push(cell);
    if (cell.height + gap > band) band = cell.height + gap;
  }

  const plot = {
    x: columns.left,
    y: round2(top + gap + band + MARKER_MARGIN),
    width: Math.max(0, columns.right - columns.left),
    height: options.emotionHeight,
  };
  const scales = emotionScales(map, plan, columns, plot);

  // The curves.
  const ids: string[] = [];
  const touchpoints: JourneyMap["touchpoints"] = [];
  for (const t of plan.touchpointOf) {
    if (t === undefined) continue;
    const tp = map.touchpoints[t] as JourneyMap["touchpoints"][number];
    ids.push(tp.id);
    touchpoints.push(tp);
  }
  const indexes = ids.map((_, i) => i);
  // One lookup per touchpoint, shared by every curve.
  const cx = ids.map((id) => scales.x(id));
  const series: LayoutSeries[] = [];
  const context = new PathContext();
  const curve = line<number>()
    .x((i) => cx[i] as number)
    .curve(curveMonotoneX)
    .context(context.asContext());
  const specs = seriesSpecs(map, options.personaIds);
  specs.forEach((spec, p) => {
    for (const kind of ["actual", "expected"] as const) {
      const values = touchpoints.map((tp) => emotionOf(tp, spec, kind));
      if (kind === "expected" && !values.some((v) => v !== undefined)) continue;
      curve
        .defined((i) => values[i] !== undefined)
        .y((i) => scales.y(values[i] as number))(indexes);
      const path = context.take();
      const points: LayoutPoint[] = [];
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v === undefined) continue;
        points.push({ touchpointId: ids[i] as string, x: round2(cx[i] as number), y: round2(scales.y(v)), emotion: v, shape: sentimentShape(v) });
      }
      const s: LayoutSeries = {
        kind,
        name: kind === "actual" ? spec.name : `${spec.name}, expected`,
        index: series.length,
        path,
        dash: dashPattern(kind, p),
        points,
      };
      if (spec.personaId !== undefined) s.personaId = spec.personaId;
      series.push(s);
    }
  });

  // The axis, right-aligned at the right edge of the label column.
  const tickWidth = Math.max(...[1, 2, 3, 4, 5].map((v) => measure(String(v), fonts.small)));
  const axisWidth = Math.ceil(tickWidth) + 6;
  const ticks: LayoutTick[] = [1, 2, 3, 4, 5].map((value) => {
    const y = round2(scales.y(value));
    const text = String(value);
    return {
      value,
      y,
      label: { x: round2(margin + labelWidth - measure(text, fonts.small)), y: round2(y + ((ASCENT - DESCENT) / 2) * fonts.small.size), text, font: fonts.small, muted: true },
    };
  });

  // The lane's label, and the legend below it.
  const labelItem: Item = { kind: "lane", entityId: "emotion", paragraphs: [{ text: name, font: fonts.heading, muted: false }] };
  const labelBoxWidth = labelWidth - axisWidth;
  wrapItem(labelItem, labelBoxWidth - 2 * padding, wrap);
  const label = makeCell(labelItem, "emotion", margin, top + gap, labelBoxWidth, padding);
  let labelBottom = label.y + label.height;
  if (series.length > 1) {
    for (const s of series) {
      const item: Item = { kind: "legend", entityId: s.personaId ?? map.id, paragraphs: [{ text: s.name, font: fonts.small, muted: false }] };
      wrapItem(item, labelBoxWidth - 2 * padding - SWATCH_INDENT, wrap);
      const cell = makeCell(item, "emotion", margin, round2(labelBottom + gap), labelBoxWidth, padding, SWATCH_INDENT);
      const y = round2(starY(cell));
      const glyphs: LayoutGlyph[] = [{ type: "stroke", series: s.index, x1: margin + padding, y1: y, x2: margin + padding + SWATCH, y2: y }];
      cell.glyphs = glyphs;
      cells.push(cell);
      labelBottom = cell.y + cell.height;
    }
  }

  const bottom = Math.max(plot.y + plot.height + MARKER_MARGIN, labelBottom) + gap;
  return {
    height: round2(bottom - top),
    label,
    emotion: { laneId: "emotion", plot, ticks, series, symbols: pointSymbols(), cells },
  };
}

function emotionOf(tp: JourneyMap["touchpoints"][number], spec: SeriesSpec, kind: "actual" | "expected"): number | undefined {
  if (spec.entries) {
    for (const entry of tp.personaEmotions) {
      if (entry.personaId !== spec.personaId) continue;
      const v = kind === "actual" ? entry.emotion : entry.expectedEmotion;
      if (v !== undefined || !spec.own) return v;
      break;
    }
  }
  if (!spec.own) return undefined;
  return kind === "actual" ? tp.emotion : tp.expectedEmotion;
}
