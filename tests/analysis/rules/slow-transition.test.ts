import { describe, expect, it } from "vitest";
import { emptyMap, findingsOf, tp } from "../fixtures";
import { measure, walks } from "../measured-fixtures";

const map = (fields: { momentOfTruth?: boolean } = {}) => ({
  ...emptyMap(1),
  touchpoints: [
    tp("tp-order", "s-1", { name: "Order", toleranceMinutes: 5, observe: [{ event: "order" }] }),
    tp("tp-pickup", "s-1", { name: "Pickup", observe: [{ event: "pickup" }], ...fields }),
  ],
});

describe("slow_transition", () => {
  it("reports a designed step slower than the tolerance of the touchpoint it leaves", () => {
    const analytics = measure(map(), [...walks(10, ["order", "pickup"], "a", [6]), ...walks(1, ["order", "pickup"], "b", [10])]);
    expect(findingsOf(map(), "slow_transition", { analytics })).toEqual([
      {
        id: "slow_transition:tp-order/tp-pickup",
        code: "slow_transition",
        severity: "warning",
        message: "Order → Pickup: takes 6 min (median, 90th percentile 6 min), customers accept 5 min",
        subjectIds: ["tp-order", "tp-pickup"],
        data: { medianMinutes: 6, p90Minutes: 6, toleranceMinutes: 5, cases: 11, momentOfTruth: false },
      },
    ]);
  });

  it("is critical when the 90th percentile passes twice the tolerance, or at a moment of truth", () => {
    const tail = measure(map(), [...walks(5, ["order", "pickup"], "a", [6]), ...walks(5, ["order", "pickup"], "b", [11])]);
    expect(findingsOf(map(), "slow_transition", { analytics: tail }).map((f) => f.severity)).toEqual(["critical"]);
    const atTen = measure(map(), [...walks(5, ["order", "pickup"], "a", [6]), ...walks(5, ["order", "pickup"], "b", [10])]);
    expect(findingsOf(map(), "slow_transition", { analytics: atTen }).map((f) => f.severity)).toEqual(["warning"]);
    const slow = measure(map(), walks(3, ["order", "pickup"], "a", [6]));
    expect(findingsOf(map({ momentOfTruth: true }), "slow_transition", { analytics: slow }).map((f) => f.severity)).toEqual(["critical"]);
  });

  it("stays quiet at the tolerance, without one, and on undesigned steps", () => {
    expect(findingsOf(map(), "slow_transition", { analytics: measure(map(), walks(5, ["order", "pickup"], "a", [5])) })).toEqual([]);
    const back = measure(map(), walks(5, ["pickup", "order", "pickup"], "a", [60, 1]));
    expect(findingsOf(map(), "slow_transition", { analytics: back })).toEqual([]);
  });
});
