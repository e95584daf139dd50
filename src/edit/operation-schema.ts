import * as z from "zod";
import { COLLECTIONS, type CollectionName } from "../model/entities";
import { IdSchema } from "../model/primitives";
import type { JourneyMapIssue } from "../validate/issue";
import { issuesFromZod } from "../validate/from-zod";

/** An entity as an `add…` operation carries it: read like a document (arrays optional), `id` optional. */
export type EntityInput<C extends CollectionName> = Omit<z.input<(typeof COLLECTIONS)[C]["schema"]>, "id"> & { id?: string };

/** The fields of an entity an `update…` operation may carry: any but `id`, `null` to remove. */
export type EntityChanges<C extends CollectionName> = {
  [K in Exclude<keyof z.input<(typeof COLLECTIONS)[C]["schema"]>, "id">]?: z.input<(typeof COLLECTIONS)[C]["schema"]>[K] | null;
};

/** `{ type: "addTouchpoint", touchpoint, index? }` and its siblings for every collection. */
export type AddOperation = {
  [C in CollectionName]: { type: `add${Capitalize<(typeof COLLECTIONS)[C]["entity"]>}`; index?: number } & { [K in (typeof COLLECTIONS)[C]["entity"]]: EntityInput<C> };
}[CollectionName];

/**
 * `{ type: "updateTouchpoint", id, changes }` and its siblings. In `changes`, `null`
 * removes an optional field and arrays replace the whole array; `id` cannot change.
 */
export type UpdateOperation = {
  [C in CollectionName]: { type: `update${Capitalize<(typeof COLLECTIONS)[C]["entity"]>}`; id: string; changes: EntityChanges<C> };
}[CollectionName];

/** `{ type: "removeTouchpoint", id }` and its siblings; `removeStage` says what happens to its touchpoints. */
export type RemoveOperation =
  | { [C in Exclude<CollectionName, "stages">]: { type: `remove${Capitalize<(typeof COLLECTIONS)[C]["entity"]>}`; id: string } }[Exclude<CollectionName, "stages">]
  | { type: "removeStage"; id: string; touchpoints?: "remove"; moveTo?: string };

/** Moves a stage to `index` in the list of stages. */
export interface MoveStageOperation {
  type: "moveStage";
  id: string;
  index: number;
}

/** Moves a touchpoint to `index` among the touchpoints of `stageId` (default: its own stage). */
export interface MoveTouchpointOperation {
  type: "moveTouchpoint";
  id: string;
  index: number;
  stageId?: string;
}

/** Changes the map's own fields: title, description, objective, state, metadata, extensions. */
export interface UpdateMapOperation {
  type: "updateMap";
  changes: {
    title?: string;
    description?: string | null;
    objective?: string | null;
    state?: "current" | "future" | null;
    metadata?: Record<string, unknown> | null;
    extensions?: Record<string, unknown> | null;
  };
}

/** An edit of a journey map as plain JSON data: logged, replayed, undone, sent to collaborators. */
export type Operation = AddOperation | UpdateOperation | RemoveOperation | MoveStageOperation | MoveTouchpointOperation | UpdateMapOperation;

/** The `type` of every operation. */
export type OperationType = Operation["type"];

const capitalize = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const Index = z.number().int().min(0);
const Changes = z.record(z.string(), z.unknown());

let schema: z.ZodType<Operation> | undefined;

function buildSchema(): z.ZodType<Operation> {
  const options: z.ZodObject[] = [];
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { entity } = COLLECTIONS[collection];
    const name = capitalize(entity);
    // The payload is validated as the entity itself when the operation is applied, where
    // the map gives its issues a path; here it only has to be an object.
    options.push(z.strictObject({ type: z.literal(`add${name}`), [entity]: z.record(z.string(), z.unknown()), index: Index.optional() }));
    options.push(z.strictObject({ type: z.literal(`update${name}`), id: IdSchema, changes: Changes }));
    options.push(
      collection === "stages"
        ? z.strictObject({ type: z.literal("removeStage"), id: IdSchema, touchpoints: z.literal("remove").optional(), moveTo: IdSchema.optional() })
        : z.strictObject({ type: z.literal(`remove${name}`), id: IdSchema }),
    );
  }
  options.push(z.strictObject({ type: z.literal("moveStage"), id: IdSchema, index: Index }));
  options.push(z.strictObject({ type: z.literal("moveTouchpoint"), id: IdSchema, index: Index, stageId: IdSchema.optional() }));
  options.push(z.strictObject({ type: z.literal("updateMap"), changes: Changes }));
  return z.discriminatedUnion("type", options as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<Operation>;
}

/**
 * The zod schema of every {@link Operation}, built on first use. Entity payloads and
 * `changes` are checked against the map when the operation is applied.
 *
 * @example
 * ```ts
 * import { operationSchema } from "journeykit";
 *
 * operationSchema().safeParse({ type: "removeTouchpoint", id: "tp-1" }).success; // true
 * ```
 */
export function operationSchema(): z.ZodType<Operation> {
  schema ??= buildSchema();
  return schema;
}

/** The result of {@link safeParseOperation}. */
export type SafeParseOperationResult = { success: true; data: Operation; issues?: undefined } | { success: false; issues: JourneyMapIssue[]; data?: undefined };

const TYPES = () => (operationSchema() as unknown as z.ZodDiscriminatedUnion).options.map((o) => (o as z.ZodObject).shape.type.value as string);

/**
 * Validates an operation received from outside (a collaborator, a log, a request):
 * `{ success: true, data }`, or `{ success: false, issues }` with coded issues whose paths
 * start at `operation`. An unknown `type` names the nearest known one. Never throws.
 *
 * @example
 * ```ts
 * import { safeParseOperation } from "journeykit";
 *
 * const result = safeParseOperation(JSON.parse('{"type":"updateTouchpiont","id":"tp-1","changes":{}}'));
 * const message = result.success ? undefined : result.issues[0]?.message;
 * // 'operation.type: unknown operation type "updateTouchpiont"'
 * ```
 */
export function safeParseOperation(input: unknown): SafeParseOperationResult {
  try {
    const result = operationSchema().safeParse(input);
    if (result.success) return { success: true, data: result.data };
    const type = typeof input === "object" && input !== null ? (input as { type?: unknown }).type : undefined;
    const issues = issuesFromZod(result.error.issues, ["operation"], { schema: operationSchema() as unknown as z.ZodType, schemaPath: [] });
    if (typeof type === "string" && !TYPES().includes(type)) {
      for (const issue of issues) if (issue.path.length === 2 && issue.path[1] === "type") issue.message = `operation.type: unknown operation type ${JSON.stringify(type)}`;
    }
    return { success: false, issues };
  } catch (error) {
    return { success: false, issues: [{ code: "custom", path: ["operation"], message: `operation: could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
