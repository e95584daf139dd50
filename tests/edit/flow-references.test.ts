import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import type { JourneyMap } from "../../src/model/journey-map";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { checkReferences } from "../../src/validate/check-references";
import { coffeeShopWithoutShares, expectApplied } from "./harness";

/** The coffee shop with a branch: order at the counter, or order ahead in the app and pick up. */
function branching(shares = false): JourneyMap {
  const map = coffeeShopWithoutShares();
  const next = (id: string, share: number) => ({ touchpointId: id, ...(shares ? { share } : {}) });
  return parseJourneyMap({
    ...map,
    touchpoints: map.touchpoints.map((t) =>
      t.id === "tp-queue" ? { ...t, next: [next("tp-ordering", 0.7), next("tp-pickup", 0.3)] } : t.id === "tp-seating" ? { ...t, next: [{ touchpointId: "tp-queue" }] } : t,
    ),
  });
}

describe("flow references", () => {
  it("removing a touchpoint removes the next entries leading to it, and the inverse restores them", () => {
    const map = branching();
    const edit = expectApplied(map, { type: "removeTouchpoint", id: "tp-pickup" });
    expect(edit.map.touchpoints.find((t) => t.id === "tp-queue")?.next).toEqual([{ touchpointId: "tp-ordering" }]);
    expect(JSON.stringify(edit.map)).not.toContain('"tp-pickup"');
  });

  it("removing the only next target leaves an empty next (the implicit edge again), undoably", () => {
    const edit = expectApplied(branching(), { type: "removeTouchpoint", id: "tp-queue" });
    expect(edit.map.touchpoints.find((t) => t.id === "tp-seating")?.next).toEqual([]);
  });

  it("refuses, rather than leaves, a branch whose shares no longer sum to 1", () => {
    const result = applyOperation(branching(true), { type: "removeTouchpoint", id: "tp-pickup" });
    expect(result.ok).toBe(false);
  });

  it("are checked once by the validator, through REFERENCE_FIELDS", () => {
    const document = { ...branching(), touchpoints: branching().touchpoints.map((t) => (t.id === "tp-queue" ? { ...t, next: [{ touchpointId: "tp-nowhere" }] } : t)) };
    const issues = checkReferences(document);
    expect(issues.map((i) => [i.code, i.path])).toEqual([["unknown_reference", ["touchpoints", 4, "next", 0, "touchpointId"]]]);
  });
});
