import { describe, expect, it } from "vitest";
import { emptyMap, findingsOf, tp } from "../fixtures";

describe("unreachable_touchpoint", () => {
  it("reports touchpoints no path reaches from a start", () => {
    // Welcome jumps to Done; Retry and Fix only lead to each other.
    const map = {
      ...emptyMap(1),
      touchpoints: [
        tp("tp-a", "s-1", { name: "Welcome", next: [{ touchpointId: "tp-d" }] }),
        tp("tp-b", "s-1", { name: "Retry", next: [{ touchpointId: "tp-c" }] }),
        tp("tp-c", "s-1", { name: "Fix", next: [{ touchpointId: "tp-b" }, { touchpointId: "tp-d" }] }),
        tp("tp-d", "s-1", { name: "Done" }),
      ],
    };
    expect(findingsOf(map, "unreachable_touchpoint")).toEqual([
      {
        id: "unreachable_touchpoint:tp-b",
        code: "unreachable_touchpoint",
        severity: "warning",
        message: "Retry: no path of the flow leads here from where the journey starts",
        subjectIds: ["tp-b"],
        data: { stageId: "s-1" },
      },
      {
        id: "unreachable_touchpoint:tp-c",
        code: "unreachable_touchpoint",
        severity: "warning",
        message: "Fix: no path of the flow leads here from where the journey starts",
        subjectIds: ["tp-c"],
        data: { stageId: "s-1" },
      },
    ]);
  });

  it("finds nothing in a chain or in a branch that joins again", () => {
    expect(findingsOf({ ...emptyMap(2), touchpoints: [tp("tp-a", "s-1"), tp("tp-b", "s-2")] }, "unreachable_touchpoint")).toEqual([]);
    const branch = {
      ...emptyMap(1),
      touchpoints: [
        tp("tp-a", "s-1", { next: [{ touchpointId: "tp-b" }, { touchpointId: "tp-c" }] }),
        tp("tp-b", "s-1", { next: [{ touchpointId: "tp-d" }] }),
        tp("tp-c", "s-1"),
        tp("tp-d", "s-1"),
      ],
    };
    expect(findingsOf(branch, "unreachable_touchpoint")).toEqual([]);
  });
});
