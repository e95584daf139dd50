import type { CollectionName, EntityKind } from "../model/entities";
import type { JourneyMap } from "../model/journey-map";
import { makeIssue } from "../validate/issue";
import { planCascade, restoreCascade, writeCascade } from "./cascade";
import { parseEntity, referenceIssue } from "./entity-checks";
import { jsonEqual } from "./json-equal";
import { positionOf } from "./lookup";
import { typeOf } from "./names";
import type { Operation } from "./operation-schema";
import type { PlanResult, Writable } from "./plan";

/** `update<Entity>`: the changed entity must parse and its references resolve; `null` removes a field. */
export function planUpdate(map: JourneyMap, collection: CollectionName, op: Writable): PlanResult {
  const id = op.id as string;
  const list = (map[collection] ?? []) as unknown as Writable[];
  const index = positionOf(list as unknown as { id: string }[], id);
  if (index < 0) return { issue: makeIssue("not_found", ["operation", "id"], `no ${collection === "painPoints" ? "pain point" : collection.replace(/s$/, "")} has the id ${JSON.stringify(id)}`, { id }) };
  const current = list[index] as Writable;
  const changes = op.changes as Writable;
  if ("id" in changes) return { issue: makeIssue("invalid_operation", ["operation", "changes", "id"], "an id never changes; remove the entity and add a new one") };
  const keys = Object.keys(changes).filter((key) => !jsonEqual(current[key], changes[key] === null ? undefined : changes[key]));
  if (keys.length === 0) return { applied: { ...(op as object) } as Operation, inverse: [], structural: false, write: () => {} };

  const merged: Writable = { ...current };
  for (const key of keys) {
    if (changes[key] === null) delete merged[key];
    else merged[key] = changes[key];
  }
  const at = [collection, index];
  const parsed = parseEntity(collection, merged, at);
  if ("issue" in parsed) return parsed;
  const entity = parsed.entity;
  const own = new Map<string, EntityKind>();
  if (collection === "personas") for (const goal of entity.goals as { id: string }[]) own.set(goal.id, "goal");
  const problem = referenceIssue(map, collection, entity, at, own);
  if (problem) return { issue: problem };

  // A persona's goals that disappear take their references with them.
  const lostGoals = new Map<string, EntityKind>();
  if (collection === "personas" && keys.includes("goals")) {
    for (const goal of current.goals as { id: string }[]) if (!own.has(goal.id)) lostGoals.set(goal.id, "goal");
  }
  const cascade = lostGoals.size ? planCascade(map, lostGoals, new Set()) : [];
  const previous: Writable = {};
  for (const key of keys) previous[key] = current[key] === undefined ? null : current[key];
  return {
    applied: { type: typeOf("update", collection), id, changes: Object.fromEntries(keys.map((k) => [k, changes[k]])) } as Operation,
    inverse: [{ type: typeOf("update", collection), id, changes: previous } as Operation, ...restoreCascade(cascade)],
    structural: lostGoals.size > 0 || (collection === "personas" && keys.includes("goals")),
    write: (draft) => {
      const target = (draft[collection] as unknown as Writable[])[index] as Writable;
      for (const key of keys) {
        if (entity[key] === undefined) delete target[key];
        else target[key] = entity[key];
      }
      writeCascade(draft, cascade);
    },
  };
}
