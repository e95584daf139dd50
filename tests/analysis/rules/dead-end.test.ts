import { describe, expect, it } from "vitest";
import { emptyMap, findingsOf, tp } from "../fixtures";

/** Start leads into Search ⇄ Results, which never leave; Help is the last touchpoint (an end) and a start. */
const trap = {
  ...emptyMap(1),
  touchpoints: [
    tp("tp-start", "s-1", { name: "Start" }),
    tp("tp-search", "s-1", { name: "Search", next: [{ touchpointId: "tp-results" }] }),
    tp("tp-results", "s-1", { name: "Results", next: [{ touchpointId: "tp-search" }] }),
    tp("tp-help", "s-1", { name: "Help" }),
  ],
};

describe("dead_end", () => {
  it("reports a touchpoint from which no end can be reached, leaving the loop itself to loop_without_exit", () => {
    expect(findingsOf(trap, "dead_end")).toEqual([
      {
        id: "dead_end:tp-start",
        code: "dead_end",
        severity: "warning",
        message: "Start: no path of the flow leads from here to an end of the journey",
        subjectIds: ["tp-start"],
        data: { stageId: "s-1" },
      },
    ]);
  });

  it("finds nothing when every touchpoint can finish, by the last touchpoint or a terminal one", () => {
    expect(findingsOf({ ...emptyMap(1), touchpoints: [tp("tp-a", "s-1"), tp("tp-b", "s-1")] }, "dead_end")).toEqual([]);
    const exit = { ...trap, touchpoints: trap.touchpoints.map((t) => (t.id === "tp-results" ? { ...t, terminal: true } : t)) };
    expect(findingsOf(exit, "dead_end")).toEqual([]);
  });
});
