import type { CollectionName, EntityKind } from "../model/entities";
import type { JourneyMap } from "../model/journey-map";
import { REFERENCE_FIELDS } from "../model/references";
import type { Operation } from "./operation-schema";
import { operationType } from "./operations/collection-family";
import type { Writable } from "./plan";

/**
 * One field of one entity that loses references: where, and its value before and after;
 * or, with `drop`, a whole survey that goes (`before` is the survey).
 */
interface FieldChange {
  collection: CollectionName;
  index: number;
  id: string;
  field: string;
  before: unknown;
  after: unknown; // undefined removes the field
  drop?: true;
}

/** A survey's answers are about its touchpoint or stage, its persona and its scale: without one of them it goes too. */
const SURVEY_OWNERS = [
  ["touchpointId", "touchpoint"],
  ["stageId", "stage"],
  ["personaId", "persona"],
  ["scaleId", "scale"],
] as const;

/** The surveys that go with the removed ids, in map order. */
function droppedSurveys(map: JourneyMap, removed: Map<string, EntityKind>): FieldChange[] {
  const drops: FieldChange[] = [];
  const surveys = map.surveys ?? [];
  for (let index = 0; index < surveys.length; index++) {
    const survey = surveys[index]!;
    if (SURVEY_OWNERS.some(([field, kind]) => survey[field] !== undefined && removed.get(survey[field]) === kind)) {
      drops.push({ collection: "surveys", index, id: survey.id, field: "", before: survey, after: undefined, drop: true });
    }
  }
  return drops;
}

/**
 * Every reference to the `removed` ids, worked out on the original map: single references
 * are cleared, lists filtered, and list items naming a removed id (a persona's emotions, a
 * lane's notes) dropped; surveys about a removed touchpoint, stage, persona or scale go
 * too. Entities in `skip` (being removed themselves) are left alone.
 */
export function planCascade(map: JourneyMap, removed: Map<string, EntityKind>, skip: Set<string>): FieldChange[] {
  const changes = droppedSurveys(map, removed);
  const leave = changes.length > 0 ? new Set([...skip, ...changes.map((change) => change.id)]) : skip;
  const kinds = new Set(removed.values());
  for (const field of REFERENCE_FIELDS) {
    if (!kinds.has(field.to)) continue;
    const [first, , last] = field.path as [string, string?, string?];
    const list = (map[field.from] ?? []) as Record<string, unknown>[];
    for (let index = 0; index < list.length; index++) {
      const entity = list[index] as Record<string, unknown>;
      if (leave.has(entity.id as string)) continue;
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

/** Writes the cascade into a draft: fields first, then dropped surveys, last first. */
export function writeCascade(draft: JourneyMap, changes: readonly FieldChange[]): void {
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    if (change.drop) (draft[change.collection] as unknown as Writable[]).splice(change.index, 1);
  }
  for (const change of changes) {
    if (change.drop) continue;
    const entity = (draft[change.collection] as Writable[])[change.index] as Writable;
    if (change.after === undefined) delete entity[change.field];
    else entity[change.field] = change.after;
  }
}

/** The operations that put the cascade back: dropped surveys in map order, then one update per entity. */
export function restoreCascade(changes: readonly FieldChange[]): Operation[] {
  const adds = changes
    .filter((change) => change.drop)
    .map((change) => ({ type: operationType("add", "surveys"), survey: change.before, index: change.index }) as unknown as Operation);
  const byEntity = new Map<string, { collection: CollectionName; changes: Record<string, unknown> }>();
  for (const change of changes) {
    if (change.drop) continue;
    const entry = byEntity.get(change.id) ?? { collection: change.collection, changes: {} };
    entry.changes[change.field] = change.before;
    byEntity.set(change.id, entry);
  }
  const updates = [...byEntity].map(([id, { collection, changes }]) => ({ type: operationType("update", collection), id, changes }) as Operation);
  return [...adds, ...updates];
}
