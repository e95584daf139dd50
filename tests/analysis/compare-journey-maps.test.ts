import { describe, expect, it } from "vitest";
import { compareJourneyMaps } from "../../src/analysis/compare-journey-maps";
import { emptyMap, opp, pain, tp, valid } from "../support/map-builder";

const current = valid({
  ...emptyMap(2),
  touchpoints: [
    tp("tp-1", "s-1", { name: "Browse", emotion: 3 }),
    tp("tp-2", "s-1", { name: "Queue", emotion: 1, expectedEmotion: 4 }),
    tp("tp-3", "s-2", { name: "Paper receipt", emotion: 3 }),
  ],
  painPoints: [pain("pp-wait", { title: "Long wait", touchpointIds: ["tp-2"] })],
});
const future = valid({
  ...emptyMap(2),
  state: "future",
  touchpoints: [
    tp("tp-1", "s-1", { name: "Browse", emotion: 3 }),
    tp("tp-2", "s-1", { name: "Order ahead", emotion: 4, expectedEmotion: 4 }),
    tp("tp-4", "s-2", { name: "E-receipt", emotion: 4 }),
  ],
  painPoints: [pain("pp-app", { title: "App login", touchpointIds: ["tp-2"] })],
  opportunities: [opp("opp-1", { painPointIds: ["pp-app"] })],
});

describe("compareJourneyMaps", () => {
  const diff = compareJourneyMaps(current, future);

  it("lists touchpoints added, removed and changed, matched by id", () => {
    expect(diff.touchpoints).toEqual({
      added: [{ id: "tp-4", name: "E-receipt" }],
      removed: [{ id: "tp-3", name: "Paper receipt" }],
      changed: [{ id: "tp-2", name: "Order ahead", fields: ["emotion", "name"] }],
    });
    expect(diff.stages).toEqual({ added: [], removed: [], changed: [] });
  });

  it("gives emotion deltas per touchpoint, per stage and overall", () => {
    expect(diff.emotion.touchpoints).toEqual([
      { id: "tp-1", name: "Browse", before: 3, after: 3, delta: 0 },
      { id: "tp-2", name: "Order ahead", before: 1, after: 4, delta: 3 },
    ]);
    expect(diff.emotion.stages).toEqual([
      { id: "s-1", name: "Stage 1", before: 2, after: 3.5, delta: 1.5 },
      { id: "s-2", name: "Stage 2", before: 3, after: 4, delta: 1 },
    ]);
    expect(diff.emotion.overall).toEqual({ before: 2.33, after: 3.67, delta: 1.34 });
  });

  it("lists pain points resolved and introduced", () => {
    expect(diff.painPoints).toEqual({ resolved: [{ id: "pp-wait", name: "Long wait" }], introduced: [{ id: "pp-app", name: "App login" }] });
  });

  it("lists findings that disappear and appear, and the score change", () => {
    expect(diff.findings.resolved.map((f) => f.id)).toEqual([
      "experience_gap:tp-2",
      "emotion_drop:tp-1/tp-2",
      "unaddressed_pain_point:pp-wait",
      "missing_evidence:pp-wait",
      "unowned_touchpoint:tp-3",
      "missing_evidence:tp-3",
    ]);
    expect(diff.findings.introduced.map((f) => f.id)).toEqual(["missing_evidence:pp-app", "unowned_touchpoint:tp-4", "missing_evidence:tp-4"]);
    expect(diff.scores.delta.painPointCoverage).toBe(1);
    expect(diff.scores.delta.health).toBe((diff.scores.after.health ?? 0) - (diff.scores.before.health ?? 0));
    expect(diff.text).toContain("6 findings resolved, 3 introduced");
  });

  it("finds no change between a map and its copy", () => {
    const same = compareJourneyMaps(current, structuredClone(current));
    expect(same.touchpoints).toEqual({ added: [], removed: [], changed: [] });
    expect(same.findings.resolved).toEqual([]);
    expect(same.findings.introduced).toEqual([]);
    expect(Object.values(same.scores.delta).every((d) => d === 0 || d === null)).toBe(true);
  });
});
