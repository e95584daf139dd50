import { COLLECTIONS, type CollectionName, type EntityKind } from "../model/entities";
import type { JourneyMap } from "../model/journey-map";
import { REFERENCE_FIELDS } from "../model/references";
import { issuesFromZod } from "../validate/from-zod";
import { type IssuePath, type JourneyMapIssue, makeIssue } from "../validate/issue";
import { suggestNearest } from "../validate/suggest";
import { idKinds, idsOfKind } from "./lookup";
import { surveyScaleIssue } from "./survey-checks";

const KIND_NAMES: Partial<Record<EntityKind, string>> = { painPoint: "pain point" };
const kindName = (kind: EntityKind) => KIND_NAMES[kind] ?? kind;

/** Parses an entity with its collection's schema; the first issue has the entity's path in the map. */
export function parseEntity(collection: CollectionName, value: unknown, at: IssuePath): { entity: Record<string, unknown> } | { issue: JourneyMapIssue } {
  const schema = COLLECTIONS[collection].schema;
  const result = schema.safeParse(value);
  if (result.success) return { entity: result.data as Record<string, unknown> };
  const issues = issuesFromZod(result.error.issues, at, { schema, schemaPath: [], input: value });
  return { issue: issues[0] as JourneyMapIssue };
}

function unknownReference(map: JourneyMap, id: string, kind: EntityKind, at: IssuePath): JourneyMapIssue {
  const actual = idKinds(map).get(id);
  const suggestion = suggestNearest(id, idsOfKind(map, kind));
  const text =
    actual && actual !== "map"
      ? `${JSON.stringify(id)} is a ${kindName(actual)}, but this field must name a ${kindName(kind)}`
      : `no ${kindName(kind)} has the id ${JSON.stringify(id)}`;
  return makeIssue("unknown_reference", at, `${text}${suggestion ? `; did you mean "${suggestion}"?` : ""}`, {
    id,
    expected: kind,
    ...(suggestion ? { suggestion } : {}),
  });
}

/**
 * The first reference of `entity` (about to sit at `at` in `collection`) that names nothing
 * of the right kind in `map`, as validation would report it. `own` are ids the entity
 * brings itself (a persona's goals), which its references may name.
 */
export function referenceIssue(map: JourneyMap, collection: CollectionName, entity: Record<string, unknown>, at: IssuePath, own = new Map<string, EntityKind>()): JourneyMapIssue | undefined {
  const kinds = idKinds(map);
  const is = (id: unknown, kind: EntityKind) => typeof id === "string" && (own.get(id) ?? kinds.get(id)) === kind;
  for (const field of REFERENCE_FIELDS) {
    if (field.from !== collection) continue;
    const [first, , last] = field.path as [string, string?, string?];
    const value = entity[first];
    if (value === undefined) continue;
    if (last === undefined) {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!is(value[i], field.to)) return unknownReference(map, String(value[i]), field.to, [...at, first, i]);
      } else if (!is(value, field.to)) {
        return unknownReference(map, String(value), field.to, [...at, first]);
      }
      continue;
    }
    const items = value as Record<string, unknown>[];
    for (let i = 0; i < items.length; i++) {
      const id = items[i]?.[last];
      if (!is(id, field.to)) return unknownReference(map, String(id), field.to, [...at, first, i, last]);
    }
  }
  return surveyScaleIssue(map, collection, entity, at);
}

/** The ids an entity brings: its own, and a persona's goal ids. */
export function ownIds(collection: CollectionName, entity: Record<string, unknown>): Map<string, EntityKind> {
  const ids = new Map<string, EntityKind>([[entity.id as string, COLLECTIONS[collection].entity]]);
  if (collection === "personas") for (const goal of entity.goals as { id: string }[]) ids.set(goal.id, "goal");
  return ids;
}
