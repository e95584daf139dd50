import type { JourneyMap } from "../model/journey-map";
import type { JourneyMapIssue } from "../validate/issue";
import { type TransactionResult, applyOperations } from "./apply-operations";
import { createStacks } from "./history-stacks";
import type { Operation } from "./operation-schema";
import type { ApplyOperationOptions } from "./plan";

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

const list = (op: Operation | readonly Operation[]): readonly Operation[] => (Array.isArray(op) ? op : [op as Operation]);

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
  const stacks = createStacks({ depth, groupWithinMs, now, applyOptions });
  let current = map;
  const listeners = new Set<(map: JourneyMap) => void>();
  const change = (next: JourneyMap) => {
    if (next === current) return;
    current = next;
    notify(listeners, current);
  };
  const step = (direction: "undo" | "redo"): HistoryResult => {
    const next = direction === "undo" ? stacks.undo(current) : stacks.redo(current);
    if (next.ok) change(next.map);
    return next.ok ? { ok: true, map: current } : next;
  };
  const edit = (op: Operation | readonly Operation[], remote: boolean): TransactionResult => {
    const ops = list(op);
    const result = applyOperations(current, ops, applyOptions);
    if (!result.ok || result.map === current) return result;
    if (remote) stacks.remoteEdit();
    else stacks.record(result, ops);
    change(result.map);
    return result;
  };
  return {
    get current() {
      return current;
    },
    apply: (op) => edit(op, false),
    applyRemote: (op) => edit(op, true),
    undo: () => step("undo"),
    redo: () => step("redo"),
    canUndo: stacks.canUndo,
    canRedo: stacks.canRedo,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
