import type { JourneyMap } from "../model/journey-map";
import { applyOperations, type TransactionResult } from "./apply-operations";
import { applyPatches, type Patch } from "./immer";
import { carryIndexes } from "./lookup";
import type { Operation } from "./operation-schema";
import { familyOf } from "./operations/registry";
import type { ApplyOperationOptions, Writable } from "./plan";
import type { HistoryResult } from "./history";

interface Step {
  operations: Operation[];
  inverse: Operation[];
  inversePatches: Patch[];
  /** The inverse patches are valid: no remote edit happened since this step. */
  exact: boolean;
  group?: string;
  time: number;
  /** Some operation added, removed or moved entities (so cached positions do not carry over on undo). */
  structural: boolean;
}

/** Read from the families: does any operation of the list add, remove or move something? */
const isStructural = (ops: readonly Operation[]) => ops.some((op) => !familyOf(op.type)!.keepsPositions(op as Writable));

/** The family's group key for a single operation; a transaction never merges. */
function groupKey(ops: readonly Operation[]): string | undefined {
  if (ops.length !== 1) return undefined;
  const op = ops[0] as Writable;
  return typeof op?.type === "string" ? familyOf(op.type)?.groupKey(op) : undefined;
}

const nothing = (what: string): HistoryResult => ({ ok: false, issue: { code: "invalid_operation", path: [], message: `there is nothing to ${what}` } });

const newStep = (result: Extract<TransactionResult, { ok: true }>, time: number, group?: string): Step => ({
  operations: [...result.operations],
  inverse: result.inverse,
  inversePatches: result.inversePatches,
  exact: true,
  ...(group ? { group } : {}),
  time,
  structural: isStructural(result.operations),
});

/** The settings of the stacks, resolved by {@link createHistory}. */
interface StackOptions {
  depth: number;
  groupWithinMs: number;
  now: () => number;
  applyOptions: ApplyOperationOptions;
}

/**
 * Returns the undo and redo stacks of a history: `record` a local edit (merging it into the
 * last step when its family groups it), `undo`/`redo` against the current map (returning
 * the map to change to, the step already moved), `remoteEdit` after a collaborator's edit.
 */
export function createStacks({ depth, groupWithinMs, now, applyOptions }: StackOptions) {
  const undoStack: Step[] = [];
  let redoStack: Operation[][] = [];
  const record = (result: Extract<TransactionResult, { ok: true }>, ops: readonly Operation[]) => {
    redoStack = [];
    const time = now();
    const group = groupWithinMs > 0 ? groupKey(ops) : undefined;
    const last = undoStack[undoStack.length - 1];
    if (group && last?.exact && last.group === group && time - last.time <= groupWithinMs) {
      last.operations.push(...result.operations);
      last.inversePatches = [...result.inversePatches, ...last.inversePatches];
      last.inverse = [...result.inverse, ...last.inverse];
      last.time = time;
      last.structural ||= isStructural(result.operations);
      return;
    }
    undoStack.push(newStep(result, time, group));
    if (undoStack.length > depth) undoStack.shift();
  };
  const undo = (current: JourneyMap): HistoryResult => {
    const last = undoStack.pop();
    if (!last) return nothing("undo");
    let restored: JourneyMap;
    if (last.exact) {
      restored = applyPatches(current, last.inversePatches);
      if (!last.structural) carryIndexes(current, restored);
    } else {
      const result = applyOperations(current, last.inverse, applyOptions);
      if (!result.ok) return { ok: false, issue: result.issue };
      restored = result.map;
    }
    redoStack.push(last.operations);
    return { ok: true, map: restored };
  };
  const redo = (current: JourneyMap): HistoryResult => {
    const ops = redoStack.pop();
    if (!ops) return nothing("redo");
    const result = applyOperations(current, ops, applyOptions);
    if (!result.ok) return { ok: false, issue: result.issue };
    undoStack.push(newStep(result, now()));
    return { ok: true, map: result.map };
  };
  const remoteEdit = () => {
    for (const entry of undoStack) entry.exact = false;
  };
  return { record, undo, redo, remoteEdit, canUndo: () => undoStack.length > 0, canRedo: () => redoStack.length > 0 };
}
