import * as z from "zod";
import type { JourneyMap } from "../../model/journey-map";
import { IdSchema } from "../../model/primitives";
import { makeIssue } from "../../validate/issue";
import { suggestNearest } from "../../validate/suggest";
import { positionOf } from "../lookup";
import type { Writable } from "../plan";
import { stageTouchpointPositions } from "../stage-positions";
import { lazy, neverGroups, type OperationFamily } from "./family";
import { findEntity, planRemoval, type StageRemoval } from "./remove-entity";

const schemas = lazy(() => ({
  removeStage: z.strictObject({ type: z.literal("removeStage"), id: IdSchema, touchpoints: z.literal("remove").optional(), moveTo: IdSchema.optional() }),
}));

/** What happens to the stage's touchpoints, or the issue when the operation does not say. */
function stageRemoval(map: JourneyMap, id: string, op: Writable): StageRemoval | { issue: ReturnType<typeof makeIssue> } {
  const positions = stageTouchpointPositions(map, id);
  if (positions.length === 0) return { removedPositions: [], moves: [] };
  if (op.touchpoints === "remove" && op.moveTo !== undefined) {
    return { issue: makeIssue("invalid_operation", ["moveTo"], 'say either touchpoints: "remove" or moveTo, not both') };
  }
  if (op.touchpoints === "remove") return { removedPositions: positions, moves: [] };
  if (typeof op.moveTo === "string") {
    const moveTo = op.moveTo;
    if (moveTo === id || positionOf(map.stages, moveTo) < 0) {
      const suggestion = suggestNearest(
        moveTo,
        map.stages.map((s) => s.id).filter((s) => s !== id),
      );
      return {
        issue: makeIssue("unknown_reference", ["moveTo"], `no other stage has the id ${JSON.stringify(moveTo)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`, {
          id: moveTo,
          expected: "stage",
        }),
      };
    }
    return { removedPositions: [], moves: positions.map((position, stageIndex) => ({ position, stageIndex })), moveTo };
  }
  const count = `${positions.length} touchpoint${positions.length === 1 ? "" : "s"}`;
  return {
    issue: makeIssue(
      "stage_not_empty",
      [],
      `the stage ${JSON.stringify(id)} still has ${count}; say touchpoints: "remove" to remove them too, or moveTo: "<stage id>" to keep them`,
      { id },
    ),
  };
}

/**
 * `removeStage`: `{ type: "removeStage", id, touchpoints?: "remove", moveTo? }` — a stage
 * that still has touchpoints needs `touchpoints: "remove"` or `moveTo: stageId`.
 */
export const removeStage: OperationFamily<ReturnType<typeof schemas>> = {
  schemas,
  plan: (map, op) => {
    const found = findEntity(map, "stages", op.id as string);
    if ("issue" in found) return found;
    const stage = stageRemoval(map, op.id as string, op);
    return "issue" in stage ? stage : planRemoval(map, "stages", found.index, op, stage);
  },
  keepsPositions: () => false,
  groupKey: neverGroups,
};
