import { describe, expect, it } from "vitest";
import { emptyMap, findingsOf, tp } from "../fixtures";
import { measure, walks } from "../measured-fixtures";

const map = {
  ...emptyMap(1),
  touchpoints: [
    tp("tp-a", "s-1", { name: "Browse", observe: [{ event: "a" }] }),
    tp("tp-b", "s-1", { name: "Cart", observe: [{ event: "b" }] }),
    tp("tp-c", "s-1", { name: "Pay", observe: [{ event: "c" }] }),
  ],
};

describe("undesigned_path", () => {
  it("reports a step the flow lacks, taken by enough cases", () => {
    // 5 of 100 cases jump from Browse to Pay: exactly minShare and minPathCases.
    const analytics = measure(map, [...walks(95, ["a", "b", "c"]), ...walks(5, ["a", "c"], "skip")]);
    expect(findingsOf(map, "undesigned_path", { analytics })).toEqual([
      {
        id: "undesigned_path:tp-a/tp-c",
        code: "undesigned_path",
        severity: "warning",
        message: "Browse → Pay: 5 cases (5%) took this step, which the designed flow does not have",
        subjectIds: ["tp-a", "tp-c"],
        data: { cases: 5, count: 5, share: 0.05 },
      },
    ]);
  });

  it("stays quiet under minShare, under minPathCases, and on designed steps", () => {
    const rare = measure(map, [...walks(96, ["a", "b", "c"]), ...walks(4, ["a", "c"], "skip")]);
    expect(findingsOf(map, "undesigned_path", { analytics: rare })).toEqual([]);
    expect(findingsOf(map, "undesigned_path", { analytics: rare, minShare: 0.04 })).toEqual([]);
    expect(findingsOf(map, "undesigned_path", { analytics: rare, minShare: 0.04, minPathCases: 4 })).toHaveLength(1);
    const small = measure(map, [...walks(200, ["a", "b", "c"]), ...walks(6, ["a", "c"], "skip")]);
    expect(findingsOf(map, "undesigned_path", { analytics: small })).toEqual([]);
    expect(findingsOf(map, "undesigned_path", { analytics: measure(map, walks(50, ["a", "b", "c"])) })).toEqual([]);
  });
});
