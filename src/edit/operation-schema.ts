import * as z from "zod";
import type { CollectionName } from "../model/entities";
import { type IssuePath, type JourneyMapIssue, makeIssue, type PlainIssueCode } from "../validate/issue";
import { issuesFromZod } from "../validate/from-zod";
import { DEFAULT_LIMITS } from "../validate/limits";
import { checkLimits } from "../validate/read-input";
import { suggestNearest } from "../validate/suggest";
import type { AddSchema } from "./operations/add-entity";
import type { OperationFamily } from "./operations/family";
import { type OperationOfFamily, familyOf, OPERATION_FAMILIES, operationTypes } from "./operations/registry";
import type { RemoveSchema } from "./operations/remove-entity";
import type { UpdateSchema } from "./operations/update-entity";

export type { EntityInput } from "./operations/add-entity";
export type { EntityChanges } from "./operations/update-entity";
export type { MapChanges } from "./operations/update-map";

/**
 * An edit of a journey map as plain JSON data: logged, replayed, undone, sent to
 * collaborators. Inferred from the schemas of the registered operation families.
 */
export type Operation = OperationOfFamily<(typeof OPERATION_FAMILIES)[number]>;

/** The `type` of every operation. */
export type OperationType = Operation["type"];

/** `{ type: "addTouchpoint", touchpoint, index? }` and its siblings for every collection. */
export type AddOperation = { [C in CollectionName]: z.infer<AddSchema<C>> }[CollectionName];

/**
 * `{ type: "updateTouchpoint", id, changes }` and its siblings. In `changes`, `null`
 * removes an optional field and arrays replace the whole array; `id` cannot change.
 */
export type UpdateOperation = { [C in CollectionName]: z.infer<UpdateSchema<C>> }[CollectionName];

/** `{ type: "removeTouchpoint", id }` and its siblings, and `removeStage` with what happens to its touchpoints. */
export type RemoveOperation =
  | { [C in Exclude<CollectionName, "stages">]: z.infer<RemoveSchema<C>> }[Exclude<CollectionName, "stages">]
  | Extract<Operation, { type: "removeStage" }>;

/** Moves a stage to `index` in the list of stages. */
export type MoveStageOperation = Extract<Operation, { type: "moveStage" }>;

/** Moves a touchpoint to `index` among the touchpoints of `stageId` (default: its own stage). */
export type MoveTouchpointOperation = Extract<Operation, { type: "moveTouchpoint" }>;

/** Changes the map's own fields: title, description, objective, state, metadata, extensions. */
export type UpdateMapOperation = Extract<Operation, { type: "updateMap" }>;

let schema: z.ZodType<Operation> | undefined;

/**
 * Returns the zod schema of every {@link Operation} (a discriminated union on `type`, built
 * from the registry on first use); never fails. Entity payloads and `changes` are checked
 * against the map when the operation is applied.
 *
 * @example
 * ```ts
 * import { operationSchema } from "journeykit";
 *
 * operationSchema().safeParse({ type: "removeTouchpoint", id: "tp-1" }).success; // true
 * ```
 */
export function operationSchema(): z.ZodType<Operation> {
  if (schema) return schema;
  const options = (OPERATION_FAMILIES as readonly OperationFamily[]).flatMap((family) => Object.values(family.schemas()));
  schema = z.discriminatedUnion("type", options as [z.ZodObject, ...z.ZodObject[]]).pipe(z.custom<Operation>());
  return schema;
}

/** Why {@link safeParseOperation} refused an operation: coded issues, as validation reports them. */
export interface OperationError {
  /** The problems found, first the one an edit would report. */
  issues: JourneyMapIssue[];
}

/** The result of {@link safeParseOperation}: the shape of `safeParseJourneyMap` (`{ success, data }` or `{ success, error }`). */
export type SafeParseOperationResult = { success: true; data: Operation; error?: undefined } | { success: false; error: OperationError; data?: undefined };

/** Returns an issue about the operation as a whole, whose message starts with "operation". */
export function operationIssue(code: PlainIssueCode, path: IssuePath, text: string): JourneyMapIssue {
  const issue = makeIssue(code, path, text);
  return path.length === 0 ? { ...issue, message: `operation: ${text}` } : issue;
}

/** The first reason an operation is refused before its schema is read: its shape, limits, forbidden keys, type. */
function precheck(input: unknown): JourneyMapIssue | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return operationIssue("invalid_type", [], `expected an operation object, got ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}`);
  }
  // One level more than a document: `changes` of updateMap nests the map's own fields one deeper.
  // The exact limits of the map are checked on the values once they have their place in it.
  const limit = checkLimits(input, { ...DEFAULT_LIMITS, maxDepth: DEFAULT_LIMITS.maxDepth + 1 })[0];
  if (limit) return limit;
  const type = (input as { type?: unknown }).type;
  if (typeof type !== "string") return operationIssue("invalid_type", ["type"], `expected the operation type as a string${type === undefined ? "" : `, got ${typeof type}`}`);
  if (familyOf(type)) return undefined;
  const suggestion = suggestNearest(type, operationTypes());
  return operationIssue("invalid_operation", ["type"], `unknown operation type ${JSON.stringify(type)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
}

/** Reads an error's message without trusting it (a getter may throw). */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "an unreadable error";
  }
}

/**
 * Validates an operation received from outside (a collaborator, a log, a request) and
 * returns `{ success: true, data }`, or `{ success: false, error }` whose `error.issues`
 * hold every problem found (the first is the one an edit reports) — the shape of `safeParseJourneyMap`. Paths start at the
 * operation's own fields (`["changes", "emotoin"]`, `["type"]`); an unknown `type` is
 * `invalid_operation` naming the nearest known one; `__proto__`, `constructor` and
 * `prototype` keys at any depth are `invalid_key`; values beyond `DEFAULT_LIMITS` are
 * `limit_exceeded`. Never throws.
 *
 * @example
 * ```ts
 * import { safeParseOperation } from "journeykit";
 *
 * const result = safeParseOperation(JSON.parse('{"type":"updateTouchpiont","id":"tp-1","changes":{}}'));
 * const message = result.success ? undefined : result.error.issues[0]?.message;
 * // 'type: unknown operation type "updateTouchpiont"; did you mean "updateTouchpoint"?'
 * ```
 */
export function safeParseOperation(input: unknown): SafeParseOperationResult {
  try {
    const early = precheck(input);
    if (early) return { success: false, error: { issues: [early] } };
    const type = (input as { type: string }).type;
    const own = familyOf(type)!.schemas()[type]!;
    const result = own.safeParse(input);
    if (result.success) return { success: true, data: result.data as Operation };
    const issues = issuesFromZod(result.error.issues, [], { schema: own, schemaPath: [], input });
    return { success: false, error: { issues } };
  } catch (error) {
    return { success: false, error: { issues: [operationIssue("custom", [], `could not be read: ${describeError(error)}`)] } };
  }
}
