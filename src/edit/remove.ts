import { COLLECTIONS, type CollectionName, type EntityKind } from "../model/entities";
import type { JourneyMap } from "../model/journey-map";
import { makeIssue } from "../validate/issue";
import { suggestNearest } from "../validate/suggest";
import { planCascade, restoreCascade, writeCascade } from "./cascade";
import { ownIds } from "./entity-checks";
import { positionOf } from "./lookup";
import { typeOf } from "./names";
import type { Operation } from "./operation-schema";
import type { PlanResult, Writable } from "./plan";
import { stageTouchpointPositions } from "./stage-positions";

const describe = (collection: CollectionName) => (collection === "painPoints" ? "pain point" : COLLECTIONS[collection].entity);

/**
 * `remove<Entity>`: every reference to it (and to a persona's goals) goes with it. A stage
 * that still has touchpoints needs `{ touchpoints: "remove" }` or `{ moveTo: stageId }`.
 */
export function planRemove(map: JourneyMap, collection: CollectionName, op: Writable): PlanResult {
  const id = op.id as string;
  const list = (map[collection] ?? []) as unknown as Writable[];
  const index = positionOf(list as unknown as { id: string }[], id);
  if (index < 0) {
    const suggestion = suggestNearest(id, list.map((e) => e.id as string));
    return { issue: makeIssue("not_found", ["operation", "id"], `no ${describe(collection)} has the id ${JSON.stringify(id)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`, { id }) };
  }
  const entity = list[index] as Writable;
  const removed = ownIds(collection, entity);
  const removedPositions: number[] = []; // touchpoints removed with their stage, ascending
  let moves: { position: number; stageIndex: number }[] = [];
  let moveTo: string | undefined;
  if (collection === "stages") {
    const positions = stageTouchpointPositions(map, id);
    if (positions.length > 0) {
      if (op.touchpoints === "remove" && op.moveTo !== undefined) {
        return { issue: makeIssue("invalid_operation", ["operation"], 'say either touchpoints: "remove" or moveTo, not both') };
      }
      if (op.touchpoints === "remove") {
        removedPositions.push(...positions);
        for (const p of positions) for (const [tid, kind] of ownIds("touchpoints", map.touchpoints[p] as unknown as Writable)) removed.set(tid, kind);
      } else if (typeof op.moveTo === "string") {
        moveTo = op.moveTo;
        if (moveTo === id || positionOf(map.stages, moveTo) < 0) {
          const suggestion = suggestNearest(moveTo, map.stages.map((s) => s.id).filter((s) => s !== id));
          return { issue: makeIssue("unknown_reference", ["operation", "moveTo"], `no other stage has the id ${JSON.stringify(moveTo)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`, { id: moveTo, expected: "stage" }) };
        }
        moves = positions.map((position, stageIndex) => ({ position, stageIndex }));
      } else {
        return {
          issue: makeIssue(
            "stage_not_empty",
            ["operation"],
            `the stage ${JSON.stringify(id)} still has ${positions.length} touchpoint${positions.length === 1 ? "" : "s"}; say touchpoints: "remove" to remove them too, or moveTo: "<stage id>" to keep them`,
            { id },
          ),
        };
      }
    }
  }
  const skip = new Set(removed.keys());
  const cascade = planCascade(map, removed as Map<string, EntityKind>, skip);
  // An added touchpoint's index counts within its stage; every other entity's, in its collection.
  const restoreIndex = collection === "touchpoints" ? stageTouchpointPositions(map, entity.stageId as string).indexOf(index) : index;
  const restore: Operation[] = [{ type: typeOf("add", collection), [COLLECTIONS[collection].entity]: entity, index: restoreIndex } as unknown as Operation];
  removedPositions.forEach((p, stageIndex) => {
    restore.push({ type: "addTouchpoint", touchpoint: map.touchpoints[p]!, index: stageIndex });
  });
  for (const { position, stageIndex } of moves) restore.push({ type: "moveTouchpoint", id: map.touchpoints[position]!.id, stageId: id, index: stageIndex });
  restore.push(...restoreCascade(cascade));
  return {
    applied: { ...(op as object) } as Operation,
    inverse: restore,
    structural: true,
    write: (draft) => {
      writeCascade(draft, cascade);
      if (moveTo) for (const { position } of moves) (draft.touchpoints[position] as unknown as Writable).stageId = moveTo;
      for (let i = removedPositions.length - 1; i >= 0; i--) draft.touchpoints.splice(removedPositions[i]!, 1);
      (draft[collection] as unknown as Writable[]).splice(index, 1);
    },
  };
}
