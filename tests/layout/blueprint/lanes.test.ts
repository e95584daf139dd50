import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BLUEPRINT_LANES } from "../../../src/layout/lanes/index";
import { layoutJourneyMap } from "../../../src/layout/layout-journey-map";
import type { LayoutCell } from "../../../src/layout/types";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { layoutProblems } from "../check-layout";
import { smallMap } from "../fixtures";
import { blueprintProblems } from "./check-blueprint";
import { blueprintMap } from "./fixtures";

const layout = layoutJourneyMap(blueprintMap, { view: "blueprint" });
const cellsOf = (laneId: string) => layout.cells.filter((c) => c.laneId === laneId);
const cell = (laneId: string, id: string) => layout.cells.find((c) => c.laneId === laneId && c.entityId === id) as LayoutCell;
const joined = (c: LayoutCell | undefined) => c?.lines.map((l) => l.text).join(" ");
const columnOf = (id: string) => layout.columns.find((c) => c.touchpointId === id);
const inColumn = (c: LayoutCell, tp: string) => c.x === columnOf(tp)?.x && c.width === columnOf(tp)?.width;

describe("the blueprint lanes", () => {
  it("show the physical evidence: one box per prop in its touchpoint's column", () => {
    expect(cellsOf("props").map((c) => [c.entityId, joined(c)])).toEqual([
      ["tp-email", "Reminder email"],
      ["tp-card", "Library card"],
      ["tp-card", "Receipt"],
    ]);
    expect(cellsOf("props").every((c) => inColumn(c, c.entityId))).toBe(true);
  });

  it("put each service step in the lane of its layer, in its touchpoint's column, with its text, owner and system", () => {
    expect(cellsOf("frontstage").map((c) => c.entityId)).toEqual(["st-remind", "st-check"]);
    expect(cellsOf("backstage").map((c) => c.entityId)).toEqual(["st-review", "st-desk"]);
    expect(cellsOf("support").map((c) => c.entityId)).toEqual(["st-list", "st-log", "st-print"]);
    expect(inColumn(cell("support", "st-print"), "tp-card")).toBe(true);
    expect(joined(cell("frontstage", "st-remind"))).toBe("Mailer sends the reminder Front desk · Mailer");
    expect(cell("frontstage", "st-remind").lines.find((l) => l.text === "Front desk · Mailer")?.muted).toBe(true);
  });

  it("say a fail point and its mitigation, or its lack, and a wait over its tolerance, in words", () => {
    expect(joined(cell("frontstage", "st-check"))).toBe("Form checks the photo ! Fail point Mitigation: Show the size limit");
    expect(joined(cell("backstage", "st-review"))).toBe("Staff review the photo Front desk ! Fail point No mitigation ! Wait: 30 min / 10 min");
    expect(cell("backstage", "st-review").kind).toBe("failPointStep");
    expect(cell("backstage", "st-desk").kind).toBe("serviceStep");
  });

  it("show each touchpoint's and step's time against its tolerance, marking the time over it with words and a second bar segment", () => {
    expect(cellsOf("time").map((c) => c.entityId)).toEqual(["st-list", "tp-form", "st-review", "tp-card"]);
    expect(joined(cell("time", "tp-form"))).toBe("Touchpoint 12 min / 8 min ! 4 min over tolerance");
    expect(cell("time", "tp-form").kind).toBe("durationOver");
    expect(joined(cell("time", "tp-card"))).toBe("Touchpoint 3 min / 5 min");
    expect(cell("time", "tp-card").kind).toBe("duration");
    const bars = (c: LayoutCell) => (c.glyphs ?? []).flatMap((g) => (g.type === "bar" ? [g] : []));
    const [track, within, over] = bars(cell("time", "tp-form"));
    expect([track?.tone, within?.tone, over?.tone]).toEqual(["track", "value", "bottom"]);
    expect((within?.width ?? 0) / (track?.width ?? 1)).toBeCloseTo(8 / 12, 2);
    expect((over?.width ?? 0) / (track?.width ?? 1)).toBeCloseTo(4 / 12, 1);
    expect(bars(cell("time", "tp-card")).map((b) => b.tone)).toEqual(["track", "value"]);
  });

  it("write long times in hours and days", () => {
    const slow = layoutJourneyMap(
      {
        ...blueprintMap,
        serviceSteps: [{ id: "st-slow", touchpointId: "tp-card", layer: "support", text: "Post", durationMinutes: 4320, toleranceMinutes: 1440, dependsOn: [], evidenceIds: [] }],
      },
      { lanes: ["time"] },
    );
    expect(joined(slow.cells.find((c) => c.entityId === "st-slow"))).toBe("Post 3 d / 1 d ! 2 d over tolerance");
    const hours = layoutJourneyMap(
      {
        ...blueprintMap,
        serviceSteps: [{ id: "st-h", touchpointId: "tp-card", layer: "support", text: "Check", durationMinutes: 240, toleranceMinutes: 60, dependsOn: [], evidenceIds: [] }],
      },
      { lanes: ["support"] },
    );
    expect(joined(hours.cells.find((c) => c.entityId === "st-h"))).toBe("Check ! Wait: 4 h / 1 h");
  });

  it("lay out the blueprint without a clipped line or an overlap", () => {
    expect(layoutProblems(layout)).toEqual([]);
    expect(blueprintProblems(layout)).toEqual([]);
    const compact = layoutJourneyMap(blueprintMap, { view: "blueprint", density: "compact", wrap: { maxWidth: 700 } });
    expect(layoutProblems(compact)).toEqual([]);
    expect(blueprintProblems(compact)).toEqual([]);
  });
});

describe("view", () => {
  it('"blueprint" shows the blueprint lanes in order, leaving out those with nothing in them', () => {
    expect(layout.lanes.map((l) => l.id)).toEqual([...BLUEPRINT_LANES]);
    const noSteps = layoutJourneyMap(smallMap, { view: "blueprint" });
    expect(noSteps.lanes.map((l) => l.id)).toEqual(["stages", "touchpoints", "actions"]);
    expect(noSteps.blueprint).toBeUndefined();
  });

  it('"journey" (the default) leaves the blueprint lanes out, and a lanes list wins over the view', () => {
    expect(layoutJourneyMap(blueprintMap, { view: "journey" })).toEqual(layoutJourneyMap(blueprintMap));
    expect(layoutJourneyMap(blueprintMap).lanes.map((l) => l.id)).not.toContain("frontstage");
    expect(layoutJourneyMap(blueprintMap).blueprint).toBeUndefined();
    expect(layoutJourneyMap(blueprintMap, { view: "blueprint", lanes: ["stages", "backstage"] }).lanes.map((l) => l.id)).toEqual(["stages", "backstage"]);
    expect(layoutJourneyMap(blueprintMap, { view: "blueprint", lanes: "auto" }).lanes.map((l) => l.id)).toEqual([...BLUEPRINT_LANES]);
  });

  it("mixes the blueprint lanes with any other lane", () => {
    const mixed = layoutJourneyMap(blueprintMap, { lanes: ["stages", "touchpoints", "emotion", "frontstage", "backstage", "painPoints", "time"] });
    expect(mixed.lanes.map((l) => l.id)).toEqual(["stages", "touchpoints", "emotion", "frontstage", "backstage", "painPoints", "time"]);
    expect(layoutProblems(mixed)).toEqual([]);
    expect(blueprintProblems(mixed)).toEqual([]);
  });

  it("refuses anything else, naming the option", () => {
    expect(() => layoutJourneyMap(smallMap, { view: "bluprint" as never })).toThrow(new RangeError('invalid view: "bluprint"; did you mean "blueprint"?'));
    expect(() => layoutJourneyMap(smallMap, { view: 2 as never })).toThrow(new TypeError('invalid view: 2; expected "journey" or "blueprint"'));
    expect(() => layoutJourneyMap(smallMap, { view: "x" as never, lanes: ["stages"] })).toThrow(RangeError);
  });
});

describe("the blueprint examples", () => {
  const load = (name: string) => parseJourneyMap(readFileSync(join(import.meta.dirname, "../../../examples", `${name}.json`), "utf8"));
  it.each(["bank-account-opening", "coffee-shop"])("%s lays out as a blueprint with nothing clipped or overlapping, in every density and wrapped", (name) => {
    const map = load(name);
    for (const options of [{}, { density: "compact" as const }, { wrap: { maxWidth: 880 } }, { wrap: { maxWidth: 600 }, density: "compact" as const, maxLines: 2 }]) {
      const laid = layoutJourneyMap(map, { view: "blueprint", ...options });
      expect(layoutProblems(laid), JSON.stringify(options)).toEqual([]);
      expect(blueprintProblems(laid), JSON.stringify(options)).toEqual([]);
      expect(laid.blueprint?.arrows.length, JSON.stringify(options)).toBeGreaterThan(0);
    }
  });

  it("bank-account-opening covers all three layers, fail points with and without mitigation, mutual and one-way dependencies", () => {
    const steps = load("bank-account-opening").serviceSteps ?? [];
    expect(new Set(steps.map((s) => s.layer))).toEqual(new Set(["frontstage", "backstage", "support"]));
    expect(steps.some((s) => s.failPoint && s.mitigation)).toBe(true);
    expect(steps.some((s) => s.failPoint && !s.mitigation)).toBe(true);
    expect(steps.some((s) => s.dependsOn.some((d) => d.mutual))).toBe(true);
    expect(steps.some((s) => s.dependsOn.some((d) => !d.mutual))).toBe(true);
    expect(steps.some((s) => (s.durationMinutes ?? 0) > (s.toleranceMinutes ?? Infinity))).toBe(true);
  });
});
