import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../../src/layout/layout-journey-map";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { exampleMap } from "../fixtures";

const branching = parseJourneyMap({
  schemaVersion: 1,
  id: "m",
  title: "Coffee",
  stages: [
    { id: "s1", name: "Arrive" },
    { id: "s2", name: "Order" },
    { id: "s3", name: "Drink" },
  ],
  touchpoints: [
    {
      id: "a",
      stageId: "s1",
      name: "Walks in",
      emotion: 3,
      next: [
        { touchpointId: "q", share: 0.6, label: "Queue" },
        { touchpointId: "app", share: 0.4 },
      ],
    },
    { id: "q", stageId: "s2", name: "Queues", emotion: 2 },
    { id: "pay", stageId: "s2", name: "Pays", emotion: 3, next: [{ touchpointId: "pick" }] },
    { id: "app", stageId: "s2", name: "Orders in the app", emotion: 4, next: [{ touchpointId: "pick" }] },
    { id: "pick", stageId: "s3", name: "Picks up", emotion: 4, next: [{ touchpointId: "drink" }, { touchpointId: "q", label: "Wrong order" }] },
    { id: "drink", stageId: "s3", name: "Drinks", emotion: 5 },
  ],
});

describe("the flow in the layout", () => {
  it("is absent, and the layout unchanged, for a map whose flow is the plain chain", () => {
    const map = exampleMap("saas-onboarding");
    const layout = layoutJourneyMap(map);
    expect(layout.flow).toBeUndefined();
    expect(layout.summary.flow).toBeUndefined();
    const explicit = { ...map, touchpoints: map.touchpoints.map((t) => ({ ...t, next: [] })) };
    expect(layoutJourneyMap(explicit)).toEqual(layout);
  });

  it("puts the branch on a track below, with its label above the box it arrives at", () => {
    const layout = layoutJourneyMap(branching);
    expect(layout.flow?.tracks).toEqual([
      { touchpointId: "a", track: 0 },
      { touchpointId: "q", track: 0 },
      { touchpointId: "pay", track: 0 },
      { touchpointId: "app", track: 1 },
      { touchpointId: "pick", track: 0 },
      { touchpointId: "drink", track: 0 },
    ]);
    const box = (id: string) => layout.cells.find((c) => c.laneId === "touchpoints" && c.entityId === id);
    const queue = layout.flow?.edges.find((e) => e.to === "q" && e.from === "a");
    expect(queue?.label).toBe("Queue\u00a0·\u00a060%");
    expect(queue?.labelBox?.x).toBe(box("q")?.x);
    expect((queue?.labelBox?.y ?? 0) + (queue?.labelBox?.height ?? 0)).toBeLessThanOrEqual(box("q")?.y ?? 0);
    expect(layout.flow?.edges.find((e) => e.to === "app")?.label).toBe("40%");
    expect(layout.flow?.edges.find((e) => e.from === "pick" && e.to === "q")?.route).toBe("above");
  });

  it("draws one emotion curve per path: the main path and the branch, each a subpath", () => {
    const layout = layoutJourneyMap(branching);
    expect(layout.flow?.paths).toEqual([
      ["a", "q", "pay", "pick", "drink"],
      ["a", "app", "pick"],
    ]);
    const curve = layout.emotion?.series[0]?.path ?? "";
    expect(curve.match(/M/g)?.length).toBe(2);
    expect(layout.emotion?.series[0]?.points.map((p) => p.touchpointId)).toEqual(["a", "q", "pay", "app", "pick", "drink"]);
  });

  it("counts branches, loops and optional touchpoints for the description", () => {
    expect(layoutJourneyMap(branching).summary.flow).toEqual({ branches: 1, loops: 1, optional: 0 });
  });

  it("with wrap, draws each row's edges in that row and leaves out those between rows", () => {
    const layout = layoutJourneyMap(branching, { wrap: { maxWidth: 700 } });
    const rowOf = new Map(layout.columns.flatMap((c) => (c.touchpointId ? [[c.touchpointId, c.row]] : [])));
    expect(new Set(rowOf.values()).size).toBeGreaterThan(1);
    for (const e of layout.flow?.edges ?? []) {
      expect(rowOf.get(e.from)).toBe(e.row);
      expect(rowOf.get(e.to)).toBe(e.row);
    }
    expect(layout.flow?.edges.length).toBeLessThan(layoutJourneyMap(branching).flow?.edges.length ?? 0);
  });

  it("has no flow without the touchpoints lane, but still one curve per path", () => {
    const layout = layoutJourneyMap(branching, { lanes: ["stages", "emotion"] });
    expect(layout.flow).toBeUndefined();
    expect(layout.emotion?.series[0]?.path.match(/M/g)?.length).toBe(2);
  });
});
