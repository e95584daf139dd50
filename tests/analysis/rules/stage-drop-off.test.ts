import { describe, expect, it } from "vitest";
import { emptyMap, findingsOf, tp } from "../fixtures";
import { measure, walks } from "../measured-fixtures";

const map = {
  ...emptyMap(2),
  touchpoints: [tp("tp-a", "s-1", { name: "Look", observe: [{ event: "a" }] }), tp("tp-b", "s-2", { name: "Buy", observe: [{ event: "b" }] })],
};

/** `entered` cases enter Stage 1 and `continued` of them reach Stage 2. */
const funnel = (entered: number, continued: number) => measure(map, [...walks(continued, ["a", "b"]), ...walks(entered - continued, ["a"], "gone")]);

describe("stage_drop_off", () => {
  it("reports a stage most cases leave, critical from criticalDropOff", () => {
    expect(findingsOf(map, "stage_drop_off", { analytics: funnel(40, 20) })).toEqual([
      {
        id: "stage_drop_off:s-1",
        code: "stage_drop_off",
        severity: "warning",
        message: "Stage 1: 20 cases of 40 (50%) went no further",
        subjectIds: ["s-1"],
        data: { entered: 40, continued: 20, dropOff: 20, rate: 0.5 },
      },
    ]);
    expect(findingsOf(map, "stage_drop_off", { analytics: funnel(50, 11) }).map((f) => f.severity)).toEqual(["warning"]);
    expect(findingsOf(map, "stage_drop_off", { analytics: funnel(50, 10) }).map((f) => f.severity)).toEqual(["critical"]);
  });

  it("stays quiet below maxDropOff, under minCases entered, and for the last stage", () => {
    expect(findingsOf(map, "stage_drop_off", { analytics: funnel(40, 21) })).toEqual([]);
    expect(findingsOf(map, "stage_drop_off", { analytics: funnel(29, 0) })).toEqual([]);
    expect(findingsOf(map, "stage_drop_off", { analytics: funnel(29, 0), minCases: 29 })).toHaveLength(1);
    expect(findingsOf(map, "stage_drop_off", { analytics: funnel(40, 40) })).toEqual([]);
  });
});
