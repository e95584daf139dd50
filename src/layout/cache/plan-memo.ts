import type { JourneyMap } from "../../model/journey-map";
import type { ColumnPlan } from "../columns";
import type { EmotionValues } from "../emotion-values";
import type { Placements } from "../placement";

/** Whether two arrays hold the same elements, or elements equal in the fields `same` compares. */
function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !same(a[i] as T, b[i] as T)) return false;
  return true;
}

/**
 * Returns whether `planColumns` must give `map` the plan it gave `before`: the same stages
 * (by id), touchpoints (by id and stage) and placements of pain points and opportunities
 * (what they name). These are the fields the plan reads; an entity immer left untouched is
 * the same object and is not looked into.
 */
export function samePlanInputs(map: JourneyMap, before: JourneyMap): boolean {
  return (
    sameItems(map.stages, before.stages, (a, b) => a.id === b.id) &&
    sameItems(map.touchpoints, before.touchpoints, (a, b) => a.id === b.id && a.stageId === b.stageId) &&
    sameItems(map.painPoints, before.painPoints, (a, b) => a.id === b.id && a.stageId === b.stageId && a.touchpointIds === b.touchpointIds) &&
    sameItems(map.opportunities, before.opportunities, (a, b) => a.touchpointIds === b.touchpointIds && a.painPointIds === b.painPointIds)
  );
}

/**
 * Returns whether `emotionValues` must give `map` (with the same plan and persona ids) the
 * values it gave `before`: the same personas, and touchpoints whose emotions and persona
 * emotions are the ones they were.
 */
export function sameEmotionInputs(map: JourneyMap, before: JourneyMap): boolean {
  return (
    map.personas === before.personas &&
    sameItems(
      map.touchpoints,
      before.touchpoints,
      (a, b) => a.id === b.id && a.emotion === b.emotion && a.expectedEmotion === b.expectedEmotion && a.personaEmotions === b.personaEmotions,
    )
  );
}

/** What the plan and emotion values were made from, and what they were. */
export interface PlanRecord {
  map: JourneyMap;
  plan: ColumnPlan;
  journeyColumn: boolean;
  personaIds: readonly string[];
  emotions: EmotionValues;
}

/** Returns the plan of `map`: the previous call's when its inputs are unchanged and the journey column is still (not) wanted, else `make`'s. */
export function memoPlan(map: JourneyMap, before: PlanRecord | undefined, needsJourneyColumn: (places: Placements) => boolean, make: () => ColumnPlan): ColumnPlan {
  if (before && samePlanInputs(map, before.map) && needsJourneyColumn(before.plan.places) === before.journeyColumn) return before.plan;
  return make();
}
