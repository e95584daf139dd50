import type { JourneyMap } from "../model/journey-map";
import type { JourneyMapIssue } from "../validate/issue";
import { type TransactionResult, applyOperations } from "./apply-operations";
import { applyPatches, type Patch } from "./immer";
import { carryIndexes } from "./lookup";
import type { Operation } from "./operation-schema";
import { familyOf } from "./operations/registry";
import type { ApplyOperationOptions, Writable } from "./plan";

/** Options of {@link createHistory}. */
export interface CreateHistoryOptions extends ApplyOperationOptions {
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

/** The result of {@link History.undo} and {@link History.redo}: the map after the step, or why there was none. */
export type HistoryResult = { ok: true; map: JourneyMap } | { ok: false; issue: JourneyMapIssue };

/** An undoable editing session over one map. */
export interface History {
  /** The map as it is now. */
  readonly current: JourneyMap;
  /** Applies a local edit — an operation, or an array applied all or nothing as one undo step — and clears the redo stack. */
  apply(op: Operation | readonly Operation[]): TransactionResult;
  /** Applies operations received from a collaborator; they are not undoable here, and local steps stay undoable. */
  applyRemote(op: Operation | readonly Operation[]): TransactionResult;
  /** Undoes the last local step. */
  undo(): HistoryResult;
  /** Redoes the last undone step. */
  redo(): HistoryResult;
  /** Whether there is a step to undo. */
  canUndo(): boolean;
  /** Whether there is a step to redo. */
  canRedo(): boolean;
  /**
   * Calls `listener` with the new map after every change; returns the function that
   * unsubscribes. A listener that throws changes nothing: the step is recorded as if it
   * had not thrown, the other listeners are still called, and the first error is rethrown
   * once they all have been.
   */
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
  /** Some operation added, removed or moved entities (so cached positions do not carry over on undo). */
  structural: boolean;
}

/** Read from the families: does any operation of the list add, remove or move something? */
const isStructural = (ops: readonly Operation[]) => ops.some((op) => !familyOf(op.type)!.keepsPositions(op as Writable));

const list = (op: Operation | readonly Operation[]): readonly Operation[] => (Array.isArray(op) ? op : [op as Operation]);

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

/** Calls every listener with `map`; rethrows the first error once all have been called. */
function notify(listeners: ReadonlySet<(map: JourneyMap) => void>, map: JourneyMap): void {
  let failure: { error: unknown } | undefined;
  for (const listener of [...listeners]) {
    try {
      listener(map);
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure) throw failure.error;
}

/**
 * Returns an editing session with undo and redo over `map`; throws a `RangeError` for a bad
 * `depth` or `groupWithinMs`. Each `apply` is one undo step (an array of operations is one
 * transaction); a new edit clears the redo stack; `depth` bounds the stack; updates of the
 * same fields within `groupWithinMs` merge (typing), by the injected clock — the library
 * never sets a timer. Which operations merge and which keep cached positions is declared
 * by each operation family.
 *
 * Collaboration: `applyRemote` applies a collaborator's operations on top of the current
 * map. Undo steps keep both their inverse patches (exact, but tied to array positions) and
 * inverse operations (by id): until a remote edit arrives undo uses the patches and
 * restores the previous map exactly; after one it applies the inverse operations, which
 * are validated like any edit — a step that no longer applies (its entity was removed
 * remotely) is refused with an issue and dropped, and the map is never corrupted.
 *
 * Listeners: every change is recorded first (the step is on its stack, `current` is the
 * new map) and listeners are called after; one that throws neither loses the step nor
 * stops the others, and its error is rethrown from `apply`, `applyRemote`, `undo` or `redo`.
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
export function createHistory(map: JourneyMap, options: CreateHistoryOptions = {}): History {
  const { depth = 100, groupWithinMs = 0, now = Date.now } = options;
  if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`invalid depth: ${String(depth)}; expected a whole number ≥ 1`);
  if (!(groupWithinMs >= 0)) throw new RangeError(`invalid groupWithinMs: ${String(groupWithinMs)}; expected 0 or more`);
  const applyOptions: ApplyOperationOptions = options.generateId ? { generateId: options.generateId } : {};
  let current = map;
  const undoStack: Step[] = [];
  let redoStack: Operation[][] = [];
  const listeners = new Set<(map: JourneyMap) => void>();

  const change = (next: JourneyMap) => {
    if (next === current) return;
    current = next;
    notify(listeners, current);
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
    undoStack.push(newStep(result, time, group));
    if (undoStack.length > depth) undoStack.shift();
  };
  const step = (direction: "undo" | "redo"): HistoryResult => {
    const next = direction === "undo" ? undoOnce() : redoOnce();
    if (!next.ok) return next;
    change(next.map);
    return { ok: true, map: current };
  };
  const undoOnce = (): HistoryResult => {
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
  const redoOnce = (): HistoryResult => {
    const ops = redoStack.pop();
    if (!ops) return nothing("redo");
    const result = applyOperations(current, ops, applyOptions);
    if (!result.ok) return { ok: false, issue: result.issue };
    undoStack.push(newStep(result, now()));
    return { ok: true, map: result.map };
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
      for (const entry of undoStack) entry.exact = false;
      change(result.map);
      return result;
    },
    undo: () => step("undo"),
    redo: () => step("redo"),
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
