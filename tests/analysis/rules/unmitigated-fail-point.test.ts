import { describe, expect, it } from "vitest";
import { blueprint, step } from "../blueprint-fixtures";
import { findingsOf } from "../fixtures";

describe("unmitigated_fail_point", () => {
  it("reports a fail point without a mitigation, critical at a moment of truth", () => {
    const steps = [step("st-pos", "tp-1", "support", { text: "Card reader", failPoint: true }), step("st-wifi", "tp-2", "support", { failPoint: true, mitigation: " " })];
    expect(findingsOf(blueprint(steps), "unmitigated_fail_point").map((f) => [f.id, f.severity])).toEqual([
      ["unmitigated_fail_point:st-pos/tp-1", "warning"],
      ["unmitigated_fail_point:st-wifi/tp-2", "warning"],
    ]);
    const [critical] = findingsOf(blueprint(steps, 2, true), "unmitigated_fail_point");
    expect(critical).toMatchObject({ severity: "critical", message: 'Touchpoint 1: "Card reader" is a fail point with no mitigation, at a moment of truth' });
  });

  it("stays quiet for mitigated fail points and ordinary steps", () => {
    const steps = [step("st-pos", "tp-1", "support", { failPoint: true, mitigation: "Cash till as fallback" }), step("st-prep", "tp-1", "backstage")];
    expect(findingsOf(blueprint(steps), "unmitigated_fail_point")).toEqual([]);
  });
});
