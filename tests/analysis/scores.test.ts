import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { emptyMap, ev, opp, pain, tp, valid } from "../support/map-builder";

describe("scores", () => {
  const map = valid({
    ...emptyMap(3),
    personas: [{ id: "p-1", name: "Ana", goals: [], needs: [], frustrations: [], attributes: [] }],
    channels: [
      { id: "ch-web", name: "Web" },
      { id: "ch-store", name: "Store" },
    ],
    teams: [{ id: "team-a", name: "A" }],
    evidence: [ev("ev-1")],
    touchpoints: [
      tp("tp-1", "s-1", { emotion: 4, expectedEmotion: 4, channelId: "ch-web", ownerId: "team-a", evidenceIds: ["ev-1"], personaEmotions: [{ personaId: "p-1", emotion: 2 }] }),
      tp("tp-2", "s-1", { emotion: 2, expectedEmotion: 5, channelId: "ch-store" }),
      tp("tp-3", "s-2", { emotion: 3, expectedEmotion: 2, channelId: "ch-web", personaEmotions: [{ personaId: "p-1", emotion: 5 }] }),
    ],
    painPoints: [pain("pp-1", { touchpointIds: ["tp-2"] }), pain("pp-2", { evidenceIds: ["ev-1"] })],
    opportunities: [opp("opp-1", { painPointIds: ["pp-1"] })],
  });

  it("computes emotions, gaps and coverages", () => {
    const { scores } = analyzeJourneyMap(map);
    expect(scores.averageEmotion).toBe(3);
    expect(scores.totalExperienceGap).toBe(3);
    expect(scores.largestExperienceGap).toEqual({ touchpointId: "tp-2", gap: 3 });
    expect(scores.evidenceCoverage).toBe(0.4); // tp-1 and pp-2 of 3 touchpoints + 2 pain points
    expect(scores.ownershipCoverage).toBe(0.333);
    expect(scores.painPointCoverage).toBe(0.5);
    expect(scores.channelCoverage).toBe(0.75); // stage 1 uses 2 of 2, stage 2 1 of 2
    // Ana is the first persona: her entries on tp-1 and tp-3 (2, 5), the touchpoint's own emotion on tp-2 (2).
    expect(scores.personas).toEqual([{ personaId: "p-1", name: "Ana", touchpoints: 3, averageEmotion: 3 }]);
    expect(scores.stages).toEqual([
      { stageId: "s-1", name: "Stage 1", touchpoints: 2, averageEmotion: 3, averageExpectedEmotion: 4.5, experienceGap: 3, channelIds: ["ch-web", "ch-store"], channelCoverage: 1 },
      { stageId: "s-2", name: "Stage 2", touchpoints: 1, averageEmotion: 3, averageExpectedEmotion: 2, experienceGap: 0, channelIds: ["ch-web"], channelCoverage: 0.5 },
      { stageId: "s-3", name: "Stage 3", touchpoints: 0, averageEmotion: null, averageExpectedEmotion: null, experienceGap: 0, channelIds: [], channelCoverage: 0 },
    ]);
  });

  it("builds the health score from its weighted components", () => {
    const { scores } = analyzeJourneyMap(map);
    expect(scores.healthComponents).toEqual({ emotion: 0.5, experience: 0.75, evidence: 0.4, painPoints: 0.5, ownership: 0.333, channels: 0.75 });
    // (30×0.5 + 20×0.75 + 15×0.4 + 15×0.5 + 10×0.333 + 10×0.75) / 100
    expect(scores.health).toBe(54);
  });

  it("reports null where a map has no data, never NaN", () => {
    const { scores } = analyzeJourneyMap(emptyMap(2));
    expect(scores.health).toBeNull();
    expect(scores.averageEmotion).toBeNull();
    expect(scores.evidenceCoverage).toBeNull();
    expect(scores.largestExperienceGap).toBeNull();
  });
});
