import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOperation } from "../../../src/edit/apply-operation";
import { applyOperations } from "../../../src/edit/apply-operations";
import type { Operation } from "../../../src/edit/operation-schema";
import type { JourneyMap } from "../../../src/model/journey-map";
import { ScaleSchema } from "../../../src/model/scale";
import { safeParseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { coffeeShop, coffeeShopWithoutShares, expectApplied, expectRefused } from "../../edit/harness";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The coffee shop with a 1–7 scale of its own and three surveys. */
function surveyed(): JourneyMap {
  const map = clone(coffeeShopWithoutShares()) as JourneyMap;
  map.scales = [{ id: "scale-wait", name: "Wait felt", min: 1, max: 7, labels: [], higherIsBetter: false }];
  map.surveys = [
    { id: "sv-queue", scaleId: "scale-wait", touchpointId: "tp-queue", counts: [1, 2, 3, 4, 5, 6, 7], evidenceId: "ev-survey-2026" },
    { id: "sv-queue-maya", scaleId: "csat-5", touchpointId: "tp-queue", personaId: "p-maya", counts: [4, 3, 2, 1, 0] },
    { id: "sv-purchase", scaleId: "nps", stageId: "s-purchase", counts: [0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6] },
  ];
  return map;
}

const codes = (input: unknown) => {
  const result = safeParseJourneyMap(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.code} ${i.path.join(".")}`);
};

describe("scales and surveys in a document", () => {
  it("leaves maps without them as they were: no new keys when parsed", () => {
    const map = coffeeShop();
    expect(Object.keys(map)).not.toContain("surveys");
    expect(Object.keys(map)).not.toContain("scales");
    expect(JSON.stringify(safeParseJourneyMap(JSON.stringify(map)).data)).toBe(JSON.stringify(map));
  });

  it("accepts surveys on map scales and built-in ones", () => {
    expect(codes(surveyed())).toEqual([]);
  });

  it("reports counts that do not fit the scale, unknown scales and references, and both or neither target", () => {
    const map = surveyed() as unknown as { surveys: Record<string, unknown>[]; scales: Record<string, unknown>[] };
    map.surveys[0]!.counts = [1, 2, 3];
    map.surveys[1]!.scaleId = "csat5";
    map.surveys[2]!.touchpointId = "tp-queue";
    map.surveys.push({ id: "sv-x", scaleId: "nps", touchpointId: "tp-nowhere", personaId: "p-nobody", counts: new Array(12).fill(1) });
    map.scales.push({ id: "nps", name: "Mine", min: 0, max: 10, labels: [] });
    expect(codes(map).sort()).toEqual(
      [
        "too_small surveys.0.counts",
        "unknown_reference surveys.1.scaleId",
        "custom surveys.2.stageId",
        "unknown_reference surveys.3.touchpointId",
        "unknown_reference surveys.3.personaId",
        "too_big surveys.3.counts",
        "duplicate_id scales.1.id",
      ].sort(),
    );
    const issue = safeParseJourneyMap(map).error!.issues.find((i) => i.path[2] === "scaleId")!;
    expect(issue.message).toContain('did you mean "csat-5"?');
  });

  it("checks a scale: max above min, a step that divides the range, labels per point, boxes on the scale", () => {
    const bad = (changes: Record<string, unknown>) => ScaleSchema.safeParse({ id: "s", name: "S", min: 1, max: 5, ...changes }).success;
    expect(bad({})).toBe(true);
    expect(bad({ max: 1 })).toBe(false);
    expect(bad({ step: 3 })).toBe(false);
    expect(bad({ min: 0, max: 1, step: 0.1 })).toBe(true);
    expect(bad({ labels: ["a", "b"] })).toBe(false);
    expect(bad({ topBoxFrom: 6 })).toBe(false);
    expect(bad({ kind: "nps" })).toBe(false);
  });
});

describe("validation of outside data in scales and surveys", () => {
  it("never throws and reports only known codes, whatever the surveys and scales hold", () => {
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          id: fc.string(),
          scaleId: fc.constantFrom("nps", "csat-5", "mine", 3),
          counts: fc.array(fc.oneof(fc.double(), fc.nat(), fc.string()), { maxLength: 12 }),
          touchpointId: fc.constantFrom("tp-queue", "x", undefined),
        },
        { requiredKeys: [] },
      ),
    );
    const scale = fc.record(
      {
        id: fc.constantFrom("mine", "nps", 1),
        name: fc.string(),
        min: fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 })),
        max: fc.oneof(fc.double(), fc.integer({ min: -3, max: 12 })),
        step: fc.oneof(fc.constant(undefined), fc.double(), fc.constantFrom(0, 0.5, 1, 3)),
      },
      { requiredKeys: [] },
    );
    const base = coffeeShop();
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 4 }), fc.array(scale, { maxLength: 3 }), (surveys, scales) => {
        const result = safeParseJourneyMap({ ...base, surveys, scales });
        if (!result.success) for (const issue of result.error.issues) expect(issue.code).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe("operations on scales and surveys", () => {
  it("add, update and remove surveys and scales, undoably", () => {
    let map = coffeeShop();
    map = expectApplied(map, { type: "addScale", scale: { id: "scale-x", name: "X", min: -3, max: 3 } }).map;
    map = expectApplied(map, { type: "addSurvey", survey: { scaleId: "scale-x", touchpointId: "tp-queue", counts: [0, 1, 2, 3, 2, 1, 0] } }).map;
    expect(map.surveys).toHaveLength(1);
    const id = map.surveys![0]!.id;
    map = expectApplied(map, { type: "updateSurvey", id, changes: { counts: [1, 1, 1, 1, 1, 1, 1], question: "How was the wait?" } }).map;
    map = expectApplied(map, { type: "updateScale", id: "scale-x", changes: { higherIsBetter: false } }).map;
    map = expectApplied(map, { type: "removeSurvey", id }).map;
    expect(map.surveys).toEqual([]);
  });

  it("refuse surveys whose scale is unknown or whose counts do not fit, and scales that would stop fitting", () => {
    const map = surveyed();
    expectRefused(map, { type: "addSurvey", survey: { scaleId: "csat-9", touchpointId: "tp-queue", counts: [1] } }, "unknown_reference");
    expectRefused(map, { type: "addSurvey", survey: { scaleId: "csat-5", touchpointId: "tp-queue", counts: [1] } }, "too_small");
    expectRefused(map, { type: "addSurvey", survey: { scaleId: "csat-5", touchpointId: "tp-nowhere", counts: [1, 1, 1, 1, 1] } }, "unknown_reference");
    expectRefused(map, { type: "addSurvey", survey: { scaleId: "csat-5", counts: [1, 1, 1, 1, 1] } }, "custom");
    expectRefused(map, { type: "updateSurvey", id: "sv-purchase", changes: { scaleId: "csat-7" } }, "too_big");
    expectRefused(map, { type: "updateScale", id: "scale-wait", changes: { max: 5 } }, "too_big");
    expectRefused(map, { type: "addScale", scale: { id: "nps", name: "NPS", min: 0, max: 10 } }, "duplicate_id");
  });

  it.each([
    ["removeTouchpoint", "tp-queue", ["sv-purchase"]],
    ["removePersona", "p-maya", ["sv-queue", "sv-purchase"]],
    ["removeScale", "scale-wait", ["sv-queue-maya", "sv-purchase"]],
  ])("%s %s takes the surveys about it along, and its inverse brings them back", (type, id, left) => {
    const map = surveyed();
    const edit = expectApplied(map, { type, id } as Operation);
    expect(edit.map.surveys!.map((s) => s.id)).toEqual(left);
    const undone = applyOperations(edit.map, edit.inverse);
    expect(undone.ok && clone(undone.map)).toEqual(clone(map));
  });

  it("removing a stage with its touchpoints takes stage and touchpoint surveys along", () => {
    const map = surveyed();
    const edit = expectApplied(map, { type: "removeStage", id: "s-purchase", touchpoints: "remove" });
    expect(edit.map.surveys!.map((s) => s.id)).toEqual([]);
    const undone = applyOperations(edit.map, edit.inverse);
    expect(undone.ok && clone(undone.map)).toEqual(clone(map));
  });

  it("removing evidence only unlinks the survey", () => {
    const map = surveyed();
    const edit = expectApplied(map, { type: "removeEvidence", id: "ev-survey-2026" });
    expect(edit.map.surveys![0]).not.toHaveProperty("evidenceId");
    expect(edit.map.surveys).toHaveLength(3);
    const undone = applyOperations(edit.map, edit.inverse);
    expect(undone.ok && clone(undone.map)).toEqual(clone(map));
  });

  it("adds the first survey to a map that has none", () => {
    const edit = applyOperation(coffeeShop(), { type: "addSurvey", survey: { id: "sv-1", scaleId: "nps", stageId: "s-loyalty", counts: new Array(11).fill(2) } });
    expect(edit.ok && edit.map.surveys?.map((s) => s.id)).toEqual(["sv-1"]);
  });
});
