import { describe, expect, expectTypeOf, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { makeFinding } from "../../src/analysis/finding";
import type { Rule } from "../../src/analysis/options";
import { RULE_DEFINITIONS } from "../../src/analysis/rule-registry";
import type { FindingCode } from "../../src/analysis/rule-registry";
import { emptyMap, opp, pain, tp, valid } from "../support/map-builder";

const map = valid({
  ...emptyMap(2),
  teams: [{ id: "team-a", name: "A" }],
  touchpoints: [
    tp("tp-1", "s-1", { name: "Browse", emotion: 4, expectedEmotion: 4, ownerId: "team-a" }),
    tp("tp-2", "s-1", { name: "Pay", emotion: 1, expectedEmotion: 5, momentOfTruth: true, ownerId: "team-a" }),
  ],
  painPoints: [pain("pp-1", { title: "Card refused", touchpointIds: ["tp-2"], severity: 5 })],
  opportunities: [opp("opp-1", { title: "Wallet pay" })],
});

describe("analyzeJourneyMap", () => {
  it("sorts findings by severity, then journey order, then the codes' order", () => {
    const { findings } = analyzeJourneyMap(map);
    expect(findings.map((f) => [f.severity, f.id])).toEqual([
      ["critical", "emotion_drop:tp-1/tp-2"],
      ["critical", "experience_gap:tp-2"],
      ["critical", "negative_moment_of_truth:tp-2"],
      ["critical", "unaddressed_pain_point:pp-1"],
      ["warning", "missing_evidence:tp-2"],
      ["warning", "missing_evidence:pp-1"],
      ["warning", "empty_stage:s-2"],
      ["warning", "orphan_opportunity:opp-1"],
      ["info", "missing_evidence:tp-1"],
    ]);
  });

  it("summarises counts by severity and code, with one sentence", () => {
    const { summary } = analyzeJourneyMap(map, { asOf: "2026-11-01" });
    expect(summary.bySeverity).toEqual({ critical: 4, warning: 4, info: 1 });
    expect(summary.byCode).toEqual({
      empty_stage: 1,
      experience_gap: 1,
      negative_moment_of_truth: 1,
      emotion_drop: 1,
      unaddressed_pain_point: 1,
      orphan_opportunity: 1,
      missing_evidence: 3,
    });
    expect(summary.text).toBe(`4 critical, 4 warnings, 1 info; health ${summary.health}/100`);
    expect(summary.asOf).toBe("2026-11-01");
    const measured = RULE_DEFINITIONS.filter((rule) => (rule.requires as readonly string[]).includes("analytics")).map((rule) => rule.code);
    expect(summary.skipped).toEqual(measured.map((code) => ({ code, reason: "no-analytics" })));
    expect(summary.rules).toHaveLength(RULE_DEFINITIONS.length - measured.length);
  });

  it("gives the same result for the same map and options", () => {
    expect(analyzeJourneyMap(map, { asOf: "2026-11-01" })).toEqual(analyzeJourneyMap(structuredClone(map), { asOf: "2026-11-01" }));
  });

  it("switches rules off by code", () => {
    const { findings, summary } = analyzeJourneyMap(map, { rules: { missing_evidence: false, empty_stage: false } });
    expect(findings.some((f) => f.code === "missing_evidence" || f.code === "empty_stage")).toBe(false);
    expect(summary.skipped).toContainEqual({ code: "missing_evidence", reason: "disabled" });
  });

  it("runs custom rules with the built-in signature", () => {
    const slowPay: Rule = (context) =>
      context.journey.filter((t) => t.name === "Pay").map((t) => makeFinding({ code: "slow_payment", severity: "critical", subjectIds: [t.id], message: `${t.name}: too slow` }));
    const { findings } = analyzeJourneyMap(map, { customRules: [slowPay] });
    expect(findings.find((f) => f.code === "slow_payment")).toEqual({
      id: "slow_payment:tp-2",
      code: "slow_payment",
      severity: "critical",
      message: "Pay: too slow",
      subjectIds: ["tp-2"],
    });
  });

  it("narrows a finding's data by its code, with custom rules too", () => {
    const { findings } = analyzeJourneyMap(map);
    // These lines compile only because `code` narrows `data` (tsc checks the tests).
    const gaps = findings.flatMap((f) => (f.code === "experience_gap" ? [f.data.gap] : []));
    const drops = findings.flatMap((f) => (f.code === "emotion_drop" ? [[f.data.fromEmotion, f.data.toEmotion]] : []));
    expect(gaps).toEqual([4]);
    expect(drops).toEqual([[4, 1]]);
    expectTypeOf(findings[0]?.code).toEqualTypeOf<FindingCode | undefined>();
    const slow = analyzeJourneyMap(map, {
      customRules: [(context) => context.journey.map((t) => makeFinding({ code: "slow", severity: "info", subjectIds: [t.id], message: "slow" }))],
    });
    const pains = slow.findings.flatMap((f) => (f.code === "unaddressed_pain_point" ? [f.data.severity] : []));
    expect(pains).toEqual([5]);
    expect(slow.findings.filter((f) => f.code === "slow")).toHaveLength(2);
  });

  it("keeps ids unique when a custom rule repeats one", () => {
    const twice: Rule = () => [1, 2].map(() => makeFinding({ code: "x", severity: "info", subjectIds: ["tp-1"], message: "x" }));
    const ids = analyzeJourneyMap(map, { customRules: [twice] })
      .findings.filter((f) => f.code === "x")
      .map((f) => f.id);
    expect(ids).toEqual(["x:tp-1", "x:tp-1#2"]);
  });

  it("refuses custom findings that name ids the map lacks or are malformed", () => {
    const ghost: Rule = () => [makeFinding({ code: "x", severity: "info", subjectIds: ["tp-ghost"], message: "x" })];
    expect(() => analyzeJourneyMap(map, { customRules: [ghost] })).toThrow(/customRules: finding "x:tp-ghost" names "tp-ghost"/);
    const bad = (() => [{ id: "x", code: "x", severity: "fatal", message: "", subjectIds: [] }]) as unknown as Rule;
    expect(() => analyzeJourneyMap(map, { customRules: [bad] })).toThrow(TypeError);
  });

  it("throws a RangeError or TypeError naming a bad option", () => {
    expect(() => analyzeJourneyMap(map, { experienceGap: 0 })).toThrow(/invalid experienceGap/);
    expect(() => analyzeJourneyMap(map, { experienceGap: Number.NaN })).toThrow(TypeError);
    expect(() => analyzeJourneyMap(map, { asOf: "yesterday" })).toThrow(/invalid asOf/);
    expect(() => analyzeJourneyMap(map, { asOf: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => analyzeJourneyMap(map, { rules: { chanel_gap: false } as never })).toThrow('invalid rules: unknown rule "chanel_gap"; did you mean "channel_gap"?');
    expect(() => analyzeJourneyMap(map, { customRules: ["x" as unknown as Rule] })).toThrow(/invalid customRules/);
  });
});
