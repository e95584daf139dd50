import * as z from "zod";
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type EntityKind } from "../../model/entities";
import type { JourneyMap } from "../../model/journey-map";
import { IdSchema } from "../../model/primitives";
import { makeIssue } from "../../validate/issue";
import { planCascade, restoreCascade, writeCascade } from "../cascade";
import { duplicateIssue, limitIssue, notFound, parseEntity, referenceIssue } from "../entity-checks";
import { jsonEqual } from "../json-equal";
import { positionOf } from "../lookup";
import type { Operation } from "../operation-schema";
import type { PlanResult, Writable } from "../plan";
import { collectionSchemas, ObjectSchema, operationType, type OperationTypeOf } from "./collection-family";
import { lazy, type OperationFamily, updateGroupKey } from "./family";

/** The fields of an entity an `update…` operation may carry: any but `id`, `null` to remove. */
export type EntityChanges<C extends CollectionName> = {
  [K in Exclude<keyof z.input<(typeof COLLECTIONS)[C]["schema"]>, "id">]?: z.input<(typeof COLLECTIONS)[C]["schema"]>[K] | null;
};

function updateSchema<C extends CollectionName>(collection: C) {
  // `changes` only has to be an object here; the entity after the change is parsed when applied.
  return z.strictObject({ type: z.literal(operationType("update", collection)), id: IdSchema, changes: ObjectSchema.pipe(z.custom<EntityChanges<C>>()) });
}

/** The schema of `update<Entity>` for one collection. */
export type UpdateSchema<C extends CollectionName> = ReturnType<typeof updateSchema<C>>;

const built = lazy(() => collectionSchemas("update", updateSchema, COLLECTION_NAMES));

const collectionOf = (op: Writable): CollectionName => built().collections.get(op.type as string)!;

/** The entity after the change, parsed, checked against limits, ids and references; or the issue. */
function changedEntity(map: JourneyMap, collection: CollectionName, current: Writable, changes: Writable, keys: readonly string[]) {
  const merged: Writable = { ...current };
  for (const key of keys) {
    if (changes[key] === null) delete merged[key];
    else merged[key] = changes[key];
  }
  const parsed = parseEntity(collection, merged, ["changes"]);
  if ("issue" in parsed) return parsed;
  const entity = parsed.entity;
  const own = new Map<string, EntityKind>();
  let issue = limitIssue(Object.fromEntries(keys.map((key) => [key, entity[key]])), 2, ["changes"]);
  if (collection === "personas") {
    for (const goal of entity.goals as { id: string }[]) own.set(goal.id, "goal");
    const replaced = new Set([current.id as string, ...(current.goals as { id: string }[]).map((g) => g.id)]);
    issue ??= duplicateIssue(map, collection, entity, ["changes"], replaced);
  }
  issue ??= referenceIssue(map, collection, entity, ["changes"], own);
  return issue ? { issue } : { entity, own };
}

/** `update<Entity>`: the changed entity must parse and its references resolve; `null` removes a field. */
function planUpdate(map: JourneyMap, op: Writable): PlanResult {
  const collection = collectionOf(op);
  const id = op.id as string;
  const list = (map[collection] ?? []) as Writable[];
  const index = positionOf(list as { id: string }[], id);
  if (index < 0)
    return notFound(
      COLLECTIONS[collection].entity,
      id,
      list.map((e) => e.id as string),
      ["id"],
    );
  const current = list[index] as Writable;
  const changes = op.changes as Writable;
  if (Object.hasOwn(changes, "id")) return { issue: makeIssue("invalid_operation", ["changes", "id"], "an id never changes; remove the entity and add a new one") };
  const keys = Object.keys(changes).filter((key) => !jsonEqual(current[key], changes[key] === null ? undefined : changes[key]));
  if (keys.length === 0) return { applied: { ...op } as Operation, inverse: [], structural: false, write: () => {} };
  const changed = changedEntity(map, collection, current, changes, keys);
  if ("issue" in changed) return { issue: changed.issue };
  const { entity, own } = changed;

  // A persona's goals that disappear take their references with them.
  const lostGoals = new Map<string, EntityKind>();
  if (collection === "personas" && keys.includes("goals")) {
    for (const goal of current.goals as { id: string }[]) if (!own.has(goal.id)) lostGoals.set(goal.id, "goal");
  }
  const cascade = lostGoals.size ? planCascade(map, lostGoals, new Set()) : [];
  const previous: Writable = {};
  for (const key of keys) previous[key] = current[key] === undefined ? null : current[key];
  const type = operationType("update", collection);
  return {
    applied: { type, id, changes: Object.fromEntries(keys.map((k) => [k, changes[k]])) } as Operation,
    inverse: [{ type, id, changes: previous } as Operation, ...restoreCascade(cascade)],
    structural: !keepsIds(collection, keys),
    write: (draft) => {
      const target = (draft[collection] as Writable[])[index] as Writable;
      for (const key of keys) {
        if (entity[key] === undefined) delete target[key];
        else target[key] = entity[key];
      }
      writeCascade(draft, cascade);
    },
  };
}

/** An update keeps positions and id kinds unless it changes ids an entity brings (a persona's goals). */
function keepsIds(collection: CollectionName, keys: readonly string[]): boolean {
  return !(collection === "personas" && keys.includes("goals"));
}

/** `update<Entity>` for every collection of {@link COLLECTIONS}: `{ type: "updateTouchpoint", id, changes }`. */
export const updateEntity: OperationFamily<{ [C in CollectionName as OperationTypeOf<"update", C>]: UpdateSchema<C> }> = {
  schemas: () => built().schemas as { [C in CollectionName as OperationTypeOf<"update", C>]: UpdateSchema<C> },
  plan: planUpdate,
  keepsPositions: (op) => keepsIds(collectionOf(op), Object.keys(op.changes as Writable)),
  groupKey: updateGroupKey,
};
