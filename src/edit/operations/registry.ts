import type * as z from "zod";
import { addEntity } from "./add-entity";
import type { OperationFamily } from "./family";
import { moveStage } from "./move-stage";
import { moveTouchpoint } from "./move-touchpoint";
import { removeEntity } from "./remove-entity";
import { removeStage } from "./remove-stage";
import { updateEntity } from "./update-entity";
import { updateMap } from "./update-map";

/**
 * Every operation family, the one registry: the operation types, their schemas, the
 * {@link Operation} type and the history's behaviour all derive from it. Adding an
 * operation is one module in this folder and one line here.
 */
export const OPERATION_FAMILIES = [addEntity, updateEntity, removeEntity, removeStage, moveStage, moveTouchpoint, updateMap] as const;

/** The operations of one family, inferred from its schemas. */
export type OperationOfFamily<F> = F extends OperationFamily<infer M> ? { [K in keyof M]: z.infer<M[K]> }[keyof M] : never;

/** Returns the family that owns an operation type, or `undefined` for an unknown type. */
export function familyOf(type: string): OperationFamily | undefined {
  return (OPERATION_FAMILIES as readonly OperationFamily[]).find((family) => Object.hasOwn(family.schemas(), type));
}

/** Returns every operation type, in registry order. */
export function operationTypes(): string[] {
  return (OPERATION_FAMILIES as readonly OperationFamily[]).flatMap((family) => Object.keys(family.schemas()));
}
