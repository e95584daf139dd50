import type { JourneyMap } from "../model/journey-map";

/** The positions, in `map.touchpoints`, of the touchpoints of a stage, in order. */
export function stageTouchpointPositions(map: JourneyMap, stageId: string, except?: string): number[] {
  const out: number[] = [];
  const list = map.touchpoints;
  for (let i = 0; i < list.length; i++) {
    const tp = list[i]!;
    if (tp.stageId === stageId && tp.id !== except) out.push(i);
  }
  return out;
}

/**
 * Where in `map.touchpoints` to insert a touchpoint so that it becomes the `index`-th of
 * its stage: before the stage's `index`-th touchpoint, after its last, or — for a stage
 * without touchpoints — after the touchpoints of the stages before it.
 */
export function insertionPoint(map: JourneyMap, stageId: string, index: number, positions: number[]): number {
  if (index < positions.length) return positions[index]!;
  if (positions.length > 0) return positions[positions.length - 1]! + 1;
  const order = new Map(map.stages.map((s, i) => [s.id, i]));
  const rank = order.get(stageId) ?? 0;
  let at = 0;
  map.touchpoints.forEach((tp, i) => {
    if ((order.get(tp.stageId) ?? 0) <= rank) at = i + 1;
  });
  return at;
}
