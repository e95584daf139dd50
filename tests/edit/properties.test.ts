import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import { createHistory } from "../../src/edit/history";
import { applyPatches } from "../../src/edit/immer";
import { type Operation, safeParseOperation } from "../../src/edit/operation-schema";
import { createSequentialIdGenerator } from "../../src/model/create-id";
import type { JourneyMap } from "../../src/model/journey-map";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { journeyMapArbitrary } from "../analysis/arbitraries";

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Operations against `map`: ids that exist and ids that do not, values in and out of range. */
function operationArbitrary(map: JourneyMap): fc.Arbitrary<Operation> {
  const pick = (ids: string[]) => (ids.length ? fc.oneof(fc.constantFrom(...ids), fc.constant("nope")) : fc.constant("nope"));
  const stageId = pick(map.stages.map((s) => s.id));
  const touchpointId = pick(map.touchpoints.map((t) => t.id));
  const teamId = pick(map.teams.map((t) => t.id));
  const anyId = pick([...map.personas, ...map.stages, ...map.channels, ...map.teams, ...map.touchpoints, ...map.painPoints, ...map.opportunities, ...map.evidence, ...map.lanes].map((e) => e.id));
  const emotion = fc.integer({ min: 0, max: 6 });
  const name = fc.oneof(fc.string({ maxLength: 12 }), fc.constant(""));
  const index = fc.integer({ min: 0, max: 6 });
  const kinds = ["Persona", "Stage", "Channel", "Team", "Touchpoint", "PainPoint", "Opportunity", "Evidence", "Lane"];
  return fc.oneof(
    fc.record({ type: fc.constant("updateTouchpoint"), id: touchpointId, changes: fc.record({ emotion: fc.oneof(emotion, fc.constant(null)), name, ownerId: fc.oneof(teamId, fc.constant(null)), stageId }, { requiredKeys: [] }) }),
    fc.record({ type: fc.constant("addTouchpoint"), touchpoint: fc.record({ stageId, name, emotion, ownerId: teamId }, { requiredKeys: ["stageId", "name"] }), index: fc.option(index, { nil: undefined }) }),
    fc.record({ type: fc.constant("addTeam"), team: fc.record({ id: fc.option(anyId, { nil: undefined }), name }, { requiredKeys: ["name"] }) }),
    fc.record({ type: fc.constant("addPainPoint"), painPoint: fc.record({ title: name, touchpointIds: fc.array(touchpointId, { maxLength: 2 }), severity: emotion }) }),
    fc.record({ type: fc.constantFrom(...kinds.map((k) => `remove${k}`)), id: anyId }),
    ...(["personas", "channels", "teams", "touchpoints", "painPoints", "opportunities", "evidence", "lanes"] as const).map((collection) =>
      fc.record({ type: fc.constant(`remove${kinds.find((k) => collection.startsWith(k[0]!.toLowerCase() + k.slice(1, 4)))}`), id: pick(map[collection].map((e) => e.id)) }),
    ),
    fc.record({ type: fc.constant("removeStage"), id: stageId, touchpoints: fc.constant("remove") }),
    fc.record({ type: fc.constant("removeStage"), id: stageId, moveTo: stageId }),
    fc.record({ type: fc.constant("moveStage"), id: stageId, index }),
    fc.record({ type: fc.constant("moveTouchpoint"), id: touchpointId, index, stageId: fc.option(stageId, { nil: undefined }) }),
    fc.record({ type: fc.constant("updateMap"), changes: fc.record({ title: name, state: fc.constantFrom("current", "future", null) }, { requiredKeys: [] }) }),
    fc.record({ type: fc.constant("updatePersona"), id: pick(map.personas.map((p) => p.id)), changes: fc.record({ goals: fc.constant([]) }) }),
  ).map((op) => json(op) as Operation);
}

const scenario = journeyMapArbitrary.chain((map) => fc.tuple(fc.constant(map), fc.array(operationArbitrary(map), { minLength: 1, maxLength: 15 })));

describe("editing properties", () => {
  it("any sequence of operations, valid or not, leaves a valid map; a refusal leaves it untouched", () => {
    fc.assert(
      fc.property(scenario, ([map, ops]) => {
        let current = map;
        const createId = createSequentialIdGenerator();
        for (const op of ops) {
          const snapshot = json(current);
          const edit = applyOperation(current, op, { generateId: createId });
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
      { numRuns: 300 },
    );
  });

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
      { numRuns: 200 },
    );
  });

  it("inverse operations undo each edit to an equivalent map (what collaboration relies on)", () => {
    fc.assert(
      fc.property(scenario, ([map, ops]) => {
        let current = map;
        for (const op of ops) {
          const edit = applyOperation(current, op, { generateId: createSequentialIdGenerator() });
          if (!edit.ok) continue;
          let undone = edit.map;
          for (const inverse of edit.inverse) {
            const step = applyOperation(undone, inverse);
            expect(step.ok, `${JSON.stringify(op)} / ${JSON.stringify(inverse)}: ${step.ok ? "" : step.issue.message}`).toBe(true);
            if (step.ok) undone = step.map;
          }
          // Same entities with the same content; only the order of touchpoints of different stages may differ.
          const sort = (m: JourneyMap) => ({ ...json(m), touchpoints: [...json(m).touchpoints].sort((a, b) => (a.id < b.id ? -1 : 1)) });
          expect(sort(undone)).toEqual(sort(current));
          current = edit.map;
        }
      }),
      { numRuns: 200 },
    );
  });
});
