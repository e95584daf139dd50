import { JourneyMapSchema, type JourneyMap } from "../model/journey-map";
import { issuesFromZod } from "../validate/from-zod";
import { makeIssue } from "../validate/issue";
import { suggestNearest } from "../validate/suggest";
import { jsonEqual } from "./json-equal";
import type { Operation } from "./operation-schema";
import type { PlanResult, Writable } from "./plan";

/** The map's own fields that `updateMap` may change. */
export const MAP_FIELDS = ["title", "description", "objective", "state", "metadata", "extensions"] as const;

/** `updateMap`: the map's own fields; collections change through their own operations. */
export function planUpdateMap(map: JourneyMap, op: Writable): PlanResult {
  const changes = op.changes as Writable;
  for (const key of Object.keys(changes)) {
    if (!(MAP_FIELDS as readonly string[]).includes(key)) {
      const suggestion = suggestNearest(key, MAP_FIELDS);
      const why = key in JourneyMapSchema.shape ? `${JSON.stringify(key)} changes through its own operations (or never, for id and schemaVersion)` : `unknown field ${JSON.stringify(key)}`;
      return { issue: makeIssue("invalid_operation", ["operation", "changes", key], `${why}; updateMap changes ${MAP_FIELDS.join(", ")}${suggestion ? `; did you mean "${suggestion}"?` : ""}`) };
    }
  }
  const current = map as unknown as Writable;
  const keys = Object.keys(changes).filter((key) => !jsonEqual(current[key], changes[key] === null ? undefined : changes[key]));
  if (keys.length === 0) return { applied: { ...(op as object) } as Operation, inverse: [], structural: false, write: () => {} };
  const parsed: Writable = {};
  for (const key of keys) {
    if (changes[key] === null) {
      if (key === "title") return { issue: makeIssue("invalid_type", ["title"], "the title is required and cannot be removed") };
      continue;
    }
    const schema = JourneyMapSchema.shape[key as (typeof MAP_FIELDS)[number]];
    const result = schema.safeParse(changes[key]);
    if (!result.success) return { issue: issuesFromZod(result.error.issues, [key], { schema, schemaPath: [], input: changes[key] })[0]! };
    parsed[key] = result.data;
  }
  const previous = Object.fromEntries(keys.map((key) => [key, current[key] === undefined ? null : current[key]]));
  return {
    applied: { type: "updateMap", changes: Object.fromEntries(keys.map((k) => [k, changes[k]])) } as Operation,
    inverse: [{ type: "updateMap", changes: previous } as Operation],
    structural: false,
    write: (draft) => {
      const target = draft as unknown as Writable;
      for (const key of keys) {
        if (parsed[key] === undefined) delete target[key];
        else target[key] = parsed[key];
      }
    },
  };
}
