import type * as z from "zod";
import type { JourneyMap } from "../../model/journey-map";
import type { PlanContext, PlanResult, Writable } from "../plan";

/**
 * One family of operations (`add<Entity>` for every collection, `moveStage`, …): the zod
 * schema of each of its operation types, by type, and the plan that works out what an
 * operation of the family does. The TypeScript {@link Operation} type is inferred from
 * `schemas`, so the shape is written once. Properties the history reads are declared here
 * instead of guessed from the type name.
 */
export interface OperationFamily<M extends Record<string, z.ZodObject> = Record<string, z.ZodObject>> {
  /** The schema of each operation type of the family, by type; built on first use, then cached. */
  schemas: () => M;
  /** Works out, on the original map, what a parsed operation of the family does. */
  plan: (map: JourneyMap, op: Writable, context: PlanContext) => PlanResult;
  /**
   * True when an accepted operation adds, removes and moves nothing and changes no id,
   * so that cached positions and id kinds carry over to the result (and back on undo).
   */
  keepsPositions: (op: Writable) => boolean;
  /**
   * The key under which consecutive operations merge into one undo step (typing in a
   * field), or `undefined` when they never merge.
   */
  groupKey: (op: Writable) => string | undefined;
}

/** Returns a function that builds `make()` once, on first call, and then returns it. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** Groups updates of the same fields of the same entity (or of the map). */
export function updateGroupKey(op: Writable): string | undefined {
  const changes = op.changes;
  if (typeof changes !== "object" || changes === null) return undefined;
  return `${String(op.type)}\u0000${typeof op.id === "string" ? op.id : ""}\u0000${Object.keys(changes).sort().join(",")}`;
}

/** For families whose operations never merge. */
export const neverGroups = (): undefined => undefined;
