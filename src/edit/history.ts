import type { JourneyMap } from "../model/journey-map";
import type { JourneyMapIssue } from "../validate/issue";
import { type TransactionResult, applyOperations } from "./apply-operations";
import { applyPatches, type Patch } from "./immer";
import { carryIndexes } from "./lookup";
import type { Operation } from "./operation-schema";
import type { ApplyOptions } from "./plan";

/** Options of {@link createHistory}. */
export interface HistoryOptions extends ApplyOptions {
  /** Undo steps kept; the oldest are dropped beyond it. @defaultValue 100 */
  depth?: number;
  /**
   * Consecutive updates of the same fields of the same entity within this many
   * milliseconds become one undo step (typing in a field). 0 turns grouping off.
   * @defaultValue 0
   */
  groupWithinMs?: number;
  /** The clock grouping reads; inject one in tests. @defaultValue Date.now */
  now?: () => number;
}

/** The result of {@link History.undo} and {@link History.redo}. */
export type StepResult = { ok: true; map: JourneyMap } | { ok: false; issue: JourneyMapIssue };

/** An undoable editing session over one map. */
export interface History {
  /** The map as it is now. */
  readonly current: JourneyMap;
  /** Applies a local edit — an operation, or an array applied all or nothing as one undo step — and clears the redo stack. */
  apply(op: Operation | readonly Operation[]): TransactionResult;
  /** Applies operations received from a collaborator; they are not undoable here, and local steps stay undoable. */
  applyRemote(op: Operation | readonly Operation[]): TransactionResult;
  /** Undoes the last local step. */
  undo(): StepResult;
  /** Redoes the last undone step. */
  redo(): StepResult;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Calls `listener` with the new map after every change; returns the function that unsubscribes. */
  subscribe(listener: (map: JourneyMap) => void): () => void;
}

interface Step {
  operations: Operation[];
  inverse: Operation[];
  inversePatches: Patch[];
  /** The inverse patches are valid: no remote edit happened since this step. */
  exact: boolean;
  group?: string;
  time: number;
  /** Entities were added, removed or moved (so cached positions do not carry over on undo). */
  structural: boolean;
}

const isStructural = (ops: readonly Operation[]) => ops.some((op) => !op.type.startsWith("update") || op.type === "updatePersona");

const list = (op: Operation | readonly Operation[]): readonly Operation[] => (Array.isArray(op) ? op : [op as Operation]);

/** Updates of the same fields of the same entity may merge into one step. */
function groupKey(ops: readonly Operation[]): string | undefined {
  if (ops.length !== 1) return undefined;
  const op = ops[0] as { type: string; id?: string; changes?: object };
  if (!op.type.startsWith("update") || !op.changes) return undefined;
  return `${op.type}\u0000${op.id ?? ""}\u0000${Object.keys(op.changes).sort().join(",")}`;
}

const nothing = (what: string): StepResult => ({ ok: false, issue: { code: "invalid_operation", path: [], message: `there is nothing to ${what}` } });

/**
 * Creates an editing session with undo and redo over `map`. Each `apply` is one undo step
 * (an array of operations is one transaction); a new edit clears the redo stack; `depth`
 * bounds the stack; updates of the same fields within `groupWithinMs` merge (typing), by
 * the injected clock — the library never sets a timer.
 *
 * Collaboration: `applyRemote` applies a collaborator's operations on top of the current
 * map. Undo steps keep both their inverse patches (exact, but tied to array positions) and
 * inverse operations (by id): until a remote edit arrives undo uses the patches and
 * restores the previous map exactly; after one it applies the inverse operations, which
 * are validated like any edit — a step that no longer applies (its entity was removed
 * remotely) is refused with an issue and dropped, and the map is never corrupted.
 *
 * @example
 * ```ts
 * import { createHistory, createJourneyMap } from "journeykit";
 *
 * const history = createHistory(createJourneyMap({ title: "Coffee" }));
 * const titles: string[] = [];
 * const stop = history.subscribe((map) => titles.push(map.title));
 * history.apply({ type: "updateMap", changes: { title: "Tea" } }); // titles: ["Tea"]
 * history.undo(); // titles: ["Tea", "Coffee"]
 * history.canRedo(); // true
 * stop();
 * ```
 */
export function createHistory(map: JourneyMap, options: HistoryOptions = {}): History {
  const { depth = 100, groupWithinMs = 0, now = Date.now } = options;
  if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`options.depth must be a positive integer, got ${String(depth)}`);
  if (!(groupWithinMs >= 0)) throw new RangeError(`options.groupWithinMs must be 0 or more, got ${String(groupWithinMs)}`);
  const applyOptions: ApplyOptions = options.createId ? { createId: options.createId } : {};
  let current = map;
  const undoStack: Step[] = [];
  let redoStack: Operation[][] = [];
  const listeners = new Set<(map: JourneyMap) => void>();

  const change = (next: JourneyMap) => {
    if (next === current) return;
    current = next;
    for (const listener of [...listeners]) listener(current);
  };
  const record = (result: Extract<TransactionResult, { ok: true }>, ops: readonly Operation[]) => {
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
    undoStack.push({
      operations: [...result.operations],
      inverse: result.inverse,
      inversePatches: result.inversePatches,
      exact: true,
      ...(group ? { group } : {}),
      time,
      structural: isStructural(result.operations),
    });
    if (undoStack.length > depth) undoStack.shift();
  };

  return {
    get current() {
      return current;
    },
    apply(op) {
      const ops = list(op);
      const result = applyOperations(current, ops, applyOptions);
      if (!result.ok || result.map === current) return result;
      redoStack = [];
      record(result, ops);
      change(result.map);
      return result;
    },
    applyRemote(op) {
      const result = applyOperations(current, list(op), applyOptions);
      if (!result.ok || result.map === current) return result;
      for (const step of undoStack) step.exact = false;
      change(result.map);
      return result;
    },
    undo() {
      const step = undoStack.pop();
      if (!step) return nothing("undo");
      if (step.exact) {
        const restored = applyPatches(current, step.inversePatches);
        if (!step.structural) carryIndexes(current, restored);
        change(restored);
      } else {
        const result = applyOperations(current, step.inverse, applyOptions);
        if (!result.ok) return { ok: false, issue: result.issue };
        change(result.map);
      }
      redoStack.push(step.operations);
      return { ok: true, map: current };
    },
    redo() {
      const ops = redoStack.pop();
      if (!ops) return nothing("redo");
      const result = applyOperations(current, ops, applyOptions);
      if (!result.ok) return { ok: false, issue: result.issue };
      undoStack.push({
        operations: [...result.operations],
        inverse: result.inverse,
        inversePatches: result.inversePatches,
        exact: true,
        time: now(),
        structural: isStructural(result.operations),
      });
      change(result.map);
      return { ok: true, map: current };
    },
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
