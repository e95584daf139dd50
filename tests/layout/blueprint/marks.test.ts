import { describe, expect, it } from "vitest";
import { dependencies } from "../../../src/layout/blueprint/route-arrows";
import { layoutJourneyMap } from "../../../src/layout/layout-journey-map";
import type { LayoutCell } from "../../../src/layout/types";
import { onEdge } from "./check-blueprint";
import { blueprintMap } from "./fixtures";

const layout = layoutJourneyMap(blueprintMap, { view: "blueprint" });
const bp = layout.blueprint ?? { lines: [], arrows: [], badges: [], arrowSize: 0 };
const step = (id: string) => layout.cells.find((c) => c.entityId === id && c.laneId !== "time") as LayoutCell;
const lane = (id: string) => layout.lanes.find((l) => l.id === id);

describe("the blueprint lines", () => {
  it("are three, labelled, with three dash patterns, each on top of its lower lane", () => {
    expect(bp.lines.map((l) => [l.kind, l.laneId, l.label.text])).toEqual([
      ["interaction", "frontstage", "Line of interaction"],
      ["visibility", "backstage", "Line of visibility"],
      ["internal-interaction", "support", "Line of internal interaction"],
    ]);
    expect(new Set(bp.lines.map((l) => JSON.stringify(l.dash))).size).toBe(3);
    expect(bp.lines[0]?.dash).toEqual([]);
    for (const line of bp.lines) {
      const below = lane(line.laneId);
      if (!below) throw new Error(line.laneId);
      // Between the lane above and the first box of the lane below.
      expect(line.y).toBeGreaterThan(below.y);
      const first = Math.min(...layout.cells.filter((c) => c.laneId === line.laneId).map((c) => c.y));
      expect(line.y).toBeLessThan(first);
      expect(line.x2).toBe(layout.width - 16);
      expect(line.x1).toBeGreaterThan(line.label.x);
    }
  });

  it("are drawn only between two lanes both shown, one right above the other", () => {
    const kinds = (lanes: string[]) => (layoutJourneyMap(blueprintMap, { lanes }).blueprint?.lines ?? []).map((l) => l.kind);
    expect(kinds(["stages", "touchpoints", "frontstage", "support"])).toEqual(["interaction"]);
    expect(kinds(["stages", "backstage", "support"])).toEqual(["internal-interaction"]);
    expect(kinds(["actions", "emotion", "frontstage", "backstage"])).toEqual(["visibility"]);
    expect(kinds(["support", "backstage", "frontstage"])).toEqual([]);
    // A lane without its line keeps no room for it.
    const alone = layoutJourneyMap(blueprintMap, { lanes: ["support"] });
    expect(alone.cells[0]?.y).toBe((alone.lanes[0]?.y ?? 0) + 8);
  });

  it("repeat in every row of a wrapped layout", () => {
    const wrapped = layoutJourneyMap(blueprintMap, { view: "blueprint", wrap: { maxWidth: 700 } });
    const rows = new Set(wrapped.lanes.map((l) => l.row));
    expect(wrapped.blueprint?.lines.length).toBe(3 * rows.size);
    expect(rows.size).toBeGreaterThan(1);
  });
});

describe("the dependency arrows", () => {
  it("go from the step needed to the step that needs it, once per pair, double-headed when mutual", () => {
    expect(bp.arrows.map((a) => [a.fromStepId, a.toStepId, a.mutual])).toEqual([
      ["st-list", "st-check", false],
      ["st-review", "st-log", false],
      ["st-review", "st-desk", false],
      ["st-review", "st-print", true],
    ]);
    const both = dependencies({
      ...blueprintMap,
      serviceSteps: [
        { id: "a", touchpointId: "tp-form", layer: "backstage", text: "A", dependsOn: [{ stepId: "b" }], evidenceIds: [] },
        { id: "b", touchpointId: "tp-form", layer: "backstage", text: "B", dependsOn: [{ stepId: "a" }, { stepId: "b" }], evidenceIds: [] },
      ],
    });
    expect(both).toEqual([{ from: "b", to: "a", mutual: true }]);
  });

  it("start and end on the outlines of their two boxes, leaving and entering by the side that faces the other", () => {
    for (const a of bp.arrows) {
      const first = a.points[0] as { x: number; y: number };
      const last = a.points[a.points.length - 1] as { x: number; y: number };
      expect(onEdge(first, step(a.fromStepId)), a.fromStepId).toBe(true);
      expect(onEdge(last, step(a.toStepId)), a.toStepId).toBe(true);
    }
    const [oneWay] = bp.arrows;
    expect(oneWay?.points[0]?.x).toBe(step("st-list").x + step("st-list").width);
    expect(oneWay?.points.at(-1)?.x).toBe(step("st-check").x);
    // Within one column, both ends on the right edge.
    const down = bp.arrows[1];
    expect(down?.points[0]?.x).toBe(down?.points.at(-1)?.x);
  });

  it("are orthogonal, and reach a column further away along the gap above the lower lane", () => {
    for (const a of bp.arrows) {
      for (let i = 1; i < a.points.length; i++) {
        const p = a.points[i - 1] as { x: number; y: number };
        const q = a.points[i] as { x: number; y: number };
        expect(p.x === q.x || p.y === q.y).toBe(true);
      }
      expect(a.path.startsWith(`M${a.points[0]?.x} ${a.points[0]?.y}L`)).toBe(true);
    }
    const far = bp.arrows[3];
    expect(far?.points.length).toBe(6);
    expect(far?.points[2]?.y).toBe(lane("support")?.y);
  });

  it("end in a head pointing into the box, and begin in one too when mutual", () => {
    const [oneWay] = bp.arrows;
    const tip = oneWay?.points.at(-1);
    expect(oneWay?.heads).toEqual([[tip, { x: (tip?.x ?? 0) - 6, y: (tip?.y ?? 0) + 3 }, { x: (tip?.x ?? 0) - 6, y: (tip?.y ?? 0) - 3 }]]);
    expect(bp.arrows[3]?.heads.map((h) => h[0])).toEqual([bp.arrows[3]?.points.at(-1), bp.arrows[3]?.points[0]]);
  });

  it("leave out a dependency whose step is not drawn", () => {
    const some = layoutJourneyMap(blueprintMap, { lanes: ["frontstage", "support"] });
    expect(some.blueprint?.arrows.map((a) => a.toStepId)).toEqual(["st-check"]);
  });
});

describe("the badges", () => {
  it("mark fail points with their mitigation and waits over tolerance, on the top edge of the box", () => {
    const of = (id: string) => bp.badges.filter((b) => b.entityId === id).map((b) => [b.laneId, b.kind, b.title]);
    expect(of("st-check")).toEqual([["frontstage", "fail-point", "Fail point: mitigation: Show the size limit"]]);
    expect(of("st-review")).toEqual([
      ["backstage", "fail-point", "Fail point: no mitigation"],
      ["backstage", "wait", "Wait: 30 min against a tolerance of 10 min"],
      ["time", "wait", "Wait: 30 min against a tolerance of 10 min"],
    ]);
    expect(of("tp-form")).toEqual([["time", "wait", "Wait: 12 min against a tolerance of 8 min"]]);
    expect(of("st-desk")).toEqual([]);
    for (const b of bp.badges) {
      const box = layout.cells.find((c) => c.entityId === b.entityId && c.laneId === b.laneId) as LayoutCell;
      expect(b.y).toBe(box.y);
      expect(b.x + b.r).toBeLessThanOrEqual(box.x + box.width);
    }
  });

  it("are smaller than the gap and the padding, and left out when those leave no room", () => {
    expect(bp.badges[0]?.r).toBe(7);
    expect(layoutJourneyMap(blueprintMap, { view: "blueprint", density: "compact" }).blueprint?.badges[0]?.r).toBe(3);
    expect(layoutJourneyMap(blueprintMap, { view: "blueprint", gap: 2 }).blueprint?.badges).toEqual([]);
  });
});
