import type { JourneyAnalytics } from "../../measure/journey-analytics";
import { percent } from "../bar-cell";
import { round2 } from "../cell";
import { textCell, type TextSpec } from "../measured-items";
import { type StackedBox, type StackedBoxes, stackCells } from "../stack-cells";
import type { LayoutCell } from "../types";
import { type DrawLaneInput, type DrawnLane, defineLane } from "./lane";

/**
 * Returns the note of what the lane leaves out: the transitions from a touchpoint that fewer
 * than `minShare` of the cases took, and the share of cases they account for (the sum of
 * their `cases`, at most 100%: a case that took two of them counts twice).
 */
export function omittedTransitionsNote(analytics: JourneyAnalytics, minShare: number): string {
  const total = analytics.cases;
  let count = 0;
  let cases = 0;
  for (const t of analytics.transitions) {
    if (t.from === "start" || (total > 0 && t.cases / total >= minShare)) continue;
    count++;
    cases += t.cases;
  }
  const under = `under ${+(minShare * 100).toFixed(2)}%`;
  if (count === 0) return `No transitions ${under} left out`;
  const share = total > 0 ? Math.min(1, cases / total) : 0;
  return `${count} transition${count === 1 ? "" : "s"} ${under} not drawn, ${+(share * 100).toFixed(1)}% of cases`;
}

/** The figures the lane reads, indexed once. */
interface Index {
  analytics: JourneyAnalytics;
  names: Map<string, string>;
  touchpoints: Map<string, JourneyAnalytics["touchpoints"][number]>;
  /** The transitions from each touchpoint that at least `minTransitionShare` of the cases took, most cases first. */
  outgoing: Map<string, JourneyAnalytics["transitions"]>;
}

function indexAnalytics(input: DrawLaneInput, analytics: JourneyAnalytics): Index {
  const total = analytics.cases;
  const outgoing = new Map<string, JourneyAnalytics["transitions"]>();
  for (const t of analytics.transitions) {
    if (t.from === "start" || !(total > 0 && t.cases / total >= input.options.minTransitionShare)) continue;
    const list = outgoing.get(t.from);
    if (list) list.push(t);
    else outgoing.set(t.from, [t]);
  }
  for (const list of outgoing.values()) list.sort((a, b) => b.cases - a.cases);
  return {
    analytics,
    names: new Map(input.map.touchpoints.map((tp) => [tp.id, tp.name])),
    touchpoints: new Map(analytics.touchpoints.map((t) => [t.touchpointId, t])),
    outgoing,
  };
}

/** The paragraphs of a touchpoint's box: its reach, then the transitions from it that most cases took. */
function touchpointText(input: DrawLaneInput, index: Index, touchpointId: string): TextSpec[] {
  const { fonts } = input;
  const total = index.analytics.cases;
  const figures = index.touchpoints.get(touchpointId);
  if (!figures) return [{ text: "no data", font: fonts.body }];
  const out: TextSpec[] = [{ text: `${percent(total > 0 ? figures.cases / total : 0)} · n=${figures.cases}`, font: fonts.bodyBold }];
  for (const t of index.outgoing.get(touchpointId) ?? []) {
    const to = t.to === "end" ? "end" : (index.names.get(t.to) ?? t.to);
    out.push({ text: `→ ${to} ${percent(t.cases / total)}${t.designed ? "" : " (not designed)"}`, font: fonts.small, muted: true });
  }
  return out;
}

function stageText(input: DrawLaneInput, stage: JourneyAnalytics["stages"][number], total: number): TextSpec[] {
  const { fonts } = input;
  if (stage.entered === 0) return [{ text: "No cases entered", font: fonts.body }];
  const entered = { text: `n=${stage.entered} entered`, font: fonts.small, muted: true };
  if (stage.dropOff === null) return [{ text: `Reached by ${percent(total > 0 ? stage.entered / total : 0)}`, font: fonts.bodyBold }, entered];
  const kept = stage.continued / stage.entered;
  return [{ text: `Continued ${percent(kept)} · drop-off ${percent(stage.dropOff / stage.entered)}`, font: fonts.bodyBold }, entered];
}

function measuredBoxes(input: DrawLaneInput, analytics: JourneyAnalytics): StackedBoxes {
  const { map, plan, options } = input;
  const { padding } = options;
  const laneId = "observed";
  const index = indexAnalytics(input, analytics);
  const unobserved = new Set(analytics.conformance?.unobserved ?? []);
  const stages = new Map(analytics.stages.map((s) => [s.stageId, s]));
  const boxes: StackedBoxes = { spans: [], columns: [] };
  plan.groups.forEach((g, group) => {
    const stage = map.stages[g.stageIndex];
    const figures = stage && stages.get(stage.id);
    if (!stage || !figures) return;
    const paragraphs = stageText(input, figures, analytics.cases);
    boxes.spans.push({ group, box: { kind: "funnel", entityId: stage.id, laneId, padding, paragraphs } });
  });
  plan.touchpointOf.forEach((t, column) => {
    const tp = t === undefined ? undefined : map.touchpoints[t];
    if (!tp) return;
    const missing = unobserved.has(tp.id);
    const figures = index.touchpoints.get(tp.id);
    const share = figures && analytics.cases > 0 ? figures.cases / analytics.cases : 0;
    const paragraphs = missing
      ? [
          { text: "not observed", font: input.fonts.bodyBold },
          { text: "n=0", font: input.fonts.small, muted: true },
        ]
      : touchpointText(input, index, tp.id);
    const box: StackedBox = { kind: "observed", entityId: tp.id, laneId, padding, paragraphs };
    if (figures) box.segments = [{ tone: "value", share }];
    if (missing) box.outline = "dashed";
    boxes.columns.push({ column, box });
  });
  return boxes;
}

/** Lays out the observed lane: the funnel across each stage, reach per touchpoint as a bar, and a note of what was left out. */
function layoutObserved(input: DrawLaneInput): DrawnLane {
  const { columns, plan, options, fonts, wrap, top, name } = input;
  const { gap, padding, margin, labelWidth, analytics } = options;
  const heading = { text: name, font: fonts.heading };
  const labelAt = { laneId: "observed", x: margin, y: top + gap, width: labelWidth, padding };
  if (!analytics) {
    const label = textCell(wrap, "lane", "observed", [heading, { text: "no measurements", font: fonts.small, muted: true }], labelAt);
    return { height: round2(label.height + 2 * gap), label, cells: [] };
  }
  const { cells, bottom } = stackCells(measuredBoxes(input, analytics), plan, columns, top, gap, wrap, input.boxes);
  const note = { text: omittedTransitionsNote(analytics, options.minTransitionShare), font: fonts.small, muted: true };
  const wide = columns.right - columns.left;
  let end = bottom;
  let label: LayoutCell;
  if (wide > 2 * padding && plan.kinds.length > 0) {
    label = textCell(wrap, "lane", "observed", [heading], labelAt);
    const cell = textCell(wrap, "flowNote", input.map.id, [note], { laneId: "observed", x: columns.left, y: bottom, width: round2(wide), padding });
    cells.push(cell);
    end = round2(cell.y + cell.height + gap);
  } else {
    label = textCell(wrap, "lane", "observed", [heading, note], labelAt);
  }
  return { height: round2(Math.max(end, label.y + label.height + gap) - top), label, cells };
}

/**
 * The observed lane: what an event log says customers did (`options.analytics`). Across each
 * stage, the share of its cases that continued to a later stage and that dropped off; per
 * touchpoint, its reach as a bar of `cases / analytics.cases` with `62% · n=186`, and the
 * transitions from it that at least `minTransitionShare` of the cases took; a designed
 * touchpoint no case reached in a dashed box saying "not observed"; and a note of the
 * transitions left out. Shown by default when analytics is passed; chosen without it, it
 * says "no measurements".
 */
export const observedLane = defineLane({
  id: "observed",
  label: "Observed",
  default: false,
  shownWhen: (_map, analytics) => analytics !== undefined,
  cells: { observed: "itemFill", funnel: "stageFill", flowNote: "legendFill" },
  draw: layoutObserved,
});
