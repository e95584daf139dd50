import { describe, expect, it } from "vitest";
import { emptyMap, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("emotion_drop", () => {
  it("reports steep falls between consecutive touchpoints, across stages and over touchpoints without emotion", () => {
    const map = {
      ...emptyMap(2),
      touchpoints: [
        tp("tp-b", "s-2", { name: "Pickup", emotion: 1 }),
        tp("tp-a", "s-1", { name: "Order", emotion: 5 }),
        tp("tp-c", "s-2", { name: "Receipt" }),
        tp("tp-d", "s-2", { name: "Leave", emotion: 3 }),
        tp("tp-e", "s-2", { name: "Review", emotion: 1 }),
      ],
    };
    expect(findingsOf(map, "emotion_drop")).toEqual([
      {
        id: "emotion_drop:tp-a/tp-b",
        code: "emotion_drop",
        severity: "critical",
        message: "Order → Pickup: emotion falls from 5 to 1 (drop 4)",
        subjectIds: ["tp-a", "tp-b"],
        data: { fromEmotion: 5, toEmotion: 1, drop: 4, crossesStage: true },
      },
      {
        id: "emotion_drop:tp-d/tp-e",
        code: "emotion_drop",
        severity: "warning",
        message: "Leave → Review: emotion falls from 3 to 1 (drop 2)",
        subjectIds: ["tp-d", "tp-e"],
        data: { fromEmotion: 3, toEmotion: 1, drop: 2, crossesStage: false },
      },
    ]);
  });

  it("finds nothing when emotion falls gently or rises", () => {
    const map = { ...emptyMap(1), touchpoints: [tp("tp-a", "s-1", { emotion: 4 }), tp("tp-b", "s-1", { emotion: 3 }), tp("tp-c", "s-1", { emotion: 5 })] };
    expect(findingsOf(map, "emotion_drop")).toEqual([]);
  });

  it("follows the flow's branches and loops instead of journey order", () => {
    // Order branches to App (5) and Counter (1); Counter loops back to Order. In journey
    // order, App → Counter would be a drop; along the flow it is no step at all.
    const map = {
      ...emptyMap(1),
      touchpoints: [
        tp("tp-order", "s-1", { name: "Order", emotion: 4, next: [{ touchpointId: "tp-app" }, { touchpointId: "tp-wait" }] }),
        tp("tp-app", "s-1", { name: "App", emotion: 5, next: [{ touchpointId: "tp-done" }] }),
        tp("tp-wait", "s-1", { name: "Wait" }),
        tp("tp-counter", "s-1", { name: "Counter", emotion: 1, next: [{ touchpointId: "tp-order" }, { touchpointId: "tp-done" }] }),
        tp("tp-done", "s-1", { name: "Done", emotion: 1 }),
      ],
    };
    expect(findingsOf(map, "emotion_drop").map((f) => [f.id, f.severity])).toEqual([
      ["emotion_drop:tp-order/tp-counter", "critical"],
      ["emotion_drop:tp-app/tp-done", "critical"],
    ]);
    const chain = { ...map, touchpoints: map.touchpoints.map(({ next: _next, ...t }) => t) };
    expect(findingsOf(chain, "emotion_drop").map((f) => f.id)).toEqual(["emotion_drop:tp-app/tp-counter"]);
  });
});
