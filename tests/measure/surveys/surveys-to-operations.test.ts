import { describe, expect, it } from "vitest";
import { applyOperations } from "../../../src/edit/apply-operations";
import { createHistory } from "../../../src/edit/history";
import { surveysToOperations } from "../../../src/measure/surveys-to-operations";
import { createSequentialIdGenerator } from "../../../src/model/create-id";
import type { JourneyMap } from "../../../src/model/journey-map";
import type { Survey } from "../../../src/model/survey";
import { safeParseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { coffeeShop } from "../../edit/harness";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function withSurveys(surveys: Survey[], edit?: (map: JourneyMap) => void): JourneyMap {
  const map = clone(coffeeShop()) as JourneyMap;
  map.surveys = surveys;
  edit?.(map);
  const parsed = safeParseJourneyMap(map);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

function apply(map: JourneyMap, options: Parameters<typeof surveysToOperations>[1] = {}) {
  const ops = surveysToOperations(map, options);
  const result = applyOperations(map, JSON.parse(JSON.stringify(ops)));
  if (!result.ok) throw new Error(result.issue.message);
  expect(safeParseJourneyMap(clone(result.map)).success).toBe(true);
  return { ops, map: result.map, tp: (id: string) => result.map.touchpoints.find((t) => t.id === id)! };
}

// 40 answers on CSAT 1–7 with a mean of 3.65 → emotion 1 + 4 × 2.65 / 6 = 2.7667.
const QUEUE = [4, 6, 10, 8, 6, 4, 2];

describe("surveysToOperations", () => {
  it("writes the measured emotion where none is written, with a survey evidence entry", () => {
    const map = withSurveys([{ id: "sv-q", scaleId: "csat-7", touchpointId: "tp-queue", counts: QUEUE, collectedAt: "2026-03-01" }], (m) => {
      delete m.touchpoints.find((t) => t.id === "tp-queue")!.emotion;
    });
    const { ops, map: after, tp } = apply(map);
    expect(ops.map((o) => o.type)).toEqual(["addEvidence", "updateSurvey", "updateTouchpoint"]);
    expect(tp("tp-queue").emotion).toBe(2.77);
    expect(after.evidence.at(-1)).toEqual({ id: "ev-sv-q", kind: "survey", title: "CSAT (1–7) survey sv-q", sampleSize: 40, collectedAt: "2026-03-01" });
    expect(tp("tp-queue").evidenceIds.at(-1)).toBe("ev-sv-q");
    expect(after.surveys![0]!.evidenceId).toBe("ev-sv-q");
    // Run again on the result: nothing left to do.
    expect(surveysToOperations(after)).toEqual([]);
  });

  it("keeps a written emotion unless told to overwrite it", () => {
    const map = withSurveys([{ id: "sv-q", scaleId: "csat-7", touchpointId: "tp-queue", counts: QUEUE, evidenceId: "ev-survey-2026" }]);
    expect(apply(map).tp("tp-queue").emotion).toBe(1);
    expect(apply(map, { setEmotion: "always" }).tp("tp-queue").emotion).toBe(2.77);
    expect(apply(map).ops.some((o) => o.type === "addEvidence")).toBe(false);
  });

  it("writes a persona's emotion into personaEmotions, keeping the expected emotion", () => {
    const map = withSurveys(
      [
        { id: "sv-leo", scaleId: "smaply", touchpointId: "tp-queue", personaId: "p-leo", counts: [10, 10, 10, 0, 0] },
        { id: "sv-maya", scaleId: "smaply", touchpointId: "tp-queue", personaId: "p-maya", counts: [0, 0, 0, 15, 15] },
      ],
      (m) => {
        m.touchpoints.find((t) => t.id === "tp-queue")!.personaEmotions = [{ personaId: "p-maya", emotion: 2, expectedEmotion: 4 }];
      },
    );
    const when = apply(map).tp("tp-queue").personaEmotions;
    expect(when).toEqual([
      { personaId: "p-maya", emotion: 2, expectedEmotion: 4 },
      { personaId: "p-leo", emotion: 2 },
    ]);
    const always = apply(map, { setEmotion: "always" }).tp("tp-queue").personaEmotions;
    expect(always).toEqual([
      { personaId: "p-maya", emotion: 4.5, expectedEmotion: 4 },
      { personaId: "p-leo", emotion: 2 },
    ]);
    expect(apply(map).tp("tp-queue").emotion).toBe(1);
  });

  it("leaves targets under minN alone", () => {
    const map = withSurveys([{ id: "sv-q", scaleId: "csat-7", touchpointId: "tp-queue", counts: QUEUE }]);
    expect(surveysToOperations(map, { minN: 41, setEmotion: "always" })).toEqual([]);
    expect(surveysToOperations(map, { minN: 40, setEmotion: "always" })).not.toEqual([]);
  });

  it("uses the latest wave on or before asOf, pooling surveys on one scale and averaging scales by n", () => {
    const map = withSurveys([
      { id: "sv-old", scaleId: "csat-5", touchpointId: "tp-queue", counts: [0, 0, 0, 0, 40], collectedAt: "2025-01-10" },
      { id: "sv-a", scaleId: "csat-5", touchpointId: "tp-queue", counts: [20, 0, 0, 0, 0], collectedAt: "2026-02-01" },
      { id: "sv-b", scaleId: "csat-5", touchpointId: "tp-queue", counts: [0, 0, 20, 0, 0], collectedAt: "2026-02-01T12:00:00Z" },
      { id: "sv-c", scaleId: "nps", touchpointId: "tp-queue", counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40], collectedAt: "2026-02-01" },
      { id: "sv-new", scaleId: "csat-5", touchpointId: "tp-queue", counts: [0, 0, 0, 40, 0], collectedAt: "2026-06-01" },
    ]);
    // csat-5 pooled: 20 × 1 + 20 × 3 → mean 2 → emotion 2 (n 40); nps: all 10 → emotion 5 (n 40).
    const { tp, ops } = apply(map, { asOf: "2026-03-01", setEmotion: "always", minN: 30 });
    expect(tp("tp-queue").emotion).toBe(3.5);
    expect(ops.filter((o) => o.type === "addEvidence").map((o) => (o as { evidence: { id: string } }).evidence.id)).toEqual(["ev-sv-a", "ev-sv-b", "ev-sv-c"]);
    expect(apply(map, { setEmotion: "always" }).tp("tp-queue").emotion).toBe(4);
    expect(apply(map, { asOf: "2025-12-31", setEmotion: "always" }).tp("tp-queue").emotion).toBe(5);
  });

  it("records stage surveys as evidence only", () => {
    const map = withSurveys([{ id: "sv-nps", scaleId: "nps", stageId: "s-loyalty", counts: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 30] }]);
    const { ops, map: after } = apply(map, { asOf: "2026-04-01", generateId: createSequentialIdGenerator(7) });
    expect(ops.map((o) => o.type)).toEqual(["addEvidence", "updateSurvey"]);
    expect(after.evidence.at(-1)).toMatchObject({ id: "ev-7", sampleSize: 40, collectedAt: "2026-04-01" });
  });

  it("is undone in one step by a history", () => {
    const map = withSurveys([{ id: "sv-q", scaleId: "csat-7", touchpointId: "tp-queue", counts: QUEUE }]);
    const history = createHistory(map);
    expect(history.apply(surveysToOperations(map, { setEmotion: "always" })).ok).toBe(true);
    expect(history.current.touchpoints.find((t) => t.id === "tp-queue")!.emotion).toBe(2.77);
    history.undo();
    expect(clone(history.current)).toEqual(clone(map));
  });

  it("refuses bad options", () => {
    const map = coffeeShop();
    expect(() => surveysToOperations(map, { setEmotion: "sometimes" as "always" })).toThrow('invalid setEmotion: "sometimes"');
    expect(() => surveysToOperations(map, { minN: -1 })).toThrow(RangeError);
    expect(() => surveysToOperations(map, { asOf: "March" })).toThrow(TypeError);
    expect(surveysToOperations(map)).toEqual([]);
  });
});
