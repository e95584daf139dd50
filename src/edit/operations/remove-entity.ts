import * as z from "zod";
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type EntityKind, entityLabel } from "../../model/entities";
import type { JourneyMap } from "../../model/journey-map";
import { IdSchema } from "../../model/primitives";
import { type JourneyMapIssue, makeIssue } from "../../validate/issue";
import { planCascade, restoreCascade, writeCascade } from "../cascade";
import { notFound, ownIds } from "../entity-checks";
import { positionOf } from "../lookup";
import type { Operation } from "../operation-schema";
import type { PlanResult, Writable } from "../plan";
import { stageTouchpointPositions } from "../stage-positions";
import { collectionSchemas, operationType, type OperationTypeOf } from "./collection-family";
import { lazy, neverGroups, type OperationFamily } from "./family";

/** The collections whose removal needs no options; a removal with options is a family of its own. */
type PlainRemoval = Exclude<CollectionName, "stages">;

function removeSchema<C extends CollectionName>(collection: C) {
  return z.strictObject({ type: z.literal(operationType("remove", collection)), id: IdSchema });
}

/** The schema of `remove<Entity>` for one collection. */
export type RemoveSchema<C extends CollectionName> = ReturnType<typeof removeSchema<C>>;

const built = lazy(() =>
  collectionSchemas(
    "remove",
    removeSchema,
    COLLECTION_NAMES.filter((c): c is PlainRemoval => c !== "stages"),
  ),
);

/** What else goes with a removed stage: its touchpoints removed, or moved to another stage. */
export interface StageRemoval {
  /** Positions in `map.touchpoints` of touchpoints removed with the stage, ascending. */
  removedPositions: number[];
  /** Touchpoints moved to `moveTo`: their position and their index within the stage. */
  moves: { position: number; stageIndex: number }[];
  moveTo?: string;
}

/** Finds the entity an operation removes, or the `not_found` issue with the nearest id. */
export function findEntity(map: JourneyMap, collection: CollectionName, id: string): { index: number } | { issue: ReturnType<typeof notFound>["issue"] } {
  const list = (map[collection] ?? []) as { id: string }[];
  const index = positionOf(list, id);
  return index < 0
    ? notFound(
        COLLECTIONS[collection].entity,
        id,
        list.map((e) => e.id),
        ["id"],
      )
    : { index };
}

/**
 * The issue refusing a removal whose cascade would leave another entity invalid (a required
 * reference cleared, such as a step's touchpoint), or `undefined`: an accepted edit always
 * yields a valid map, so such a removal needs the dependent entity removed or changed first.
 * `rewritten` names the fields the removal writes again after the cascade.
 */
function strandedIssue(map: JourneyMap, cascade: ReturnType<typeof planCascade>, rewritten: (id: string, field: string) => boolean): JourneyMapIssue | undefined {
  const byEntity = new Map<string, { collection: CollectionName; index: number; fields: Writable }>();
  for (const change of cascade) {
    if (rewritten(change.id, change.field)) continue;
    const entry = byEntity.get(change.id) ?? { collection: change.collection, index: change.index, fields: {} };
    entry.fields[change.field] = change.after;
    byEntity.set(change.id, entry);
  }
  for (const [id, { collection, index, fields }] of byEntity) {
    const after: Writable = { ...((map[collection] as Writable[])[index] as Writable) };
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) delete after[field];
      else after[field] = value;
    }
    if (COLLECTIONS[collection].schema.safeParse(after).success) continue;
    const label = entityLabel(COLLECTIONS[collection].entity);
    const text = `removing it would leave the ${label} ${JSON.stringify(id)} invalid (${Object.keys(fields).join(", ")}); remove or change that ${label} first`;
    return makeIssue("invalid_operation", ["id"], text, { id });
  }
  return undefined;
}

/**
 * Plans the removal of the entity at `index` of `collection`: every reference to it (and
 * to a persona's goals, and to touchpoints removed with a stage) goes with it, and the
 * inverse operations put everything back.
 */
export function planRemoval(map: JourneyMap, collection: CollectionName, index: number, op: Writable, stage: StageRemoval = { removedPositions: [], moves: [] }): PlanResult {
  const entity = (map[collection] as Writable[])[index] as Writable;
  const removed = ownIds(collection, entity);
  for (const p of stage.removedPositions) for (const [tid, kind] of ownIds("touchpoints", map.touchpoints[p] as Writable)) removed.set(tid, kind);
  const cascade = planCascade(map, removed as Map<string, EntityKind>, new Set(removed.keys()));
  // Touchpoints moved with their stage get the new stageId after the cascade.
  const moved = new Set(stage.moves.map(({ position }) => map.touchpoints[position]!.id));
  const stranded = strandedIssue(map, cascade, (id, field) => field === "stageId" && moved.has(id));
  if (stranded) return { issue: stranded };
  // An added touchpoint's index counts within its stage; every other entity's, in its collection.
  const restoreIndex = collection === "touchpoints" ? stageTouchpointPositions(map, entity.stageId as string).indexOf(index) : index;
  const restore: Operation[] = [{ type: operationType("add", collection), [COLLECTIONS[collection].entity]: entity, index: restoreIndex } as Operation];
  stage.removedPositions.forEach((p, stageIndex) => {
    restore.push({ type: "addTouchpoint", touchpoint: map.touchpoints[p]!, index: stageIndex });
  });
  for (const { position, stageIndex } of stage.moves) restore.push({ type: "moveTouchpoint", id: map.touchpoints[position]!.id, stageId: entity.id as string, index: stageIndex });
  restore.push(...restoreCascade(cascade));
  const { removedPositions, moves, moveTo } = stage;
  return {
    applied: { ...op } as Operation,
    inverse: restore,
    structural: true,
    write: (draft) => {
      writeCascade(draft, cascade);
      if (moveTo) for (const { position } of moves) (draft.touchpoints[position] as Writable).stageId = moveTo;
      for (let i = removedPositions.length - 1; i >= 0; i--) draft.touchpoints.splice(removedPositions[i]!, 1);
      (draft[collection] as Writable[]).splice(index, 1);
    },
  };
}

function planRemove(map: JourneyMap, op: Writable): PlanResult {
  const collection = built().collections.get(op.type as string)!;
  const found = findEntity(map, collection, op.id as string);
  return "issue" in found ? found : planRemoval(map, collection, found.index, op);
}

/** `remove<Entity>` for every collection but stages (see `removeStage`): `{ type: "removeTeam", id }`. */
export const removeEntity: OperationFamily<{ [C in PlainRemoval as OperationTypeOf<"remove", C>]: RemoveSchema<C> }> = {
  schemas: () => built().schemas as { [C in PlainRemoval as OperationTypeOf<"remove", C>]: RemoveSchema<C> },
  plan: planRemove,
  keepsPositions: () => false,
  groupKey: neverGroups,
};
