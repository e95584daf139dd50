import { describe, expect, it } from "vitest";
import { emptyMap, findingsOf, tp } from "../fixtures";
import { emptyAnalytics } from "../measured-fixtures";

const map = {
  ...emptyMap(1),
  channels: [
    { id: "ch-web", name: "Web", kind: "digital" as const },
    { id: "ch-store", name: "Store", kind: "physical" as const },
  ],
  touchpoints: [
    tp("tp-site", "s-1", { name: "Site", channelId: "ch-web" }),
    tp("tp-app", "s-1", { name: "App", channelId: "ch-web", observe: [{ event: "app.*" }] }),
    tp("tp-till", "s-1", { name: "Till", channelId: "ch-store" }),
    tp("tp-none", "s-1", { name: "Nowhere" }),
  ],
};

describe("uninstrumented_touchpoint", () => {
  it("reports a digital touchpoint without an observe rule, as info, when analytics is given", () => {
    expect(findingsOf(map, "uninstrumented_touchpoint", { analytics: emptyAnalytics() })).toEqual([
      {
        id: "uninstrumented_touchpoint:tp-site",
        code: "uninstrumented_touchpoint",
        severity: "info",
        message: "Site: on the digital channel Web but has no observe rule, so event logs cannot show it",
        subjectIds: ["tp-site"],
        data: { stageId: "s-1", channelId: "ch-web" },
      },
    ]);
  });

  it("stays quiet without analytics, and for instrumented or non-digital touchpoints", () => {
    expect(findingsOf(map, "uninstrumented_touchpoint")).toEqual([]);
    const instrumented = { ...map, touchpoints: map.touchpoints.filter((t) => t.id !== "tp-site") };
    expect(findingsOf(instrumented, "uninstrumented_touchpoint", { analytics: emptyAnalytics() })).toEqual([]);
  });
});
