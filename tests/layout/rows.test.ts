import { describe, expect, it } from "vitest";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import type { JourneyLayout } from "../../src/layout/types";
import { generateJourneyMap } from "../support/generate-map";
import { layoutProblems } from "./check-layout";
import { exampleMap as example, smallMap } from "./fixtures";

/** The layout's lanes, row by row, as their ids. */
function laneIdsByRow(layout: JourneyLayout): string[][] {
  const rows: string[][] = [];
  for (const lane of layout.lanes) {
    const r = lane.row ?? 0;
    rows[r] = [...(rows[r] ?? []), lane.id];
  }
  return rows;
}

describe("wrap: stages in rows", () => {
  const coffee = example("coffee-shop");

  it("keeps every row within maxWidth, repeats the lanes in every row, and keeps every guarantee", () => {
    for (const maxWidth of [520, 880, 1400]) {
      const layout = layoutJourneyMap(coffee, { wrap: { maxWidth } });
      expect(layout.width).toBeLessThanOrEqual(maxWidth);
      expect(layout.rows!.length).toBeGreaterThan(1);
      const rows = laneIdsByRow(layout);
      expect(rows).toHaveLength(layout.rows!.length);
      for (const ids of rows) expect(ids).toEqual(rows[0]);
      for (const c of layout.columns) expect(c.x + c.width).toBeLessThanOrEqual(maxWidth - 16);
      expect(layoutProblems(layout)).toEqual([]);
      // Rows are stacked: each starts below the one before.
      for (let r = 1; r < layout.rows!.length; r++) expect(layout.rows![r]!.y).toBeGreaterThan(layout.rows![r - 1]!.y + layout.rows![r - 1]!.height);
    }
  });

  it("never splits a stage that fits a row, and keeps stages in order", () => {
    const layout = layoutJourneyMap(coffee, { wrap: { maxWidth: 880 } });
    const room = 880 - 2 * 16 - 140 - 8;
    for (const stage of coffee.stages) {
      const pieces = layout.stages.filter((s) => s.stageId === stage.id);
      const whole = pieces.reduce((w, p) => w + p.width, 0) + 8 * (pieces.length - 1);
      if (pieces.length > 1) expect(whole).toBeGreaterThan(room);
    }
    expect([...new Set(layout.stages.map((s) => s.stageId))]).toEqual(coffee.stages.map((s) => s.id));
    const rowsOfStages = layout.stages.map((s) => s.row!);
    expect([...rowsOfStages].sort((a, b) => a - b)).toEqual(rowsOfStages);
  });

  it("splits a stage wider than a row, its touchpoints filling the rows, its name in every row", () => {
    const map = generateJourneyMap({ touchpoints: 40, stages: 1 });
    const layout = layoutJourneyMap(map, { wrap: { maxWidth: 1000 } });
    expect(layout.width).toBeLessThanOrEqual(1000);
    const rows = layout.rows!.length;
    expect(rows).toBeGreaterThan(5);
    expect(layout.stages).toHaveLength(rows);
    expect(layout.cells.filter((c) => c.kind === "stage")).toHaveLength(rows);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("draws the emotion curve per row, over that row's touchpoints only", () => {
    const layout = layoutJourneyMap(coffee, { wrap: { maxWidth: 880 } });
    const emotions = layout.rows!.map((r) => r.emotion!);
    expect(layout.emotion).toBe(emotions[0]);
    layout.rows!.forEach((row, r) => {
      const columns = new Set(layout.columns.filter((c) => c.row === r && c.touchpointId).map((c) => c.touchpointId));
      for (const s of row.emotion!.series) for (const p of s.points) expect(columns.has(p.touchpointId)).toBe(true);
      expect(row.emotion!.plot.y).toBeGreaterThan(row.y);
      expect(row.emotion!.plot.y + row.emotion!.plot.height).toBeLessThan(row.y + row.height);
    });
    const points = emotions.flatMap((e) => e.series[0]!.points.map((p) => p.touchpointId));
    expect(points).toEqual(layoutJourneyMap(coffee).emotion!.series[0]!.points.map((p) => p.touchpointId));
  });

  it("gives one row and no row numbers without wrap", () => {
    const layout = layoutJourneyMap(smallMap);
    expect(layout.rows).toBeUndefined();
    expect(layout.lanes.every((l) => l.row === undefined)).toBe(true);
    expect(layoutJourneyMap(smallMap, { wrap: { maxWidth: 100_000 } }).rows).toHaveLength(1);
  });
});

describe('lanes: "auto"', () => {
  it("leaves out the empty lanes of a Mermaid import; a list shows exactly what it names", () => {
    const result = fromMermaid("journey\n  title Coffee\n  section Order\n    Pick a drink: 4: Ana\n    Pay: 2: Ana\n");
    if (!result.success) throw result.error;
    const map = result.data;
    expect(layoutJourneyMap(map).lanes.map((l) => l.id)).toEqual(["stages", "touchpoints", "emotion"]);
    const listed = layoutJourneyMap(map, { lanes: ["stages", "actions", "owners"] });
    expect(listed.lanes.map((l) => l.id)).toEqual(["stages", "actions", "owners"]);
  });

  it("shows every default lane of a map that fills them", () => {
    expect(layoutJourneyMap(smallMap).lanes.map((l) => l.id)).toEqual(layoutJourneyMap(smallMap, { lanes: "auto" }).lanes.map((l) => l.id));
  });
});

describe("density", () => {
  it("compact: smaller paddings and gaps, the same fonts, a smaller map", () => {
    const map = example("coffee-shop");
    const comfortable = layoutJourneyMap(map);
    const compact = layoutJourneyMap(map, { density: "compact" });
    expect(compact.padding).toBe(5);
    expect(compact.height).toBeLessThan(comfortable.height * 0.9);
    expect(compact.cells[0]!.lines[0]!.font).toEqual(comfortable.cells[0]!.lines[0]!.font);
    expect(layoutProblems(compact)).toEqual([]);
  });
});
