import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../../src/analysis/analyze-journey-map";
import { emptyMap, findingsOf, tp } from "../fixtures";

const branch = (shares: [number, number]) => ({
  ...emptyMap(1),
  touchpoints: [
    tp("tp-a", "s-1", {
      name: "Order",
      next: [
        { touchpointId: "tp-b", share: shares[0] },
        { touchpointId: "tp-c", share: shares[1] },
      ],
    }),
    tp("tp-b", "s-1"),
    tp("tp-c", "s-1"),
  ],
});

describe("branch_shares_sum", () => {
  it("reports a branch whose shares do not sum to 1, in the flow as drawn", () => {
    // Valid as written (0.5 + 0.5), but both entries name one touchpoint: the flow has one edge of 0.5.
    const twice = {
      ...emptyMap(1),
      touchpoints: [
        tp("tp-a", "s-1", {
          name: "Order",
          next: [
            { touchpointId: "tp-b", share: 0.5 },
            { touchpointId: "tp-b", share: 0.5 },
          ],
        }),
        tp("tp-b", "s-1"),
      ],
    };
    expect(findingsOf(twice, "branch_shares_sum")).toEqual([
      {
        id: "branch_shares_sum:tp-a",
        code: "branch_shares_sum",
        severity: "warning",
        message: "Order: the shares of the ways on from here sum to 0.5, not 1",
        subjectIds: ["tp-a"],
        data: { sum: 0.5, shares: [0.5], toIds: ["tp-b"] },
      },
    ]);
    // A map that was never validated (the analysis takes it as it is).
    const unchecked = analyzeJourneyMap(branch([0.6, 0.6])).findings.filter((f) => f.code === "branch_shares_sum");
    expect(unchecked.map((f) => f.data)).toEqual([{ sum: 1.2, shares: [0.6, 0.6], toIds: ["tp-b", "tp-c"] }]);
  });

  it("finds nothing when the shares sum to 1 or some are not given", () => {
    expect(findingsOf(branch([0.7, 0.3]), "branch_shares_sum")).toEqual([]);
    expect(findingsOf(branch([0.1 + 0.2, 0.7]), "branch_shares_sum")).toEqual([]);
    const partial = {
      ...emptyMap(1),
      touchpoints: [tp("tp-a", "s-1", { next: [{ touchpointId: "tp-b", share: 0.4 }, { touchpointId: "tp-c" }] }), tp("tp-b", "s-1"), tp("tp-c", "s-1")],
    };
    expect(findingsOf(partial, "branch_shares_sum")).toEqual([]);
  });
});
