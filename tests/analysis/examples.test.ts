import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { FINDING_SEVERITIES } from "../../src/analysis/finding";
import type { JourneyMap } from "../../src/model/journey-map";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";

const load = (name: string): JourneyMap => parseJourneyMap(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8"));

describe.each(["coffee-shop", "saas-onboarding"])("examples/%s.json", (name) => {
  const map = load(name);
  const { findings, scores } = analyzeJourneyMap(map, { asOf: "2026-11-01" });

  it("gives the same findings as last time", () => {
    expect(findings).toMatchSnapshot();
  });

  it("reports every gap of the first persona and of each persona, judged directly from the map", () => {
    // Oracle: the gaps read straight off the document, without the analysis context.
    const expected: string[] = [];
    for (const tp of map.touchpoints) {
      if (tp.emotion !== undefined && tp.expectedEmotion !== undefined && tp.expectedEmotion - tp.emotion >= 2) expected.push(`experience_gap:${tp.id}`);
      for (const entry of tp.personaEmotions) {
        if (entry.expectedEmotion !== undefined && entry.expectedEmotion - entry.emotion >= 2) expected.push(`experience_gap:${tp.id}/${entry.personaId}`);
      }
    }
    const gaps = findings.filter((f) => f.code === "experience_gap");
    expect(gaps.map((f) => f.id).sort()).toEqual(expected.sort());
    const first = map.personas[0]?.name ?? "customers";
    for (const f of gaps) {
      if (f.code !== "experience_gap") continue;
      const who = f.data.personaId === undefined ? first : map.personas.find((p) => p.id === f.data.personaId)?.name;
      expect(f.message).toContain(`${who} expects ${f.data.expectedEmotion} but feels ${f.data.emotion} (gap ${f.data.gap})`);
      expect(f.severity).toBe(f.data.gap >= 3 ? "critical" : "warning");
    }
  });

  it("flags every negative moment of truth as critical and names every subject that exists", () => {
    const negative = map.touchpoints.filter((tp) => tp.momentOfTruth === true && tp.emotion !== undefined && tp.emotion <= 2).map((tp) => `negative_moment_of_truth:${tp.id}`);
    const found = findings.filter((f) => f.code === "negative_moment_of_truth" && f.subjectIds.length === 1);
    expect(found.map((f) => f.id).sort()).toEqual(negative.sort());
    expect(found.every((f) => f.severity === "critical")).toBe(true);
    const ids = new Set(
      [...map.stages, ...map.touchpoints, ...map.painPoints, ...map.opportunities, ...map.evidence, ...map.personas, ...(map.serviceSteps ?? [])].map((e) => e.id),
    );
    for (const p of map.personas) for (const g of p.goals) ids.add(g.id);
    for (const f of findings) for (const id of f.subjectIds) expect(ids.has(id)).toBe(true);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    const ranks = findings.map((f) => FINDING_SEVERITIES.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("scores the first persona from the touchpoints' own emotions", () => {
    const first = map.personas[0];
    if (!first) throw new Error("the example has personas");
    const own = map.touchpoints.map((tp) => tp.personaEmotions.find((e) => e.personaId === first.id)?.emotion ?? tp.emotion).filter((e) => e !== undefined);
    const average = Math.round((own.reduce((a, b) => a + b, 0) / own.length) * 100) / 100;
    expect(scores.personas[0]).toEqual({ personaId: first.id, name: first.name, touchpoints: own.length, averageEmotion: average });
  });
});

describe("examples/coffee-shop.json", () => {
  it("names Leo, whose curve the map draws, and lists both personas in the scores", () => {
    const { findings, scores } = analyzeJourneyMap(load("coffee-shop"), { asOf: "2026-11-01" });
    expect(scores.personas.map((p) => [p.name, p.touchpoints])).toEqual([
      ["Leo, the commuter", 16],
      ["Maya, the remote worker", 16],
    ]);
    expect(scores.personas[0]?.averageEmotion).toBe(3.25); // 52 / 16
    const queue = findings.find((f) => f.id === "experience_gap:tp-queue");
    expect(queue).toMatchObject({ severity: "critical", message: "Joins the morning queue: Leo, the commuter expects 4 but feels 1 (gap 3)" });
    expect(findings.some((f) => f.message.includes("customers expect"))).toBe(false);
  });
});
