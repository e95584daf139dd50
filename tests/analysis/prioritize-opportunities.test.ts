import { describe, expect, it } from "vitest";
import { prioritizeOpportunities } from "../../src/analysis/prioritize-opportunities";
import { emptyMap, opp, pain, tp, valid } from "../support/map-builder";

const map = valid({
  ...emptyMap(1),
  touchpoints: [tp("tp-queue", "s-1", { momentOfTruth: true }), tp("tp-pay", "s-1")],
  painPoints: [
    pain("pp-wait", { title: "Long wait", severity: 5, frequency: 0.8, touchpointIds: ["tp-queue"] }),
    pain("pp-card", { title: "Card refused", severity: 2, touchpointIds: ["tp-pay"] }),
  ],
  opportunities: [
    opp("opp-signs", { title: "Better signs", impact: 2, effort: 1, confidence: 0.9, touchpointIds: ["tp-queue"] }),
    opp("opp-app", { title: "Order ahead", impact: 4, effort: 2, confidence: 0.8, painPointIds: ["pp-wait"] }),
    opp("opp-done", { title: "Done already", impact: 5, effort: 1, confidence: 1, painPointIds: ["pp-wait"], status: "done" }),
    opp("opp-wallet", { title: "Wallet", impact: 3, effort: 3, painPointIds: ["pp-card"] }),
    opp("opp-twin", { title: "Wallet twin", impact: 3, effort: 3, painPointIds: ["pp-card"] }),
  ],
});

describe("prioritizeOpportunities", () => {
  it("ranks by impact × confidence × need ÷ effort and explains each score", () => {
    const ranked = prioritizeOpportunities(map);
    expect(ranked.map((o) => [o.rank, o.opportunityId, o.score])).toEqual([
      [1, "opp-app", 3.68], // 4 × 0.8 × (1 + 0.8 + 0.25 × 2) ÷ 2
      [2, "opp-signs", 2.7], // 2 × 0.9 × (1 + 0 + 0.25 × 2) ÷ 1
      [3, "opp-wallet", 0.725], // 3 × 0.5 × (1 + 0.2 + 0.25 × 1) ÷ 3
      [4, "opp-twin", 0.725], // a tie: document order
      [5, "opp-done", 11.5],
    ]);
    const first = ranked[0];
    expect(first).toMatchObject({ pain: 0.8, reach: 2, need: 2.3, painPointIds: ["pp-wait"], touchpointIds: ["tp-queue"], momentsOfTruth: 1 });
    expect(first?.explanation).toBe(
      "impact 4 × confidence 0.8 × need 2.3 ÷ effort 2 = 3.68; need = 1 + pain 0.8 from 1 pain point + reach 2 from 1 touchpoint (1 moment of truth)",
    );
    expect(ranked[2]?.explanation).toContain("confidence 0.5 (assumed)");
  });

  it("leaves closed opportunities out on request", () => {
    expect(prioritizeOpportunities(map, { closed: "exclude" }).map((o) => o.opportunityId)).not.toContain("opp-done");
  });

  it("ranks opportunities without impact or effort after the scored ones, unscored, and says why", () => {
    const { impact: _i, ...noImpact } = opp("opp-noimpact", { title: "No impact", effort: 1, painPointIds: ["pp-wait"] });
    const { effort: _e, ...noEffort } = opp("opp-noeffort", { title: "No effort", impact: 5, touchpointIds: ["tp-pay"] });
    const withUnscored = valid({ ...map, opportunities: [noImpact, ...map.opportunities, noEffort] });
    const ranked = prioritizeOpportunities(withUnscored);
    expect(ranked.map((o) => [o.rank, o.opportunityId, o.score])).toEqual([
      [1, "opp-app", 3.68],
      [2, "opp-signs", 2.7],
      [3, "opp-wallet", 0.725],
      [4, "opp-twin", 0.725],
      [5, "opp-noimpact", null], // need 2.3 (pp-wait) before need 1.25
      [6, "opp-noeffort", null],
      [7, "opp-done", 11.5],
    ]);
    expect(ranked[4]).toMatchObject({ impact: null, effort: 1, unknownScores: ["impact"], need: 2.3 });
    expect(ranked[4]?.explanation).toBe(
      "not scored: impact unknown, ranked after the scored opportunities; confidence 0.5 (assumed), need 2.3; need = 1 + pain 0.8 from 1 pain point + reach 2 from 1 touchpoint (1 moment of truth)",
    );
    expect(ranked[5]).toMatchObject({ impact: 5, effort: null, unknownScores: ["effort"] });
  });

  it("leaves pain points of unknown severity out of the pain, and says so", () => {
    const { severity: _, ...unknown } = pain("pp-unknown", { title: "Unknown", touchpointIds: ["tp-pay"] });
    const m = valid({ ...map, painPoints: [...map.painPoints, unknown], opportunities: [opp("opp-1", { painPointIds: ["pp-card", "pp-unknown"] })] });
    const [first] = prioritizeOpportunities(m);
    expect(first).toMatchObject({ pain: 0.2, unknownSeverityPainPointIds: ["pp-unknown"], painPointIds: ["pp-card", "pp-unknown"] });
    expect(first?.explanation).toContain("pain 0.2 from 1 pain point (1 pain point of unknown severity not counted)");
  });

  it("throws naming a bad option", () => {
    expect(() => prioritizeOpportunities(map, { defaultConfidance: 1 } as never)).toThrow('invalid options: unknown option "defaultConfidance"; did you mean "defaultConfidence"?');
    expect(() => prioritizeOpportunities(map, { defaultConfidence: 2 })).toThrow(/invalid defaultConfidence/);
    expect(() => prioritizeOpportunities(map, { closed: "first" as "last" })).toThrow(/invalid closed/);
    expect(() => prioritizeOpportunities(map, { reachWeight: -1 })).toThrow(RangeError);
  });
});
