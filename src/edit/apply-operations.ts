import type { JourneyMap } from "../model/journey-map";
import type { JourneyMapIssue } from "../validate/issue";
import { type AppliedEdit, checkAndPlan, commit } from "./apply-operation";
import type { Patch } from "./immer";
import { describeError, type Operation, operationIssue } from "./operation-schema";
import type { ApplyOperationsOptions } from "./plan";

/** A refused transaction: the first operation that failed, at `index`; the input is untouched. */
export interface RefusedTransaction {
  ok: false;
  /** Why, with the same path as {@link applyOperation} gives for that operation alone. */
  issue: JourneyMapIssue;
  /** The position of the refused operation in the list. */
  index: number;
}

/** The result of {@link applyOperations}. */
export type TransactionResult = AppliedEdit | RefusedTransaction;

/**
 * Applies operations in order, all or nothing: one combined set of patches and inverse
 * patches, or `{ ok: false, issue, index }` naming the first operation that was refused,
 * with the input untouched; the issue is the one {@link applyOperation} gives for that
 * operation alone (same code, path and message), and `index` says which. Each operation
 * sees the result of the ones before it. Never throws for bad operations.
 *
 * @example
 * ```ts
 * import { applyOperations, createJourneyMap } from "journeykit";
 *
 * const map = createJourneyMap({ title: "Coffee" });
 * const result = applyOperations(map, [
 *   { type: "addTeam", team: { id: "team-bar", name: "Baristas" } },
 *   { type: "addTouchpoint", touchpoint: { id: "tp-order", stageId: "s-purchase", name: "Order", ownerId: "team-bar" } },
 * ]);
 * const count = result.ok ? result.map.touchpoints.length : 0; // 1
 * // When one fails: result.ok is false, result.index names it, result.issue says why,
 * // and no operation of the batch has been applied.
 * ```
 */
export function applyOperations(map: JourneyMap, ops: readonly Operation[], options: ApplyOperationsOptions = {}): TransactionResult {
  let index = 0;
  try {
    return applyAll(map, ops, options, (at) => {
      index = at;
    });
  } catch (error) {
    // Only a list whose getters or proxy traps throw gets here.
    return { ok: false, index, issue: operationIssue("custom", [], `could not be read: ${describeError(error)}`) };
  }
}

function applyAll(map: JourneyMap, ops: readonly Operation[], options: ApplyOperationsOptions, at: (index: number) => void): TransactionResult {
  if (!Array.isArray(ops)) return { ok: false, index: 0, issue: operationIssue("invalid_type", [], "expected an array of operations") };
  let current = map;
  const patches: Patch[] = [];
  const inversePatches: Patch[][] = [];
  const operations: Operation[] = [];
  const inverse: Operation[][] = [];
  for (let index = 0; index < ops.length; index++) {
    at(index);
    const plan = checkAndPlan(current, ops[index], options);
    if ("issue" in plan) return { ok: false, issue: plan.issue, index };
    const edit = commit(current, plan);
    current = edit.map;
    patches.push(...edit.patches);
    inversePatches.push(edit.inversePatches);
    operations.push(...edit.operations);
    inverse.push(edit.inverse);
  }
  return { ok: true, map: current, patches, inversePatches: inversePatches.reverse().flat(), operations, inverse: inverse.reverse().flat() };
}
