import * as z from "zod";
import { type JourneyMap, JourneyMapSchema } from "../../model/journey-map";
import { issuesFromZod } from "../../validate/from-zod";
import { makeIssue } from "../../validate/issue";
import { suggestNearest } from "../../validate/suggest";
import { limitIssue } from "../entity-checks";
import { jsonEqual } from "../json-equal";
import type { Operation } from "../operation-schema";
import type { PlanResult, Writable } from "../plan";
import { ObjectSchema } from "./collection-family";
import { lazy, type OperationFamily, updateGroupKey } from "./family";

/** The map's own fields that `updateMap` may change. */
export const MAP_FIELDS = ["title", "description", "objective", "state", "metadata", "extensions", "accTitle", "accDescr"] as const;

type MapField = Extract<(typeof MAP_FIELDS)[number], keyof typeof JourneyMapSchema.shape>;
type Shape = typeof JourneyMapSchema.shape;

/** What `updateMap` may change: the map's own fields, `null` removing an optional one (never the title). */
export type MapChanges = { [K in MapField]?: z.input<Shape[K]> | (K extends "title" ? never : null) };

const fields = (): string[] => MAP_FIELDS.filter((key) => key in JourneyMapSchema.shape);

const schemas = lazy(() => ({ updateMap: z.strictObject({ type: z.literal("updateMap"), changes: ObjectSchema.pipe(z.custom<MapChanges>()) }) }));

function unknownField(key: string) {
  const known = fields();
  if (key in JourneyMapSchema.shape) {
    const text = `${JSON.stringify(key)} changes through its own operations (or never, for id and schemaVersion); updateMap changes ${known.join(", ")}`;
    return { issue: makeIssue("invalid_operation", ["changes", key], text) };
  }
  const suggestion = suggestNearest(key, known);
  const hint = suggestion ? `; did you mean "${suggestion}"?` : `; known keys: ${known.join(", ")}`;
  return { issue: makeIssue("unrecognized_keys", ["changes", key], `unknown key ${JSON.stringify(key)}${hint}`, { keys: [key], ...(suggestion ? { suggestion } : {}) }) };
}

/** The changed fields parsed like the document's, or the first issue. */
function parseFields(changes: Writable, keys: readonly string[]): { parsed: Writable } | { issue: ReturnType<typeof makeIssue> } {
  const parsed: Writable = {};
  for (const key of keys) {
    if (changes[key] === null) {
      if (key === "title") return { issue: makeIssue("invalid_type", ["changes", "title"], "the title is required and cannot be removed") };
      continue;
    }
    const schema = JourneyMapSchema.shape[key as MapField] as z.ZodType;
    const result = schema.safeParse(changes[key]);
    if (!result.success) return { issue: issuesFromZod(result.error.issues, ["changes", key], { schema, schemaPath: ["changes", key], input: changes[key] })[0]! };
    parsed[key] = result.data;
  }
  const issue = limitIssue(parsed, 0, ["changes"]);
  return issue ? { issue } : { parsed };
}

/** The map's own fields; collections change through their own operations. */
function planUpdateMap(map: JourneyMap, op: Writable): PlanResult {
  const changes = op.changes as Writable;
  const known = fields();
  for (const key of Object.keys(changes)) if (!known.includes(key)) return unknownField(key);
  const current = map as unknown as Writable;
  const keys = Object.keys(changes).filter((key) => !jsonEqual(current[key], changes[key] === null ? undefined : changes[key]));
  if (keys.length === 0) return { applied: { ...op } as Operation, inverse: [], structural: false, write: () => {} };
  const result = parseFields(changes, keys);
  if ("issue" in result) return result;
  const { parsed } = result;
  const previous = Object.fromEntries(keys.map((key) => [key, current[key] === undefined ? null : current[key]]));
  return {
    applied: { type: "updateMap", changes: Object.fromEntries(keys.map((k) => [k, changes[k]])) },
    inverse: [{ type: "updateMap", changes: previous }],
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

/** `updateMap`: `{ type: "updateMap", changes }` for the map's own fields ({@link MAP_FIELDS}). */
export const updateMap: OperationFamily<ReturnType<typeof schemas>> = {
  schemas,
  plan: planUpdateMap,
  keepsPositions: () => true,
  groupKey: updateGroupKey,
};
