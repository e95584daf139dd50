import type { JourneyMap } from "../model/journey-map";
import { makeIssue } from "../validate/issue";
import { suggestNearest } from "../validate/suggest";
import { positionOf } from "./lookup";
import type { Operation } from "./operation-schema";
import type { PlanResult, Writable } from "./plan";
import { insertionPoint, stageTouchpointPositions } from "./stage-positions";

const notFound = (what: string, id: string, ids: string[], path: (string | number)[]) => {
  const suggestion = suggestNearest(id, ids);
  return { issue: makeIssue("not_found", path, `no ${what} has the id ${JSON.stringify(id)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`, { id }) };
};

/** `moveStage`: to `index` in the list of stages (0 to the number of stages − 1). */
export function planMoveStage(map: JourneyMap, op: Writable): PlanResult {
  const id = op.id as string;
  const to = op.index as number;
  const from = positionOf(map.stages, id);
  if (from < 0) return notFound("stage", id, map.stages.map((s) => s.id), ["operation", "id"]);
  if (to > map.stages.length - 1) return { issue: makeIssue("too_big", ["operation", "index"], `there are ${map.stages.length} stages, so index must be 0 to ${map.stages.length - 1}, got ${to}`) };
  if (to === from) return { applied: { ...(op as object) } as Operation, inverse: [], structural: false, write: () => {} };
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

/** `moveTouchpoint`: to `index` among the touchpoints of `stageId` (default: its own stage). */
export function planMoveTouchpoint(map: JourneyMap, op: Writable): PlanResult {
  const id = op.id as string;
  const from = positionOf(map.touchpoints, id);
  if (from < 0) return notFound("touchpoint", id, map.touchpoints.map((t) => t.id), ["operation", "id"]);
  const touchpoint = map.touchpoints[from]!;
  const stageId = (op.stageId as string | undefined) ?? touchpoint.stageId;
  if (positionOf(map.stages, stageId) < 0) {
    const suggestion = suggestNearest(stageId, map.stages.map((s) => s.id));
    return { issue: makeIssue("unknown_reference", ["operation", "stageId"], `no stage has the id ${JSON.stringify(stageId)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`, { id: stageId, expected: "stage" }) };
  }
  const others = stageTouchpointPositions(map, stageId, id);
  const index = op.index as number;
  if (index > others.length) return { issue: makeIssue("too_big", ["operation", "index"], `the stage has ${others.length} other touchpoints, so index must be 0 to ${others.length}, got ${index}`) };
  const oldIndex = stageTouchpointPositions(map, touchpoint.stageId).indexOf(from);
  if (stageId === touchpoint.stageId && index === oldIndex) return { applied: { ...(op as object) } as Operation, inverse: [], structural: false, write: () => {} };
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
      if (stageId !== touchpoint.stageId) (draft.touchpoints[target] as unknown as Writable).stageId = stageId;
    },
  };
}
