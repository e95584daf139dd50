import type { JourneyMap } from "../model/journey-map";

/** Where a pain point or opportunity goes: a column, a stage's span (by group), or `undefined` for the journey column. */
export type Placement = { column: number } | { group: number } | undefined;

/** Where each pain point and each opportunity sits, in the order of the map. */
export interface Placements {
  pain: Placement[];
  opportunity: Placement[];
}

/** What placing needs to know of the columns: the column of each touchpoint and the group of each stage. */
export interface PlacementIndex {
  columnOfTouchpoint: ReadonlyMap<string, number>;
  groupOfStage: ReadonlyMap<string, number>;
}

/**
 * Returns where each pain point and opportunity sits. A pain point goes to the column of
 * the first (leftmost) touchpoint it names; without touchpoints, across its stage; without
 * either, `undefined` (the trailing journey column). An opportunity sits with the first
 * touchpoint it names, else where its first pain point sits, else in the journey column.
 */
export function placeItems(map: JourneyMap, index: PlacementIndex): Placements {
  const pain = map.painPoints.map((p): Placement => {
    const column = firstColumn(p.touchpointIds, index);
    if (column !== undefined) return { column };
    const group = p.stageId === undefined ? undefined : index.groupOfStage.get(p.stageId);
    return group === undefined ? undefined : { group };
  });
  const painIndex = new Map<string, number>();
  map.painPoints.forEach((p, i) => {
    painIndex.set(p.id, i);
  });
  const opportunity = map.opportunities.map((o): Placement => {
    const column = firstColumn(o.touchpointIds, index);
    if (column !== undefined) return { column };
    const first = o.painPointIds[0];
    const i = first === undefined ? undefined : painIndex.get(first);
    return i === undefined ? undefined : pain[i];
  });
  return { pain, opportunity };
}

function firstColumn(ids: readonly string[], index: PlacementIndex): number | undefined {
  let best: number | undefined;
  for (const id of ids) {
    const c = index.columnOfTouchpoint.get(id);
    if (c !== undefined && (best === undefined || c < best)) best = c;
  }
  return best;
}
