import * as z from "zod";
import type { JourneyMap } from "../../model/journey-map";
import { IdSchema } from "../../model/primitives";
import { makeIssue } from "../../validate/issue";
import type { Operation } from "../operation-schema";
import type { PlanResult, Writable } from "../plan";
import { IndexSchema } from "./collection-family";
import { lazy, neverGroups, type OperationFamily } from "./family";
import { findEntity } from "./remove-entity";

const schemas = lazy(() => ({ moveStage: z.strictObject({ type: z.literal("moveStage"), id: IdSchema, index: IndexSchema }) }));

/** Moves the stage to `index` in the list of stages (0 to the number of stages − 1). */
function planMoveStage(map: JourneyMap, op: Writable): PlanResult {
  const id = op.id as string;
  const to = op.index as number;
  const found = findEntity(map, "stages", id);
  if ("issue" in found) return found;
  const from = found.index;
  if (to > map.stages.length - 1)
    return { issue: makeIssue("too_big", ["index"], `there are ${map.stages.length} stages, so index must be 0 to ${map.stages.length - 1}, got ${to}`) };
  if (to === from) return { applied: { ...op } as Operation, inverse: [], structural: false, write: () => {} };
  return {
    applied: { type: "moveStage", id, index: to },
    inverse: [{ type: "moveStage", id, index: from }],
    structural: true,
    write: (draft) => {
      const [stage] = draft.stages.splice(from, 1);
      draft.stages.splice(to, 0, stage!);
    },
  };
}

/** `moveStage`: `{ type: "moveStage", id, index }`. */
export const moveStage: OperationFamily<ReturnType<typeof schemas>> = {
  schemas,
  plan: planMoveStage,
  keepsPositions: () => false,
  groupKey: neverGroups,
};
