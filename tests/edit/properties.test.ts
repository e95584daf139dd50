import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import { applyOperations } from "../../src/edit/apply-operations";
import { createHistory } from "../../src/edit/history";
import { applyPatches } from "../../src/edit/immer";
import { type Operation, safeParseOperation } from "../../src/edit/operation-schema";
import { operationType } from "../../src/edit/operations/collection-family";
import { operationTypes } from "../../src/edit/operations/registry";
import { createSequentialIdGenerator } from "../../src/model/create-id";
import { COLLECTION_NAMES } from "../../src/model/entities";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { journeyMapArbitrary } from "../analysis/arbitraries";
import { everyCollection, normalized } from "./harness";
import { operationArbitraries, operationArbitrary } from "./operation-arbitrary";
import { PROTOTYPE_KEYS } from "../support/hostile-text";

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const donor = everyCollection();
const maps = fc.oneof(fc.constant(donor), journeyMapArbitrary);
const scenario = maps.chain((map) => fc.tuple(fc.constant(map), fc.array(operationArbitrary(map, donor), { minLength: 1, maxLength: 15 })));

describe("editing properties", () => {
  it("generates every registered operation type", () => {
    expect([...operationArbitraries(donor, donor).keys()]).toEqual(operationTypes());
    expect(operationTypes().length).toBe(3 * COLLECTION_NAMES.length + 3);
    // add/update/remove come from the collection registry: a new collection gets them with no code.
    for (const collection of COLLECTION_NAMES) {
      for (const verb of ["add", "update", "remove"]) expect(operationTypes()).toContain(operationType(verb, collection));
    }
  });

  it("every operation type is accepted on the example map, and each accepted edit keeps every promise", () => {
    const accepted = new Set<string>();
    for (const [type, arbitrary] of operationArbitraries(donor, donor)) {
      fc.assert(
        fc.property(arbitrary, (op) => {
          const edit = applyOperation(donor, op, { generateId: createSequentialIdGenerator() });
          if (!edit.ok) return;
          accepted.add(type);
          expect(safeParseJourneyMap(json(edit.map)).success).toBe(true);
          expect(json(applyPatches(edit.map, edit.inversePatches))).toEqual(json(donor));
        }),
        { numRuns: 40 },
      );
    }
    expect(operationTypes().filter((type) => !accepted.has(type))).toEqual([]);
  }, 60_000);

  it("any sequence of operations, valid or not, leaves a valid map; a refusal leaves it untouched", () => {
    fc.assert(
      fc.property(scenario, ([map, ops]) => {
        let current = map;
        const generateId = createSequentialIdGenerator();
        for (const op of ops) {
          const snapshot = json(current);
          const edit = applyOperation(current, op, { generateId });
          if (!edit.ok) {
            expect(json(current)).toEqual(snapshot);
            continue;
          }
          const check = safeParseJourneyMap(json(edit.map));
          expect(check.success, `${JSON.stringify(op)} → ${JSON.stringify(check.error?.issues)}`).toBe(true);
          expect(json(applyPatches(edit.map, edit.inversePatches))).toEqual(snapshot);
          expect(json(applyPatches(current, edit.patches))).toEqual(json(edit.map));
          for (const applied of edit.operations) expect(safeParseOperation(json(applied)).success).toBe(true);
          current = edit.map;
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("undoing everything restores the original; redoing everything reaches the last state", () => {
    fc.assert(
      fc.property(scenario, ([map, ops]) => {
        const history = createHistory(map, { generateId: createSequentialIdGenerator() });
        for (const op of ops) history.apply(op);
        const last = json(history.current);
        while (history.canUndo()) expect(history.undo().ok).toBe(true);
        expect(json(history.current)).toEqual(json(map));
        while (history.canRedo()) expect(history.redo().ok).toBe(true);
        expect(json(history.current)).toEqual(last);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("inverse operations undo each edit to an equivalent map (what collaboration relies on)", () => {
    fc.assert(
      fc.property(scenario, ([map, ops]) => {
        let current = map;
        for (const op of ops) {
          const edit = applyOperation(current, op, { generateId: createSequentialIdGenerator() });
          if (!edit.ok) continue;
          let undone = edit.map;
          for (const inverse of edit.inverse) {
            const step = applyOperation(undone, json(inverse));
            expect(step.ok, `${JSON.stringify(op)} / ${JSON.stringify(inverse)}: ${step.ok ? "" : step.issue.message}`).toBe(true);
            if (step.ok) undone = step.map;
          }
          expect(normalized(undone)).toEqual(normalized(current));
          current = edit.map;
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

/** Every object inside a JSON value, with its path (the value itself first). */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const inner = Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...path, Array.isArray(value) ? Number(key) : key]));
  return Array.isArray(value) ? inner : [path, ...inner];
}

/** `op` as it arrives from the wire with `key` added, as an own property, to the object at `path`, under `depth` more levels. */
function withForbiddenKey(op: Operation, path: (string | number)[], key: string, depth: number): unknown {
  const copy = json(op) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  for (const step of path) target = target[step] as Record<string, unknown>;
  let payload: Record<string, unknown> = { "\u0000marker": 1 };
  for (let i = 0; i < depth; i++) payload = i % 2 ? { x: payload } : ({ y: [payload] } as Record<string, unknown>);
  target[depth === 0 ? "\u0000marker" : "\u0000nest"] = depth === 0 ? 1 : payload;
  return JSON.parse(JSON.stringify(copy).replace('"\\u0000marker"', JSON.stringify(key)).replace('"\\u0000nest"', '"extensions"'));
}

// Issue 22, "what must show": operations from untrusted JSON with every forbidden key, at every depth.
describe("untrusted operations with forbidden keys", () => {
  const hostile = maps.chain((map) =>
    operationArbitrary(map, donor).chain((op) =>
      fc
        .tuple(fc.constant(map), fc.constantFrom(...objectPaths(json(op))), fc.constantFrom(...PROTOTYPE_KEYS), fc.integer({ min: 0, max: 40 }))
        .map(([m, path, key, depth]) => ({ map: m, op: withForbiddenKey(op, path, key, depth), depth })),
    ),
  );

  it("are refused with a coded issue by applyOperation, applyOperations and the history, and never throw", () => {
    fc.assert(
      fc.property(hostile, ({ map, op, depth }) => {
        // Up to 10 wrappers (about 15 levels) the key is found within the depth limit; deeper, either issue may come first.
        const codes = depth <= 10 ? ["invalid_key"] : ["invalid_key", "limit_exceeded"];
        const one = applyOperation(map, op as Operation);
        expect(one.ok ? "accepted" : one.issue.code, JSON.stringify(op).slice(0, 200)).toSatisfy((code: string) => codes.includes(code));
        const batch = applyOperations(map, [{ type: "updateMap", changes: { title: "T" } }, op as Operation]);
        expect(batch).toMatchObject({ ok: false, index: 1 });
        const history = createHistory(map);
        expect(history.apply(op as Operation).ok).toBe(false);
        expect(history.applyRemote([op as Operation]).ok).toBe(false);
        expect(history.current).toBe(map);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
