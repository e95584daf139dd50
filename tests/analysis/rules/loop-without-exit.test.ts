import { describe, expect, it } from "vitest";
import { emptyMap, findingsOf, tp } from "../fixtures";

const map = {
  ...emptyMap(2),
  touchpoints: [
    tp("tp-a", "s-1", { name: "Pay", next: [{ touchpointId: "tp-b" }, { touchpointId: "tp-x" }] }),
    // Two loops: Fail → Retry → Check → Fail, and Wait ⇄ Ping, listed once each in journey order.
    tp("tp-c", "s-1", { name: "Check", next: [{ touchpointId: "tp-b" }] }),
    tp("tp-b", "s-1", { name: "Fail", next: [{ touchpointId: "tp-r" }] }),
    tp("tp-r", "s-1", { name: "Retry", next: [{ touchpointId: "tp-c" }] }),
    tp("tp-x", "s-2", { name: "Wait", next: [{ touchpointId: "tp-y" }] }),
    tp("tp-y", "s-2", { name: "Ping", next: [{ touchpointId: "tp-x" }] }),
    tp("tp-z", "s-2", { name: "Done" }),
  ],
};

describe("loop_without_exit", () => {
  it("reports each cycle with no way out once, its touchpoints in journey order", () => {
    expect(findingsOf(map, "loop_without_exit")).toEqual([
      {
        id: "loop_without_exit:tp-c/tp-b/tp-r",
        code: "loop_without_exit",
        severity: "warning",
        message: "Check → Fail → Retry: a loop with no way out and no end, so customers who enter it never finish",
        subjectIds: ["tp-c", "tp-b", "tp-r"],
        data: { touchpointIds: ["tp-c", "tp-b", "tp-r"] },
      },
      {
        id: "loop_without_exit:tp-x/tp-y",
        code: "loop_without_exit",
        severity: "warning",
        message: "Wait → Ping: a loop with no way out and no end, so customers who enter it never finish",
        subjectIds: ["tp-x", "tp-y"],
        data: { touchpointIds: ["tp-x", "tp-y"] },
      },
    ]);
    // Written in another order, a loop is still named once, in the new journey order.
    const shuffled = { ...map, touchpoints: [...map.touchpoints.slice(0, 4).reverse(), ...map.touchpoints.slice(4)] };
    expect(findingsOf(shuffled, "loop_without_exit").map((f) => f.id)).toEqual(["loop_without_exit:tp-r/tp-b/tp-c", "loop_without_exit:tp-x/tp-y"]);
  });

  it("finds nothing for a loop with an exit or an end in it", () => {
    const exit = {
      ...map,
      touchpoints: map.touchpoints.map((t) =>
        t.id === "tp-r" ? { ...t, next: [{ touchpointId: "tp-c" }, { touchpointId: "tp-z" }] } : t.id === "tp-y" ? { ...t, terminal: true } : t,
      ),
    };
    expect(findingsOf(exit, "loop_without_exit")).toEqual([]);
  });
});
