import type { JourneyMap } from "../model/journey-map";

/**
 * The columns of a map before they have widths: stage by stage, one per touchpoint (in
 * document order), one for a stage without touchpoints, and optionally a trailing
 * `journey` column for items placed in no stage. A group is a stage's run of columns (the
 * journey column is a group of its own, with `stageIndex` −1).
 */
export interface ColumnPlan {
  kinds: ("touchpoint" | "empty-stage" | "journey")[];
  /** The stage index of each column (−1 for the journey column). */
  stageOf: number[];
  /** The touchpoint of each column (`undefined` for other columns). */
  touchpointOf: (number | undefined)[];
  groups: { stageIndex: number; first: number; last: number }[];
  /** Column of each touchpoint id. */
  columnOfTouchpoint: Map<string, number>;
  /** Index of each stage id. */
  stageIndex: Map<string, number>;
}

/** Returns the column plan of `map`, without the journey column ({@link addJourneyColumn} adds it). */
export function planColumns(map: JourneyMap): ColumnPlan {
  const stageIndex = new Map<string, number>();
  map.stages.forEach((s, i) => {
    stageIndex.set(s.id, i);
  });
  const byStage: number[][] = map.stages.map(() => []);
  map.touchpoints.forEach((tp, i) => {
    byStage[stageIndex.get(tp.stageId) ?? -1]?.push(i);
  });
  const plan: ColumnPlan = { kinds: [], stageOf: [], touchpointOf: [], groups: [], columnOfTouchpoint: new Map(), stageIndex };
  for (let s = 0; s < byStage.length; s++) {
    const tps = byStage[s] as number[];
    const first = plan.kinds.length;
    if (tps.length === 0) {
      plan.kinds.push("empty-stage");
      plan.stageOf.push(s);
      plan.touchpointOf.push(undefined);
    }
    for (const t of tps) {
      plan.columnOfTouchpoint.set((map.touchpoints[t] as { id: string }).id, plan.kinds.length);
      plan.kinds.push("touchpoint");
      plan.stageOf.push(s);
      plan.touchpointOf.push(t);
    }
    plan.groups.push({ stageIndex: s, first, last: plan.kinds.length - 1 });
  }
  return plan;
}

/** Appends the trailing column for items placed in no stage (a group of its own). */
export function addJourneyColumn(plan: ColumnPlan): void {
  const c = plan.kinds.length;
  plan.kinds.push("journey");
  plan.stageOf.push(-1);
  plan.touchpointOf.push(undefined);
  plan.groups.push({ stageIndex: -1, first: c, last: c });
}
