import * as z from "zod";
import type { JourneyMap } from "../../model/journey-map";
import { IdSchema } from "../../model/primitives";
import { makeIssue } from "../../validate/issue";
import { suggestNearest } from "../../validate/suggest";
import { positionOf } from "../lookup";
import type { Operation } from "../operation-schema";
import type { PlanResult, Writable } from "../plan";
import { insertionPoint, stageTouchpointPositions } from "../stage-positions";
import { IndexSchema } from "./collection-family";
import { lazy, neverGroups, type OperationFamily } from "./family";
import { findEntity } from "./remove-entity";

const schemas = lazy(() => ({
  moveTouchpoint: z.strictObject({ type: z.literal("moveTouchpoint"), id: IdSchema, index: IndexSchema, stageId: IdSchema.optional() }),
}));

/** Moves the touchpoint to `index` among the touchpoints of `stageId` (default: its own stage). */
function planMoveTouchpoint(map: JourneyMap, op: Writable): PlanResult {
  const id = op.id as string;
  const found = findEntity(map, "touchpoints", id);
  if ("issue" in found) return found;
  const from = found.index;
  const touchpoint = map.touchpoints[from]!;
  const stageId = (op.stageId as string | undefined) ?? touchpoint.stageId;
  if (positionOf(map.stages, stageId) < 0) {
    const suggestion = suggestNearest(
      stageId,
      map.stages.map((s) => s.id),
    );
    return {
      issue: makeIssue("unknown_reference", ["stageId"], `no stage has the id ${JSON.stringify(stageId)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`, {
        id: stageId,
        expected: "stage",
      }),
    };
  }
  const others = stageTouchpointPositions(map, stageId, id);
  const index = op.index as number;
  if (index > others.length)
    return { issue: makeIssue("too_big", ["index"], `the stage has ${others.length} other touchpoints, so index must be 0 to ${others.length}, got ${index}`) };
  const oldIndex = stageTouchpointPositions(map, touchpoint.stageId).indexOf(from);
  if (stageId === touchpoint.stageId && index === oldIndex) return { applied: { ...op } as Operation, inverse: [], structural: false, write: () => {} };
  // Where it goes, counted in the array without the touchpoint.
  let target = insertionPoint(map, stageId, index, others);
  if (target > from) target -= 1;
  return {
    applied: { type: "moveTouchpoint", id, index, stageId },
    inverse: [{ type: "moveTouchpoint", id, index: oldIndex, stageId: touchpoint.stageId }],
    structural: true,
    write: (draft) => {
      const [moved] = draft.touchpoints.splice(from, 1);
      draft.touchpoints.splice(target, 0, moved!);
      if (stageId !== touchpoint.stageId) (draft.touchpoints[target] as Writable).stageId = stageId;
    },
  };
}

/** `moveTouchpoint`: `{ type: "moveTouchpoint", id, index, stageId? }`. */
export const moveTouchpoint: OperationFamily<ReturnType<typeof schemas>> = {
  schemas,
  plan: planMoveTouchpoint,
  keepsPositions: () => false,
  groupKey: neverGroups,
};
