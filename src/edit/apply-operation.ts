import { createId } from "../model/create-id";
import type { JourneyMap } from "../model/journey-map";
import type { JourneyMapIssue } from "../validate/issue";
import { immer, type Patch } from "./immer";
import { carryIndexes } from "./lookup";
import { describeError, type Operation, operationIssue, safeParseOperation } from "./operation-schema";
import { familyOf } from "./operations/registry";
import type { ApplyOperationOptions, Plan, PlanResult, Writable } from "./plan";

/** An accepted edit: the new map, immer patches both ways, and the operations as data. */
export interface AppliedEdit {
  ok: true;
  /** The edited map; the input when nothing changed. Untouched entities keep their identity. */
  map: JourneyMap;
  /** Replays the edit on the input map (`applyPatches(input, patches)`). */
  patches: Patch[];
  /** Undoes the edit on the result (`applyPatches(map, inversePatches)`). */
  inversePatches: Patch[];
  /** The operations as applied, with generated ids filled in: replaying them gives the same map. */
  operations: Operation[];
  /** Operations that undo the edit, naming entities by id (valid after collaborators' edits too). */
  inverse: Operation[];
}

/** A refused edit: a coded issue, as validation reports them; the input is untouched. */
export interface RefusedEdit {
  ok: false;
  issue: JourneyMapIssue;
}

/** The result of {@link applyOperation}. */
export type EditResult = AppliedEdit | RefusedEdit;

/**
 * Validates an operation from outside and plans it with its family; every problem —
 * including an input whose getters or proxy traps throw — comes back as an issue.
 */
export function checkAndPlan(map: JourneyMap, op: unknown, options: ApplyOperationOptions): PlanResult {
  const parsed = safeParseOperation(op);
  if (!parsed.success) return { issue: parsed.error.issues[0]! };
  try {
    const data = parsed.data as Writable;
    return familyOf(parsed.data.type)!.plan(map, data, { generateId: options.generateId ?? createId });
  } catch (error) {
    // Only a map that was not valid to begin with gets here.
    return { issue: operationIssue("custom", [], `could not be applied: ${describeError(error)}`) };
  }
}

/** Writes a planned edit with immer. */
export function commit(map: JourneyMap, plan: Plan): AppliedEdit {
  const [next, patches, inversePatches] = immer().produceWithPatches(map, (draft) => {
    plan.write(draft as JourneyMap);
  });
  if (patches.length === 0) return { ok: true, map, patches: [], inversePatches: [], operations: [plan.applied], inverse: [] };
  if (!plan.structural) carryIndexes(map, next as JourneyMap);
  return { ok: true, map: next as JourneyMap, patches, inversePatches, operations: [plan.applied], inverse: plan.inverse };
}

/**
 * Applies one edit to a map, immutably, with immer: `{ ok: true, map, patches,
 * inversePatches, operations, inverse }`, or `{ ok: false, issue }` with a coded issue and
 * the input untouched (never throws for a bad operation). An accepted result always passes
 * {@link safeParseJourneyMap} with the default limits: the operation is validated like a
 * document (entity payloads, `changes`, ids, references, limits — with "did you mean"),
 * removals take every reference to the removed entity with them, and a stage that still
 * has touchpoints is removed only with `{ touchpoints: "remove" }` or `{ moveTo }`. Issue
 * paths start at the operation's own fields (`["changes", "emotion"]`). An edit that
 * changes nothing returns the input map itself. The map is treated as immutable and is
 * not frozen: never mutate it.
 *
 * @example
 * ```ts
 * import { applyOperation, createJourneyMap } from "journeykit";
 *
 * const map = createJourneyMap({ title: "Coffee" });
 * const added = applyOperation(map, { type: "addTouchpoint", touchpoint: { stageId: "s-purchase", name: "Order" } });
 * if (added.ok) {
 *   const [tp] = added.map.touchpoints;
 *   const sad = applyOperation(added.map, { type: "updateTouchpoint", id: tp!.id, changes: { emotion: 9 } });
 *   const message = sad.ok ? undefined : sad.issue.message; // "changes.emotion: must be at most 5, got 9"
 * }
 * ```
 */
export function applyOperation(map: JourneyMap, op: Operation, options: ApplyOperationOptions = {}): EditResult {
  const plan = checkAndPlan(map, op, options);
  if ("issue" in plan) return { ok: false, issue: plan.issue };
  return commit(map, plan);
}
