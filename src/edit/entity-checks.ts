import { COLLECTIONS, type CollectionName, type EntityKind, entityLabel, entityLabelWithArticle } from "../model/entities";
import type { JourneyMap } from "../model/journey-map";
import { REFERENCE_FIELDS } from "../model/references";
import { issuesFromZod } from "../validate/from-zod";
import { formatPath, type IssuePath, type JourneyMapIssue, makeIssue } from "../validate/issue";
import { DEFAULT_LIMITS } from "../validate/limits";
import { checkLimits } from "../validate/read-input";
import { suggestNearest } from "../validate/suggest";
import { idKinds, idsOfKind } from "./lookup";
import { surveyScaleIssue } from "./survey-checks";

/**
 * Parses an entity with its collection's schema; the first issue has the path of the
 * operation field that carried it (`at`: `["touchpoint"]` for an add, `["changes"]` for an
 * update), an unknown key (with the nearest known one) before any other.
 */
export function parseEntity(collection: CollectionName, value: unknown, at: IssuePath): { entity: Record<string, unknown> } | { issue: JourneyMapIssue } {
  const schema = COLLECTIONS[collection].schema;
  const result = schema.safeParse(value);
  if (result.success) return { entity: result.data as Record<string, unknown> };
  const issues = issuesFromZod(result.error.issues, at, { schema, schemaPath: at, input: value });
  // A misspelt key explains a "required" issue for the same field: report it first.
  return { issue: issues.find((issue) => issue.code === "unrecognized_keys") ?? issues[0] ?? makeIssue("custom", at, "the value is not valid") };
}

/**
 * The first limit of {@link DEFAULT_LIMITS} that `value` would break once it sits `depth`
 * levels deep in the map (an entity: 2; a field of the map: 1), with its path behind `at`;
 * the check {@link safeParseJourneyMap} makes, so that an accepted edit loads again.
 */
export function limitIssue(value: unknown, depth: number, at: IssuePath): JourneyMapIssue | undefined {
  const issue = checkLimits(value, { ...DEFAULT_LIMITS, maxDepth: DEFAULT_LIMITS.maxDepth - depth })[0];
  if (!issue) return undefined;
  const path = [...at, ...issue.path];
  if (issue.code === "limit_exceeded" && issue.limit === "maxDepth") {
    return makeIssue("limit_exceeded", path, `the nesting depth in the map exceeds the limit maxDepth = ${DEFAULT_LIMITS.maxDepth}`, {
      limit: "maxDepth",
      maximum: DEFAULT_LIMITS.maxDepth,
    });
  }
  return { ...issue, path, message: `${formatPath(path)}: ${issue.message.slice(issue.message.indexOf(": ") + 2)}` };
}

/** The `not_found` issue for an id that names no entity of a kind, with the nearest id of that kind. */
export function notFound(kind: string, id: string, ids: Iterable<string>, at: IssuePath): { issue: JourneyMapIssue } {
  const suggestion = suggestNearest(id, ids);
  const text = `no ${entityLabel(kind)} has the id ${JSON.stringify(id)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`;
  return { issue: makeIssue("not_found", at, text, { id, ...(suggestion ? { suggestion } : {}) }) };
}

function unknownReference(map: JourneyMap, id: string, kind: EntityKind, at: IssuePath): JourneyMapIssue {
  const actual = idKinds(map).get(id);
  const suggestion = suggestNearest(id, idsOfKind(map, kind));
  const text =
    actual && actual !== "map"
      ? `${JSON.stringify(id)} is ${entityLabelWithArticle(actual)}, but this field must name ${entityLabelWithArticle(kind)}`
      : `no ${entityLabel(kind)} has the id ${JSON.stringify(id)}`;
  return makeIssue("unknown_reference", at, `${text}${suggestion ? `; did you mean "${suggestion}"?` : ""}`, {
    id,
    expected: kind,
    ...(suggestion ? { suggestion } : {}),
  });
}

/**
 * The first reference of `entity` (about to sit in `collection`) that names nothing of the
 * right kind in `map`, as validation would report it, with its path behind `at`. `own`
 * are ids the entity brings itself (a persona's goals), which its references may name.
 */
export function referenceIssue(
  map: JourneyMap,
  collection: CollectionName,
  entity: Record<string, unknown>,
  at: IssuePath,
  own = new Map<string, EntityKind>(),
): JourneyMapIssue | undefined {
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

/**
 * The first id that `entity` brings (its own and its goals') that is already used in the
 * map — except by the ids in `replaced`, which the edit takes away — or twice by the
 * entity itself; `duplicate_id`, with the path behind `at`.
 */
export function duplicateIssue(
  map: JourneyMap,
  collection: CollectionName,
  entity: Record<string, unknown>,
  at: IssuePath,
  replaced: ReadonlySet<string> = new Set(),
): JourneyMapIssue | undefined {
  const kinds = idKinds(map);
  const brought: [string, IssuePath][] = [[entity.id as string, [...at, "id"]]];
  if (collection === "personas") {
    (entity.goals as { id: string }[]).forEach((goal, i) => {
      brought.push([goal.id, [...at, "goals", i, "id"]]);
    });
  }
  const seen = new Set<string>();
  for (const [id, path] of brought) {
    if ((kinds.has(id) && !replaced.has(id)) || seen.has(id)) {
      return makeIssue("duplicate_id", path, `the id ${JSON.stringify(id)} is already used in the map; ids must be unique across the document`, { id });
    }
    seen.add(id);
  }
  return undefined;
}
