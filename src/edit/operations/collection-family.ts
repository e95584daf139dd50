import * as z from "zod";
import { capitalize } from "../../model/capitalize";
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../../model/entities";

/** The singular entity name of a collection, as a literal type (`"painPoint"`). */
export type EntityName<C extends CollectionName> = (typeof COLLECTIONS)[C]["entity"];

/** The operation type of a verb for a collection, as a literal type (`"addPainPoint"`). */
export type OperationTypeOf<V extends string, C extends CollectionName> = `${V}${Capitalize<EntityName<C>>}`;

/** The operation type of a verb for a collection: `("add", "painPoints")` → `"addPainPoint"`. */
export function operationType<V extends string, C extends CollectionName>(verb: V, collection: C): OperationTypeOf<V, C> {
  const entity = COLLECTIONS[collection].entity;
  return `${verb}${capitalize(entity)}` as OperationTypeOf<V, C>;
}

/**
 * The schemas of one verb for the given collections, by operation type, and the
 * collection each type acts on — the registry's way of generating `addSurvey` as soon as
 * `surveys` is in {@link COLLECTIONS}.
 */
export function collectionSchemas<V extends string, C extends CollectionName>(
  verb: V,
  make: (collection: C) => z.ZodObject,
  collections: readonly C[] = COLLECTION_NAMES as C[],
): { schemas: Record<string, z.ZodObject>; collections: Map<string, C> } {
  const schemas: Record<string, z.ZodObject> = {};
  const byType = new Map<string, C>();
  for (const collection of collections) {
    const type = operationType(verb, collection);
    schemas[type] = make(collection);
    byType.set(type, collection);
  }
  return { schemas, collections: byType };
}

/** An operation's `index`: a whole number from 0. */
export const IndexSchema = z.number().int().min(0);

/** Any JSON object; payloads and `changes` are checked against the map when applied. */
export const ObjectSchema = z.record(z.string(), z.unknown());
