import type { JourneyMap } from "../model/journey-map";
import type { JourneyMapIssue } from "../validate/issue";
import { planAdd } from "./add";
import { immer, type Patch } from "./immer";
import { carryIndexes } from "./lookup";
import { planMoveStage, planMoveTouchpoint } from "./move";
import { parseType } from "./names";
import { type Operation, safeParseOperation } from "./operation-schema";
import type { ApplyOptions, Plan, PlanResult, Writable } from "./plan";
import { planRemove } from "./remove";
import { planUpdate } from "./update";
import { planUpdateMap } from "./update-map";

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

/** Works out what an operation does, on the original map, before anything is written. */
export function planOperation(map: JourneyMap, op: Operation, options: ApplyOptions): PlanResult {
  const raw = op as unknown as Writable;
  switch (op.type) {
    case "moveStage":
      return planMoveStage(map, raw);
    case "moveTouchpoint":
      return planMoveTouchpoint(map, raw);
    case "updateMap":
      return planUpdateMap(map, raw);
  }
  const kind = parseType(op.type)!;
  if (kind.verb === "add") return planAdd(map, kind.collection, raw, options);
  if (kind.verb === "update") return planUpdate(map, kind.collection, raw);
  return planRemove(map, kind.collection, raw);
}

/** Validates an operation from outside and plans it; issues come back as a refusal. */
export function checkAndPlan(map: JourneyMap, op: unknown, options: ApplyOptions): PlanResult {
  const parsed = safeParseOperation(op);
  if (!parsed.success) return { issue: parsed.issues[0]! };
  try {
    return planOperation(map, parsed.data, options);
  } catch (error) {
    // Only a map that was not valid to begin with gets here.
    return { issue: { code: "custom", path: [], message: `the operation could not be applied: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

/**
 * Applies one edit to a map, immutably, with immer: `{ ok: true, map, patches,
 * inversePatches, operations, inverse }`, or `{ ok: false, issue }` with a coded issue and
 * the input untouched. An accepted result always passes {@link safeParseJourneyMap}: the
 * operation is validated like a document (entity payloads, `changes`, references — with
 * "did you mean"), removals take every reference to the removed entity with them, and a
 * stage that still has touchpoints is removed only with `{ touchpoints: "remove" }` or
 * `{ moveTo }`. An edit that changes nothing returns the input map itself. The map is
 * treated as immutable and is not frozen: never mutate it.
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
 *   const message = sad.ok ? undefined : sad.issue.message; // "touchpoints[0].emotion: …at most 5"
 * }
 * ```
 */
export function applyOperation(map: JourneyMap, op: Operation, options: ApplyOptions = {}): EditResult {
  const plan = checkAndPlan(map, op, options);
  if ("issue" in plan) return { ok: false, issue: plan.issue };
  return commit(map, plan);
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
