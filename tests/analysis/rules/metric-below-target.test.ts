import { describe, expect, it } from "vitest";
import { emptyMap, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("metric_below_target", () => {
  it("reports metrics on the wrong side of their target, naming the holder", () => {
    const map = emptyMap(1);
    map.stages[0]!.name = "Purchase";
    map.stages[0]!.metrics = [
      { name: "CSAT", value: 70, target: 80 },
      { name: "Wait time", value: 6, target: 5, unit: "min", higherIsBetter: false },
      { name: "Conversion", value: 0.5, target: 0.4 },
      { name: "CSAT", value: 60, target: 80 },
    ];
    map.touchpoints = [tp("tp-a", "s-1", { name: "Checkout", metrics: [{ name: "Errors", value: 2, target: 0, higherIsBetter: false }] })];
    expect(findingsOf(map, "metric_below_target")).toEqual([
      {
        id: "metric_below_target:s-1#Wait time",
        code: "metric_below_target",
        severity: "critical",
        message: "Purchase: Wait time is 6 min against a target of 5 min (1 min above, lower is better)",
        subjectIds: ["s-1"],
        data: { metric: "Wait time", value: 6, target: 5, higherIsBetter: false, miss: 1, missShare: 0.2, unit: "min" },
      },
      {
        id: "metric_below_target:s-1#CSAT#2",
        code: "metric_below_target",
        severity: "critical",
        message: "Purchase: CSAT is 60 against a target of 80 (20 below)",
        subjectIds: ["s-1"],
        data: { metric: "CSAT", value: 60, target: 80, higherIsBetter: true, miss: 20, missShare: 0.25 },
      },
      {
        id: "metric_below_target:tp-a#Errors",
        code: "metric_below_target",
        severity: "critical",
        message: "Checkout: Errors is 2 against a target of 0 (2 above, lower is better)",
        subjectIds: ["tp-a"],
        data: { metric: "Errors", value: 2, target: 0, higherIsBetter: false, miss: 2, missShare: null },
      },
      {
        id: "metric_below_target:s-1#CSAT",
        code: "metric_below_target",
        severity: "warning",
        message: "Purchase: CSAT is 70 against a target of 80 (10 below)",
        subjectIds: ["s-1"],
        data: { metric: "CSAT", value: 70, target: 80, higherIsBetter: true, miss: 10, missShare: 0.125 },
      },
    ]);
  });

  it("finds nothing when metrics meet their targets or have none", () => {
    const map = emptyMap(1);
    map.stages[0]!.metrics = [
      { name: "CSAT", value: 80, target: 80 },
      { name: "Visits", value: 3 },
      { name: "Time", value: 2, target: 5, higherIsBetter: false },
    ];
    expect(findingsOf(map, "metric_below_target")).toEqual([]);
  });
});
