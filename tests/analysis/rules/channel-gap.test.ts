import { describe, expect, it } from "vitest";
import { emptyMap, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

const channels = [
  { id: "ch-web", name: "Web" },
  { id: "ch-store", name: "Store" },
  { id: "ch-phone", name: "Phone" },
];

describe("channel_gap", () => {
  it("reports a stage served by fewer than half the channels of the best-served other stage", () => {
    const map = {
      ...emptyMap(3),
      channels,
      touchpoints: [
        tp("tp-a", "s-1", { channelId: "ch-web" }),
        tp("tp-b", "s-1", { channelId: "ch-store" }),
        tp("tp-c", "s-1", { channelId: "ch-phone" }),
        tp("tp-d", "s-2", { channelId: "ch-web" }),
        tp("tp-e", "s-2", { channelId: "ch-web" }),
      ],
    };
    expect(findingsOf(map, "channel_gap")).toEqual([
      {
        id: "channel_gap:s-2",
        code: "channel_gap",
        severity: "info",
        message: "Stage 2: served by 1 channel (Web) while Stage 1 uses 3 (Web, Store, Phone)",
        subjectIds: ["s-2"],
        data: { channels: 1, channelIds: ["ch-web"], bestStageId: "s-1", bestChannels: 3, journeyChannels: 3 },
      },
    ]);
  });

  it("finds nothing in a single-channel journey or when stages are balanced", () => {
    const single = { ...emptyMap(2), channels, touchpoints: [tp("tp-a", "s-1", { channelId: "ch-web" }), tp("tp-b", "s-2", { channelId: "ch-web" })] };
    expect(findingsOf(single, "channel_gap")).toEqual([]);
    const balanced = {
      ...emptyMap(2),
      channels,
      touchpoints: [tp("tp-a", "s-1", { channelId: "ch-web" }), tp("tp-b", "s-1", { channelId: "ch-store" }), tp("tp-c", "s-2", { channelId: "ch-phone" })],
    };
    expect(findingsOf(balanced, "channel_gap")).toEqual([]);
  });
});
