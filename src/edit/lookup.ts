import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type EntityKind } from "../model/entities";
import type { JourneyMap } from "../model/journey-map";

const positions = new WeakMap<readonly unknown[], Map<string, number>>();
const kinds = new WeakMap<JourneyMap, Map<string, EntityKind | "map">>();

/**
 * The position of the entity with `id` in `list`, from an index cached per array, so that
 * edits find their entity without reading every element (through an immer draft each
 * read would cost a proxy). Arrays are never mutated, so the cache stays true.
 */
export function positionOf(list: readonly { id: string }[], id: string): number {
  let index = positions.get(list);
  if (!index) {
    index = new Map();
    for (let i = 0; i < list.length; i++) index.set((list[i] as { id: string }).id, i);
    positions.set(list, index);
  }
  return index.get(id) ?? -1;
}

/** Every id of the map (entities, persona goals and the map itself) with its kind; cached per map. */
export function idKinds(map: JourneyMap): Map<string, EntityKind | "map"> {
  let index = kinds.get(map);
  if (index) return index;
  index = new Map([[map.id, "map"]]);
  for (const collection of COLLECTION_NAMES) {
    const kind = COLLECTIONS[collection].entity;
    for (const entity of (map[collection] ?? []) as { id: string }[]) index.set(entity.id, kind);
  }
  for (const persona of map.personas) for (const goal of persona.goals) index.set(goal.id, "goal");
  kinds.set(map, index);
  return index;
}

/** The ids of one kind, for "did you mean" suggestions. */
export function idsOfKind(map: JourneyMap, kind: EntityKind): string[] {
  const out: string[] = [];
  for (const [id, k] of idKinds(map)) if (k === kind) out.push(id);
  return out;
}

/** The collection that holds entities of `entity` kind. */
export function collectionOf(entity: string): CollectionName | undefined {
  return COLLECTION_NAMES.find((c) => COLLECTIONS[c].entity === entity);
}

/**
 * After an edit that added, removed and moved nothing, the new map's arrays hold the same
 * ids at the same positions: hand the cached indexes on instead of rebuilding them.
 */
export function carryIndexes(before: JourneyMap, after: JourneyMap): void {
  for (const collection of COLLECTION_NAMES) {
    const old = (before[collection] ?? []) as readonly unknown[];
    const next = (after[collection] ?? []) as readonly unknown[];
    if (old === next) continue;
    const index = positions.get(old);
    if (index && old.length === next.length) positions.set(next, index);
  }
  const ids = kinds.get(before);
  if (ids && before.id === after.id) kinds.set(after, ids);
}
