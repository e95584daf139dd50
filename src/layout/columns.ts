import type { JourneyMap } from "../model/journey-map";
import { type Placements, placeItems } from "./placement";

/**
 * The columns of a map before they have widths: stage by stage, one per touchpoint (in
 * document order), one for a stage without touchpoints, and a trailing `journey` column
 * when items placed in no stage are shown. A group is a stage's run of columns (the
 * journey column is a group of its own, with `stageIndex` −1). Decided once, before
 * anything is measured, and never changed afterwards.
 */
export interface ColumnPlan {
  readonly kinds: readonly ("touchpoint" | "empty-stage" | "journey")[];
  /** The stage index of each column (−1 for the journey column). */
  readonly stageOf: readonly number[];
  /** The touchpoint of each column (`undefined` for other columns). */
  readonly touchpointOf: readonly (number | undefined)[];
  readonly groups: readonly { stageIndex: number; first: number; last: number }[];
  /** Where each pain point and opportunity sits (`undefined`: the journey column). */
  readonly places: Placements;
}

/**
 * Returns the column plan of `map`. `needsJourneyColumn` sees where every pain point and
 * opportunity sits and says whether the plan ends with the journey column.
 */
export function planColumns(map: JourneyMap, needsJourneyColumn: (places: Placements) => boolean): ColumnPlan {
  const stageIndex = new Map<string, number>();
  map.stages.forEach((s, i) => {
    stageIndex.set(s.id, i);
  });
  const byStage: number[][] = map.stages.map(() => []);
  map.touchpoints.forEach((tp, i) => {
    byStage[stageIndex.get(tp.stageId) ?? -1]?.push(i);
  });
  const kinds: ("touchpoint" | "empty-stage" | "journey")[] = [];
  const stageOf: number[] = [];
  const touchpointOf: (number | undefined)[] = [];
  const groups: { stageIndex: number; first: number; last: number }[] = [];
  const columnOfTouchpoint = new Map<string, number>();
  for (let s = 0; s < byStage.length; s++) {
    const tps = byStage[s] as number[];
    const first = kinds.length;
    if (tps.length === 0) {
      kinds.push("empty-stage");
      stageOf.push(s);
      touchpointOf.push(undefined);
    }
    for (const t of tps) {
      columnOfTouchpoint.set((map.touchpoints[t] as { id: string }).id, kinds.length);
      kinds.push("touchpoint");
      stageOf.push(s);
      touchpointOf.push(t);
    }
    groups.push({ stageIndex: s, first, last: kinds.length - 1 });
  }
  // Stage s is group s: every stage has a group, in order.
  const places = placeItems(map, { columnOfTouchpoint, groupOfStage: stageIndex });
  if (needsJourneyColumn(places)) {
    const c = kinds.length;
    kinds.push("journey");
    stageOf.push(-1);
    touchpointOf.push(undefined);
    groups.push({ stageIndex: -1, first: c, last: c });
  }
  return { kinds, stageOf, touchpointOf, groups, places };
}
