import * as z from "zod";
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../../model/entities";
import type { JourneyMap } from "../../model/journey-map";
import { makeIssue } from "../../validate/issue";
import { DEFAULT_LIMITS } from "../../validate/limits";
import { duplicateIssue, limitIssue, parseEntity, referenceIssue } from "../entity-checks";
import { idKinds } from "../lookup";
import type { Operation } from "../operation-schema";
import type { PlanContext, PlanResult, Writable } from "../plan";
import { insertionPoint, stageTouchpointPositions } from "../stage-positions";
import { collectionSchemas, type EntityName, IndexSchema, ObjectSchema, operationType, type OperationTypeOf } from "./collection-family";
import { lazy, neverGroups, type OperationFamily } from "./family";

/** An entity as an `add…` operation carries it: read like a document (arrays optional), `id` optional. */
export type EntityInput<C extends CollectionName> = Omit<z.input<(typeof COLLECTIONS)[C]["schema"]>, "id"> & { id?: string };

function addSchema<C extends CollectionName>(collection: C) {
  const entity = COLLECTIONS[collection].entity as EntityName<C>;
  // The payload only has to be an object here; it is read as the entity when applied.
  const payload = { [entity]: ObjectSchema.pipe(z.custom<EntityInput<C>>()) } as { [K in EntityName<C>]: z.ZodPipe<typeof ObjectSchema, z.ZodCustom<EntityInput<C>>> };
  return z.strictObject({ type: z.literal(operationType("add", collection)), ...payload, index: IndexSchema.optional() });
}

/** The schema of `add<Entity>` for one collection. */
export type AddSchema<C extends CollectionName> = ReturnType<typeof addSchema<C>>;

const built = lazy(() => collectionSchemas("add", addSchema, COLLECTION_NAMES));

function generatedId(map: JourneyMap, prefix: string, context: PlanContext): string {
  const kinds = idKinds(map);
  let id = context.generateId(prefix);
  for (let tries = 0; kinds.has(id) && tries < 100; tries++) id = context.generateId(prefix);
  return id;
}

function entityCountIssue(map: JourneyMap, collection: CollectionName) {
  const total = COLLECTION_NAMES.reduce((sum, name) => sum + ((map[name] ?? []) as readonly unknown[]).length, 0);
  if (((map[collection] ?? []) as readonly unknown[]).length >= DEFAULT_LIMITS.maxArrayLength) {
    return makeIssue("limit_exceeded", [], `${collection} would exceed the limit maxArrayLength = ${DEFAULT_LIMITS.maxArrayLength}`, {
      limit: "maxArrayLength",
      maximum: DEFAULT_LIMITS.maxArrayLength,
    });
  }
  if (total >= DEFAULT_LIMITS.maxEntities) {
    return makeIssue("limit_exceeded", [], `the map would exceed the limit maxEntities = ${DEFAULT_LIMITS.maxEntities}`, {
      limit: "maxEntities",
      maximum: DEFAULT_LIMITS.maxEntities,
    });
  }
  return undefined;
}

/** Where the entity goes in its collection, and the index as applied; or the issue refusing `index`. */
function placement(map: JourneyMap, collection: CollectionName, entity: Writable, requested: number | undefined) {
  const list = (map[collection] ?? []) as readonly unknown[];
  if (collection !== "touchpoints") {
    if (requested !== undefined && requested > list.length) {
      return { issue: makeIssue("too_big", ["index"], `there are ${list.length} ${collection}, so index must be 0 to ${list.length}, got ${requested}`) };
    }
    return { position: requested ?? list.length, index: requested };
  }
  const positions = stageTouchpointPositions(map, entity.stageId as string);
  if (requested !== undefined && requested > positions.length) {
    return { issue: makeIssue("too_big", ["index"], `the stage has ${positions.length} touchpoints, so index must be 0 to ${positions.length}, got ${requested}`) };
  }
  const index = requested ?? positions.length;
  return { position: insertionPoint(map, entity.stageId as string, index, positions), index };
}

/** `add<Entity>`: parsed like the entity in a document, id generated when missing, unique, references resolved. */
function planAdd(map: JourneyMap, op: Writable, context: PlanContext): PlanResult {
  const collection = built().collections.get(op.type as string)!;
  const { entity: key, prefix } = COLLECTIONS[collection];
  const payload = { ...(op[key] as Writable) };
  if (payload.id === undefined) payload.id = generatedId(map, prefix, context);
  const parsed = parseEntity(collection, payload, [key]);
  if ("issue" in parsed) return parsed;
  const entity = parsed.entity;
  const problem =
    limitIssue(entity, 2, [key]) ??
    entityCountIssue(map, collection) ??
    duplicateIssue(map, collection, entity, [key]) ??
    referenceIssue(map, collection, entity, [key], new Map([...(collection === "personas" ? (entity.goals as { id: string }[]).map((g) => [g.id, "goal"] as const) : [])]));
  if (problem) return { issue: problem };
  const place = placement(map, collection, entity, op.index as number | undefined);
  if (place.issue) return { issue: place.issue };
  const applied = { type: op.type, [key]: entity, ...(place.index !== undefined ? { index: place.index } : {}) } as Operation;
  return {
    applied,
    inverse: [{ type: operationType("remove", collection), id: entity.id } as Operation],
    structural: true,
    write: (draft) => {
      // Collections added after the first release (surveys, scales) may be absent: made on first use.
      const doc = draft as unknown as Record<string, Writable[] | undefined>;
      if (doc[collection] === undefined) doc[collection] = [];
      const target = doc[collection] as Writable[];
      if (place.position === target.length) target.push(entity);
      else target.splice(place.position, 0, entity);
    },
  };
}

/** `add<Entity>` for every collection of {@link COLLECTIONS}: `{ type: "addTouchpoint", touchpoint, index? }`. */
export const addEntity: OperationFamily<{ [C in CollectionName as OperationTypeOf<"add", C>]: AddSchema<C> }> = {
  schemas: () => built().schemas as { [C in CollectionName as OperationTypeOf<"add", C>]: AddSchema<C> },
  plan: planAdd,
  keepsPositions: () => false,
  groupKey: neverGroups,
};
