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
});
