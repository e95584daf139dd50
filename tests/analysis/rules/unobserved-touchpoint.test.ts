import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../../src/analysis/analyze-journey-map";
import { emptyMap, findingsOf, tp, valid } from "../fixtures";
import { measure, walks } from "../measured-fixtures";

const map = {
  ...emptyMap(1),
  touchpoints: [
    tp("tp-visit", "s-1", { name: "Visit", observe: [{ event: "visit" }] }),
    tp("tp-chat", "s-1", { name: "Chat", observe: [{ event: "chat" }] }),
    tp("tp-store", "s-1", { name: "Store" }),
  ],
};

describe("unobserved_touchpoint", () => {
  it("reports an instrumented touchpoint no case reached, from minCases cases on", () => {
    const analytics = measure(map, walks(30, ["visit"]));
    expect(findingsOf(map, "unobserved_touchpoint", { analytics })).toEqual([
      {
        id: "unobserved_touchpoint:tp-chat",
        code: "unobserved_touchpoint",
        severity: "warning",
        message: "Chat: designed and instrumented, but none of 30 cases in the event log reached it",
        subjectIds: ["tp-chat"],
        data: { stageId: "s-1", cases: 30, observeRules: 1 },
      },
    ]);
  });

  it("stays quiet under minCases and when every touchpoint was reached", () => {
    expect(findingsOf(map, "unobserved_touchpoint", { analytics: measure(map, walks(29, ["visit"])) })).toEqual([]);
    expect(findingsOf(map, "unobserved_touchpoint", { analytics: measure(map, walks(29, ["visit"])), minCases: 29 })).toHaveLength(1);
    expect(findingsOf(map, "unobserved_touchpoint", { analytics: measure(map, walks(40, ["visit", "chat"])) })).toEqual([]);
  });

  it("is skipped without analytics, and says so", () => {
    const { summary } = analyzeJourneyMap(valid(map));
    expect(summary.skipped).toContainEqual({ code: "unobserved_touchpoint", reason: "no-analytics" });
    expect(summary.rules).not.toContain("unobserved_touchpoint");
  });

  it("refuses something that is not an analytics result, naming the option", () => {
    expect(() => analyzeJourneyMap(valid(map), { analytics: { cases: 3 } as never })).toThrow(TypeError);
    expect(() => analyzeJourneyMap(valid(map), { analytics: { cases: 3 } as never })).toThrow(/^invalid analytics: /);
  });
});
