import { summarizeSurvey } from "../measure/summarize-survey";
import { findScale } from "../model/built-in-scales";
import { round2 } from "./cell";
import type { DrawLaneInput } from "./lanes/lane";
import { latestSurveys } from "./lanes/surveys";
import { textCell } from "./measured-items";
import type { EmotionScales } from "./scales";
import type { LayoutCell, LayoutMeasuredPoint, LayoutMeasuredSegment, LayoutSeries } from "./types";

/** How far right of its column's centre a measured point sits, so it does not hide the written one. */
const OFFSET = 9;

/** The measured points of the drawn touchpoints, each on the actual curve of the persona that answered (answers of nobody in particular on the first curve). */
export function measuredPoints(input: DrawLaneInput, scales: EmotionScales, series: readonly LayoutSeries[]): LayoutMeasuredPoint[] {
  const { map, options, emotions } = input;
  if (!map.surveys?.length) return [];
  const byTarget = latestSurveys(map);
  const actual = series.filter((s) => s.kind === "actual");
  const points: LayoutMeasuredPoint[] = [];
  for (const touchpointId of emotions.touchpointIds) {
    for (const survey of byTarget.get(touchpointId) ?? []) {
      const curve = survey.personaId === undefined ? actual[0] : actual.find((s) => s.personaId === survey.personaId);
      const scale = findScale(map, survey.scaleId);
      if (!curve || !scale) continue;
      const sum = summarizeSurvey(survey, scale);
      if (sum.emotion === null) continue;
      const [low, high] = sum.emotionCi ?? [sum.emotion, sum.emotion];
      const rank = actual.indexOf(curve);
      points.push({
        touchpointId,
        surveyId: survey.id,
        series: curve.index,
        x: round2(scales.x(touchpointId) + OFFSET * (1 + (rank % 3))),
        y: round2(scales.y(sum.emotion)),
        emotion: sum.emotion,
        yLow: round2(scales.y(low)),
        yHigh: round2(scales.y(high)),
        n: sum.n,
        hollow: sum.n < options.minN,
      });
    }
  }
  return points;
}

/** The segments between consecutive measured points of each curve, dashed where either end is hollow. */
export function measuredSegments(points: readonly LayoutMeasuredPoint[]): LayoutMeasuredSegment[] {
  const last = new Map<number, LayoutMeasuredPoint>();
  const out: LayoutMeasuredSegment[] = [];
  for (const p of points) {
    const before = last.get(p.series);
    if (before) out.push({ series: p.series, x1: before.x, y1: before.y, x2: p.x, y2: p.y, dashed: before.hollow || p.hollow });
    last.set(p.series, p);
  }
  return out;
}

/** Returns the row of answer counts below the plot, a box per touchpoint with measured points (`n=48`, one count per curve), and the row's height with its gap. */
export function sampleCells(input: DrawLaneInput, points: readonly LayoutMeasuredPoint[], top: number, out: LayoutCell[]): number {
  const { plan, map, columns, options, fonts, wrap } = input;
  let height = 0;
  const byTouchpoint = new Map<string, LayoutMeasuredPoint[]>();
  for (const p of points) byTouchpoint.set(p.touchpointId, [...(byTouchpoint.get(p.touchpointId) ?? []), p]);
  for (let c = 0; c < plan.touchpointOf.length; c++) {
    const t = plan.touchpointOf[c];
    const id = t === undefined ? undefined : map.touchpoints[t]?.id;
    const mine = id === undefined ? undefined : byTouchpoint.get(id);
    if (!id || !mine) continue;
    const text = `n=${mine.map((p) => +p.n.toFixed(1)).join(" · ")}${mine.some((p) => p.hollow) ? " (few)" : ""}`;
    const place = { laneId: "emotion", x: columns.xs[c] as number, y: top, width: columns.widths[c] as number, padding: options.padding };
    const cell = textCell(wrap, "sample", id, [{ text, font: fonts.small, muted: true }], place);
    out.push(cell);
    height = Math.max(height, cell.height + options.gap);
  }
  return height;
}
