import type { CollectionName, EntityKind } from "../model/entities";
import type { JourneyMap } from "../model/journey-map";
import { REFERENCE_FIELDS } from "../model/references";
import type { Operation } from "./operation-schema";
import { operationType } from "./operations/collection-family";
import type { Writable } from "./plan";

/** One field of one entity that loses references: where, and its value before and after. */
interface FieldChange {
  collection: CollectionName;
  index: number;
  id: string;
  field: string;
  before: unknown;
  after: unknown; // undefined removes the field
}

/**
 * Every reference to the `removed` ids, worked out on the original map: single references
 * are cleared, lists filtered, and list items naming a removed id (a persona's emotions, a
 * lane's notes) dropped. Entities in `skip` (being removed themselves) are left alone.
 */
export function planCascade(map: JourneyMap, removed: Map<string, EntityKind>, skip: Set<string>): FieldChange[] {
  const changes: FieldChange[] = [];
  const kinds = new Set(removed.values());
  for (const field of REFERENCE_FIELDS) {
    if (!kinds.has(field.to)) continue;
    const [first, , last] = field.path as [string, string?, string?];
    const list = map[field.from] as Record<string, unknown>[];
    for (let index = 0; index < list.length; index++) {
      const entity = list[index] as Record<string, unknown>;
      if (skip.has(entity.id as string)) continue;
      const value = entity[first];
      if (value === undefined) continue;
      let after: unknown = value;
      if (last !== undefined) {
        const items = value as Record<string, unknown>[];
        if (items.some((item) => removed.has(item[last] as string))) after = items.filter((item) => !removed.has(item[last] as string));
      } else if (Array.isArray(value)) {
        if (value.some((id) => removed.has(id))) after = value.filter((id) => !removed.has(id));
      } else if (removed.has(value as string)) {
        after = undefined;
      }
      if (after !== value) changes.push({ collection: field.from, index, id: entity.id as string, field: first, before: value, after });
    }
  }
  return changes;
}

/** Writes the cascade into a draft. */
export function writeCascade(draft: JourneyMap, changes: readonly FieldChange[]): void {
  for (const change of changes) {
    const entity = (draft[change.collection] as Writable[])[change.index] as Writable;
    if (change.after === undefined) delete entity[change.field];
    else entity[change.field] = change.after;
  }
}

/** The updates that put the cascaded references back (one per entity). */
export function restoreCascade(changes: readonly FieldChange[]): Operation[] {
  const byEntity = new Map<string, { collection: CollectionName; changes: Record<string, unknown> }>();
  for (const change of changes) {
    const entry = byEntity.get(change.id) ?? { collection: change.collection, changes: {} };
    entry.changes[change.field] = change.before;
    byEntity.set(change.id, entry);
  }
  return [...byEntity].map(([id, { collection, changes }]) => ({ type: operationType("update", collection), id, changes }) as Operation);
}
