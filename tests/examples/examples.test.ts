import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES } from "../../src/model/default-stages";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";

const load = (name: string) => parseJourneyMap(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8"));

describe.each(["coffee-shop", "saas-onboarding"])("examples/%s.json", (name) => {
  const map = load(name);

  it("has two personas with goals, needs and frustrations", () => {
    expect(map.personas).toHaveLength(2);
    for (const persona of map.personas) {
      expect(persona.goals.length).toBeGreaterThan(0);
      expect(persona.needs.length).toBeGreaterThan(0);
      expect(persona.frustrations.length).toBeGreaterThan(0);
      expect(persona.attributes.length).toBeGreaterThan(0);
    }
  });

  it("has the five default stages, each with a goal and a metric with a target", () => {
    expect(map.stages.map((s) => s.name)).toEqual(DEFAULT_STAGES.map((s) => s.name));
    for (const stage of map.stages) {
      expect(stage.goal).toBeTruthy();
      expect(stage.metrics.some((m) => m.target !== undefined)).toBe(true);
    }
  });

  it("has 12 or more complete touchpoints, some of them moments of truth", () => {
    expect(map.touchpoints.length).toBeGreaterThanOrEqual(12);
    for (const tp of map.touchpoints) {
      expect(tp.channelId, tp.id).toBeTruthy();
      expect(tp.ownerId, tp.id).toBeTruthy();
      expect(tp.actions.length, tp.id).toBeGreaterThan(0);
      expect(tp.thoughts.length, tp.id).toBeGreaterThan(0);
      expect(tp.feelings.length, tp.id).toBeGreaterThan(0);
      expect(tp.emotion, tp.id).toBeDefined();
      expect(tp.expectedEmotion, tp.id).toBeDefined();
    }
    expect(map.touchpoints.filter((tp) => tp.momentOfTruth).length).toBeGreaterThanOrEqual(2);
    expect(map.touchpoints.filter((tp) => tp.personaEmotions.length > 0).length).toBeGreaterThan(map.touchpoints.length / 2);
  });

  it("has pain points with severity and frequency, and opportunities with impact and effort", () => {
    expect(map.painPoints.length).toBeGreaterThanOrEqual(5);
    for (const pp of map.painPoints) expect(pp.frequency).toBeDefined();
    expect(map.opportunities.length).toBeGreaterThanOrEqual(5);
    expect(new Set(map.opportunities.map((o) => o.status)).size).toBeGreaterThanOrEqual(3);
  });

  it("has dated evidence of several kinds with sample sizes", () => {
    expect(new Set(map.evidence.map((e) => e.kind)).size).toBeGreaterThanOrEqual(4);
    for (const ev of map.evidence) {
      expect(ev.collectedAt, ev.id).toBeDefined();
      expect(ev.sampleSize, ev.id).toBeDefined();
    }
  });

  it("uses custom lanes and extensions", () => {
    expect(map.lanes.length).toBeGreaterThan(0);
    expect(map.touchpoints.some((tp) => tp.notes.length > 0)).toBe(true);
    expect(map.extensions).toBeDefined();
  });
});
