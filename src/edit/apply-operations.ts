import type { JourneyMap } from "../model/journey-map";
import type { JourneyMapIssue } from "../validate/issue";
import { type AppliedEdit, checkAndPlan, commit } from "./apply-operation";
import type { Patch } from "./immer";
import type { Operation } from "./operation-schema";
import type { ApplyOptions } from "./plan";

/** A refused transaction: the first operation that failed, at `index`; the input is untouched. */
export interface RefusedTransaction {
  ok: false;
  issue: JourneyMapIssue;
  index: number;
}

/** The result of {@link applyOperations}. */
export type TransactionResult = AppliedEdit | RefusedTransaction;

/**
 * Applies operations in order, all or nothing: one combined set of patches and inverse
 * patches, or `{ ok: false, issue, index }` naming the first operation that was refused,
 * with the input untouched. Each operation sees the result of the ones before it.
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
export function applyOperations(map: JourneyMap, ops: readonly Operation[], options: ApplyOptions = {}): TransactionResult {
  if (!Array.isArray(ops)) {
    return { ok: false, index: 0, issue: { code: "invalid_type", path: ["operations"], message: "operations: expected an array of operations" } };
  }
  let current = map;
  const patches: Patch[] = [];
  const inversePatches: Patch[][] = [];
  const operations: Operation[] = [];
  const inverse: Operation[][] = [];
  for (let index = 0; index < ops.length; index++) {
    const plan = checkAndPlan(current, ops[index], options);
    if ("issue" in plan) {
      const issue = { ...plan.issue, path: plan.issue.path[0] === "operation" ? ["operations", index, ...plan.issue.path.slice(1)] : plan.issue.path };
      if (plan.issue.path[0] === "operation") issue.message = issue.message.replace(/^operation/, `operations[${index}]`);
      return { ok: false, issue, index };
    }
    const edit = commit(current, plan);
    current = edit.map;
    patches.push(...edit.patches);
    inversePatches.push(edit.inversePatches);
    operations.push(...edit.operations);
    inverse.push(edit.inverse);
  }
  return {
    ok: true,
    map: current,
    patches,
    inversePatches: inversePatches.reverse().flat(),
    operations,
    inverse: inverse.reverse().flat(),
  };
}
