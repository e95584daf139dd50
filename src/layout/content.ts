import type { JourneyMap } from "../model/journey-map";
import type { Metric } from "../model/metric";
import type { ColumnPlan } from "./columns";
import type { ResolvedLayoutOptions } from "./options";
import type { FontSpec, WrappedText } from "./text/types";
import type { CellKind } from "./types";

/** A run of text in one font; a cell holds one or more, each starting on a new line. */
export interface Paragraph {
  text: string;
  font: FontSpec;
  muted: boolean;
  /** Filled in by the measure phase. */
  wrapped?: WrappedText;
  /** Room kept on each side of the lines, for combining marks that reach past them (set by the measure phase). */
  inset?: number;
}

/** What one box will show, before it has a position. */
export interface Item {
  kind: CellKind;
  entityId: string;
  paragraphs: Paragraph[];
}

/**
 * Receives the items of one lane as they are made: those spanning a whole stage (by group
 * index of the {@link ColumnPlan}) and those in one column (by column index). Items are
 * handed over one by one so that nothing holds them: on a 10,000-touchpoint map they are
 * measured into cells at once and die young.
 */
export interface ItemSink {
  span(group: number, item: Item): void;
  col(column: number, item: Item): void;
}

/** The fonts of a layout, shared by every line that uses them (one object each). */
export interface Fonts {
  title: FontSpec;
  heading: FontSpec;
  body: FontSpec;
  bodyBold: FontSpec;
  small: FontSpec;
}

/** Returns the fonts for the resolved sizes. */
export function makeFonts(options: ResolvedLayoutOptions): Fonts {
  const s = options.fontSizes;
  return {
    title: { size: s.title, weight: "bold" },
    heading: { size: s.heading, weight: "bold" },
    body: { size: s.body, weight: "normal" },
    bodyBold: { size: s.body, weight: "bold" },
    small: { size: s.small, weight: "normal" },
  };
}

/** Where a pain point or opportunity goes: a column, a stage's span (by group), or nowhere yet. */
export type Placement = { column: number } | { group: number } | undefined;

/**
 * Returns where each pain point sits. A pain point goes to the column of the first (leftmost)
 * touchpoint it names; without touchpoints, across its stage; without either, `undefined`
 * (the trailing journey column).
 */
export function placePainPoints(map: JourneyMap, plan: ColumnPlan): Placement[] {
  const groupOfStage = new Map<number, number>();
  plan.groups.forEach((g, i) => {
    groupOfStage.set(g.stageIndex, i);
  });
  return map.painPoints.map((p) => {
    const column = firstColumn(p.touchpointIds, plan);
    if (column !== undefined) return { column };
    const stage = p.stageId === undefined ? undefined : plan.stageIndex.get(p.stageId);
    const group = stage === undefined ? undefined : groupOfStage.get(stage);
    return group === undefined ? undefined : { group };
  });
}

/**
 * Returns where each opportunity sits: the column of the first touchpoint it names, else
 * where its first pain point sits, else `undefined` (the trailing journey column).
 */
export function placeOpportunities(map: JourneyMap, plan: ColumnPlan, painPlaces: Placement[]): Placement[] {
  const painIndex = new Map<string, number>();
  map.painPoints.forEach((p, i) => {
    painIndex.set(p.id, i);
  });
  return map.opportunities.map((o) => {
    const column = firstColumn(o.touchpointIds, plan);
    if (column !== undefined) return { column };
    const first = o.painPointIds[0];
    const index = first === undefined ? undefined : painIndex.get(first);
    return index === undefined ? undefined : painPlaces[index];
  });
}

function firstColumn(ids: readonly string[], plan: ColumnPlan): number | undefined {
  let best: number | undefined;
  for (const id of ids) {
    const c = plan.columnOfTouchpoint.get(id);
    if (c !== undefined && (best === undefined || c < best)) best = c;
  }
  return best;
}

function place(sink: ItemSink, plan: ColumnPlan, where: Placement, item: Item): void {
  if (where === undefined) sink.col(plan.kinds.length - 1, item);
  else if ("column" in where) sink.col(where.column, item);
  else sink.span(where.group, item);
}

const SEVERITY = ["", "minor", "low", "moderate", "high", "severe"];

/** Formats a number for a label: integers as they are, fractions to at most 3 decimals. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

function metricText(m: Metric): string {
  const unit = m.unit ? ` ${m.unit}` : "";
  const target = m.target === undefined ? "" : ` (target ${formatValue(m.target)}${unit})`;
  return `${m.name}: ${formatValue(m.value)}${unit}${target}`;
}

/**
 * Hands the items of lane `laneId` (any lane but `emotion`) to `sink`, placed in columns
 * and stage spans, in reading order. Strings are taken as they are; the measure phase
 * sanitises them.
 */
export function laneContent(
  map: JourneyMap,
  laneId: string,
  custom: boolean,
  plan: ColumnPlan,
  fonts: Fonts,
  places: { pain: Placement[]; opportunity: Placement[] },
  sink: ItemSink,
): void {
  // `wrapped` and `inset` are set by the measure phase; declaring them here keeps every paragraph one shape.
  const para = (text: string, font: FontSpec, muted = false): Paragraph => ({ text, font, muted, wrapped: undefined, inset: 0 });
  const eachTouchpoint = (fn: (tp: JourneyMap["touchpoints"][number], column: number) => void) => {
    for (let c = 0; c < plan.touchpointOf.length; c++) {
      const t = plan.touchpointOf[c];
      if (t !== undefined) fn(map.touchpoints[t] as JourneyMap["touchpoints"][number], c);
    }
  };
  if (custom) {
    eachTouchpoint((tp, c) => {
      for (const note of tp.notes) {
        if (note.laneId !== laneId) continue;
        for (const text of note.items) sink.col(c, { kind: "note", entityId: tp.id, paragraphs: [para(text, fonts.body)] });
      }
    });
    return;
  }
  switch (laneId) {
    case "stages": {
      plan.groups.forEach((g, i) => {
        const stage = map.stages[g.stageIndex];
        if (stage) {
          const paragraphs = [para(stage.name, fonts.heading)];
          if (stage.goal) paragraphs.push(para(stage.goal, fonts.small, true));
          sink.span(i, { kind: "stage", entityId: stage.id, paragraphs });
        } else {
          sink.col(g.first, { kind: "journey", entityId: map.id, paragraphs: [para("Across the journey", fonts.heading)] });
        }
      });
      break;
    }
    case "touchpoints": {
      const channels = new Map(map.channels.map((ch) => [ch.id, ch.name]));
      eachTouchpoint((tp, c) => {
        const paragraphs = [para(tp.name, fonts.heading)];
        const channel = tp.channelId === undefined ? undefined : channels.get(tp.channelId);
        if (channel !== undefined) paragraphs.push(para(channel, fonts.small, true));
        sink.col(c, { kind: "touchpoint", entityId: tp.id, paragraphs });
      });
      break;
    }
    case "actions":
    case "thoughts":
    case "feelings": {
      const kind = laneId === "actions" ? "action" : laneId === "thoughts" ? "thought" : "feeling";
      eachTouchpoint((tp, c) => {
        for (const text of tp[laneId]) sink.col(c, { kind, entityId: tp.id, paragraphs: [para(text, fonts.body)] });
      });
      break;
    }
    case "painPoints": {
      map.painPoints.forEach((p, i) => {
        // No label for an unknown severity: a guessed one would be invented data.
        const parts = p.severity === undefined ? [] : [`Severity ${p.severity}/5 (${SEVERITY[p.severity] ?? ""})`];
        if (p.frequency !== undefined) parts.push(`${formatValue(Math.round(p.frequency * 1000) / 10)}% of customers`);
        place(sink, plan, places.pain[i], {
          kind: "painPoint",
          entityId: p.id,
          paragraphs: [para(p.title, fonts.bodyBold), ...(parts.length ? [para(parts.join(" · "), fonts.small, true)] : [])],
        });
      });
      break;
    }
    case "opportunities": {
      map.opportunities.forEach((o, i) => {
        const scores = [o.impact === undefined ? "" : `Impact ${o.impact}/5 · `, o.effort === undefined ? "" : `effort ${o.effort}/5 · `];
        const detail = `${scores.join("")}${o.status}`;
        place(sink, plan, places.opportunity[i], {
          kind: "opportunity",
          entityId: o.id,
          paragraphs: [para(o.title, fonts.bodyBold), para(detail, fonts.small, true)],
        });
      });
      break;
    }
    case "owners": {
      const teams = new Map(map.teams.map((t) => [t.id, t.name]));
      eachTouchpoint((tp, c) => {
        const name = tp.ownerId === undefined ? undefined : teams.get(tp.ownerId);
        if (name !== undefined && tp.ownerId !== undefined) {
          sink.col(c, { kind: "owner", entityId: tp.ownerId, paragraphs: [para(name, fonts.body)] });
        }
      });
      break;
    }
    case "metrics": {
      plan.groups.forEach((g, i) => {
        const stage = map.stages[g.stageIndex];
        for (const m of stage?.metrics ?? []) {
          sink.span(i, { kind: "metric", entityId: (stage as { id: string }).id, paragraphs: [para(metricText(m), fonts.body)] });
        }
      });
      eachTouchpoint((tp, c) => {
        for (const m of tp.metrics) sink.col(c, { kind: "metric", entityId: tp.id, paragraphs: [para(metricText(m), fonts.body)] });
      });
      break;
    }
    case "evidence": {
      const evidence = new Map(map.evidence.map((e) => [e.id, e]));
      eachTouchpoint((tp, c) => {
        for (const id of tp.evidenceIds) {
          const e = evidence.get(id);
          if (!e) continue;
          let detail: string = e.kind;
          if (e.sampleSize !== undefined) detail += `, n = ${e.sampleSize}`;
          if (e.collectedAt !== undefined) detail += `, ${e.collectedAt.slice(0, 10)}`;
          sink.col(c, { kind: "evidence", entityId: e.id, paragraphs: [para(e.title, fonts.body), para(detail, fonts.small, true)] });
        }
      });
      break;
    }
  }
}

/** Returns whether any pain point or opportunity shown in `lanes` has no place in a stage. */
export function needsJourneyColumn(lanes: readonly { id: string; custom: boolean }[], pain: Placement[], opportunity: Placement[]): boolean {
  return lanes.some(
    (l) => !l.custom && ((l.id === "painPoints" && pain.includes(undefined)) || (l.id === "opportunities" && opportunity.includes(undefined))),
  );
}
