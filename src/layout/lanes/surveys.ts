import { summarizeSurvey } from "../../measure/summarize-survey";
import { findScale } from "../../model/built-in-scales";
import type { JourneyMap } from "../../model/journey-map";
import type { Survey } from "../../model/survey";
import { percent } from "../bar-cell";
import { round2 } from "../cell";
import { textCell, type TextSpec } from "../measured-items";
import { type StackedBox, type StackedBoxes, stackCells } from "../stack-cells";
import { type DrawLaneInput, type DrawnLane, defineLane } from "./lane";

/**
 * Returns the survey each target shows: the latest (by `collectedAt`; undated counts as
 * oldest, a tie goes to the later in the document) per touchpoint or stage and persona,
 * ordered by the map's personas (answers of nobody in particular first).
 */
export function latestSurveys(map: JourneyMap): Map<string, Survey[]> {
  const latest = new Map<string, Survey>();
  for (const s of map.surveys ?? []) {
    const key = `${s.touchpointId ?? ""}\u0000${s.stageId ?? ""}\u0000${s.personaId ?? ""}`;
    const had = latest.get(key);
    if (!had || (s.collectedAt ?? "") >= (had.collectedAt ?? "")) latest.set(key, s);
  }
  const rank = new Map(map.personas.map((p, i) => [p.id, i + 1]));
  const byTarget = new Map<string, Survey[]>();
  for (const s of latest.values()) {
    const target = (s.touchpointId ?? s.stageId) as string;
    byTarget.set(target, [...(byTarget.get(target) ?? []), s]);
  }
  for (const list of byTarget.values()) list.sort((a, b) => (rank.get(a.personaId ?? "") ?? 0) - (rank.get(b.personaId ?? "") ?? 0));
  return byTarget;
}

/** Returns the paragraphs and the bar of a survey's box, or `undefined` when its scale is unknown. */
function surveyBox(input: DrawLaneInput, survey: Survey) {
  const { map, fonts } = input;
  const scale = findScale(map, survey.scaleId);
  if (!scale) return undefined;
  const sum = summarizeSurvey(survey, scale);
  const paragraphs: TextSpec[] = [];
  const persona = survey.personaId && map.personas.find((p) => p.id === survey.personaId);
  const head = `${persona ? `${persona.name}: ` : ""}${survey.scaleId}`;
  paragraphs.push({ text: head, font: fonts.small, muted: true });
  if (sum.topBox === null || sum.bottomBox === null || sum.n === 0) {
    paragraphs.push({ text: "no answers · n=0", font: fonts.body });
    return { paragraphs, segments: undefined };
  }
  const n = +sum.n.toFixed(1);
  const neutral = Math.max(0, 1 - sum.topBox - sum.bottomBox);
  paragraphs.push({ text: `Top ${percent(sum.topBox)} · n=${n}`, font: fonts.bodyBold });
  paragraphs.push({ text: `Neutral ${percent(neutral)} · Bottom ${percent(sum.bottomBox)}`, font: fonts.small, muted: true });
  if (sum.nps !== undefined && sum.nps !== null) paragraphs.push({ text: `NPS ${Math.round(sum.nps)}`, font: fonts.small, muted: true });
  const segments = [
    { tone: "bottom" as const, share: sum.bottomBox },
    { tone: "neutral" as const, share: neutral },
    { tone: "top" as const, share: sum.topBox },
  ];
  return { paragraphs, segments };
}

function surveyBoxes(input: DrawLaneInput): StackedBoxes {
  const { map, plan, options } = input;
  const { padding } = options;
  const byTarget = latestSurveys(map);
  const boxes: StackedBoxes = { spans: [], columns: [] };
  const make = (survey: Survey): StackedBox | undefined => {
    const box = surveyBox(input, survey);
    if (!box) return undefined;
    return { kind: "survey", entityId: survey.id, laneId: "surveys", padding, paragraphs: box.paragraphs, ...(box.segments ? { segments: box.segments } : {}) };
  };
  plan.groups.forEach((g, group) => {
    const stage = map.stages[g.stageIndex];
    for (const survey of (stage && byTarget.get(stage.id)) || []) {
      const box = make(survey);
      if (box) boxes.spans.push({ group, box });
    }
  });
  plan.touchpointOf.forEach((t, column) => {
    const tp = t === undefined ? undefined : map.touchpoints[t];
    for (const survey of (tp && byTarget.get(tp.id)) || []) {
      const box = make(survey);
      if (box) boxes.columns.push({ column, box });
    }
  });
  return boxes;
}

function layoutSurveys(input: DrawLaneInput): DrawnLane {
  const { plan, columns, options, fonts, wrap, top, name } = input;
  const { gap, padding, margin, labelWidth } = options;
  const legend = { text: "Bars: bottom · neutral · top box", font: fonts.small, muted: true };
  const label = textCell(wrap, "lane", "surveys", [{ text: name, font: fonts.heading }, legend], { laneId: "surveys", x: margin, y: top + gap, width: labelWidth, padding });
  const { cells, bottom } = stackCells(surveyBoxes(input), plan, columns, top, gap, wrap, input.boxes);
  return { height: round2(Math.max(bottom, label.y + label.height + gap) - top), label, cells };
}

/**
 * The surveys lane: per touchpoint, and across a stage for a stage's survey, the latest
 * survey of each persona (and of nobody in particular) as a stacked bottom / neutral / top
 * box bar from {@link summarizeSurvey}, labelled `Top 62% · n=48` and `Neutral 26% · Bottom
 * 12%` so colour never carries the figures alone.
 */
export const surveysLane = defineLane({
  id: "surveys",
  label: "Surveys",
  default: false,
  cells: { survey: "itemFill" },
  draw: layoutSurveys,
});
