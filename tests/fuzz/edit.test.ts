import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import { applyOperations } from "../../src/edit/apply-operations";
import { applyPatches } from "../../src/edit/immer";
import { type Operation, safeParseOperation } from "../../src/edit/operation-schema";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { journeyMapArbitrary } from "../analysis/arbitraries";
import { anyText } from "./arbitraries";
import { bounded, fuzzParameters, fuzzTimeout } from "./fuzz-config";

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const TYPES = ["Persona", "Stage", "Channel", "Team", "Touchpoint", "PainPoint", "Opportunity", "Evidence", "Lane"].flatMap((e) => [`add${e}`, `update${e}`, `remove${e}`]);

/** Operation-shaped JSON: known and unknown types, ids of the map and made-up ones, any values. */
function operationLike(ids: string[]): fc.Arbitrary<unknown> {
  const id = fc.oneof(fc.constantFrom(...ids, "nope"), anyText);
  const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), id, fc.integer({ min: -2, max: 8 }), fc.constant(null));
  const payload = fc.dictionary(
    fc.constantFrom("id", "name", "title", "stageId", "emotion", "touchpointIds", "severity", "ownerId", "kind", "impact", "effort", "status", "__proto__", "extra"),
    value,
    { maxKeys: 5 },
  );
  return fc.oneof(
    fc.record(
      {
        type: fc.oneof(fc.constantFrom(...TYPES, "moveStage", "moveTouchpoint", "updateMap"), anyText),
        id,
        index: fc.oneof(fc.integer({ min: -1, max: 8 }), fc.double()),
        changes: payload,
        stageId: id,
        touchpoints: fc.constantFrom("remove", "keep"),
        moveTo: id,
        touchpoint: payload,
        stage: payload,
        team: payload,
        painPoint: payload,
      },
      { requiredKeys: ["type"] },
    ),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

const cases = journeyMapArbitrary.chain((map) => {
  const ids = [map.id, ...map.stages.map((s) => s.id), ...map.touchpoints.map((t) => t.id), ...map.teams.map((t) => t.id), ...map.painPoints.map((p) => p.id)];
  return fc.tuple(fc.constant(map), fc.array(operationLike(ids), { minLength: 1, maxLength: 6 }));
});

describe("fuzzing applyOperation and the operation schema", () => {
  it(
    "never throws; a refusal leaves the map untouched; an accepted edit is a valid map its inverse patches undo",
    () => {
      fc.assert(
        fc.property(cases, ([map, ops]) => {
          let current = map;
          for (const op of ops) {
            const before = json(current);
            const parsed = bounded("safeParseOperation", () => safeParseOperation(op));
            const edit = bounded("applyOperation", () => applyOperation(current, op as Operation));
            if (!edit.ok) {
              expect(json(current)).toEqual(before);
              expect(edit.issue.message.length).toBeGreaterThan(0);
              continue;
            }
            expect(parsed.success).toBe(true);
            expect(safeParseJourneyMap(json(edit.map)).success).toBe(true);
            expect(json(applyPatches(edit.map, edit.inversePatches))).toEqual(before);
            current = edit.map;
          }
          expect(Object.prototype).not.toHaveProperty("polluted");
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(1, 10),
  );

  it(
    "applyOperations is all or nothing",
    () => {
      fc.assert(
        fc.property(cases, ([map, ops]) => {
          const before = json(map);
          const result = bounded("applyOperations", () => applyOperations(map, ops as Operation[]));
          if (!result.ok) {
            expect(result.index).toBeGreaterThanOrEqual(0);
            expect(result.index).toBeLessThan(ops.length);
            expect(json(map)).toEqual(before);
          } else {
            expect(safeParseJourneyMap(json(result.map)).success).toBe(true);
            expect(json(applyPatches(result.map, result.inversePatches))).toEqual(before);
          }
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(1, 10),
  );
});
