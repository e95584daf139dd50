import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../../src/analysis/format";
import { layoutJourneyMap } from "../../../src/layout/layout-journey-map";
import type { LayoutOptions } from "../../../src/layout/options";
import type { JourneyLayout, LayoutCell } from "../../../src/layout/types";
import { flowGraph } from "../../../src/model/flow-graph";
import { renderSvg } from "../../../src/render/render-svg";
import { checkXml } from "../../render/xml-check";
import { layoutProblems } from "../check-layout";
import { branchingMapArbitrary } from "./branching-maps";

// Seeds come from tests/setup/fast-check.ts.

const EPS = 0.011;

const optionsArbitrary: fc.Arbitrary<LayoutOptions> = fc.record(
  {
    density: fc.constantFrom("comfortable" as const, "compact" as const),
    gap: fc.integer({ min: 0, max: 12 }),
    maxLines: fc.integer({ min: 1, max: 3 }),
    columnWidth: fc.integer({ min: 120, max: 200 }).map((min) => ({ min, max: min + 60 })),
    wrap: fc.integer({ min: 600, max: 1600 }).map((maxWidth) => ({ maxWidth })),
  },
  { requiredKeys: [] },
);

/** The touchpoint boxes of the layout, by touchpoint id. */
function touchpointBoxes(layout: JourneyLayout): Map<string, LayoutCell> {
  return new Map(layout.cells.filter((c) => c.laneId === "touchpoints").map((c) => [c.entityId, c]));
}

function inside(p: { x: number; y: number }, box: LayoutCell): boolean {
  return p.x >= box.x - EPS && p.x <= box.x + box.width + EPS && p.y >= box.y - EPS && p.y <= box.y + box.height + EPS;
}

/** The first and last point of path data made of M, H and V commands. */
function pathEnds(d: string): { first: { x: number; y: number }; last: { x: number; y: number } } {
  const commands = [...d.matchAll(/([MHV])([-\d.]+)(?:,([-\d.]+))?/g)];
  let x = 0;
  let y = 0;
  let first = { x, y };
  for (const [whole, c, a, b] of commands) {
    expect(whole.length).toBeGreaterThan(1);
    if (c === "M") [x, y] = [Number(a), Number(b)];
    else if (c === "H") x = Number(a);
    else y = Number(a);
    if (c === "M") first = { x, y };
  }
  expect(commands.map((m) => m[0]).join("")).toBe(d);
  return { first, last: { x, y } };
}

/** The straight pieces of path data made of M, H and V commands. */
function segments(d: string): { x1: number; y1: number; x2: number; y2: number }[] {
  const out: { x1: number; y1: number; x2: number; y2: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, c, a, b] of d.matchAll(/([MHV])([-\d.]+)(?:,([-\d.]+))?/g)) {
    if (c === "M") [x, y] = [Number(a), Number(b)];
    else if (c === "H") {
      out.push({ x1: Math.min(x, Number(a)), y1: y, x2: Math.max(x, Number(a)), y2: y });
      x = Number(a);
    } else {
      out.push({ x1: x, y1: Math.min(y, Number(a)), x2: x, y2: Math.max(y, Number(a)) });
      y = Number(a);
    }
  }
  return out;
}

/** What is wrong with the lines of the flow: a piece through the inside of a touchpoint box, or two edges along one line. */
function lineProblems(layout: JourneyLayout): string[] {
  const problems: string[] = [];
  const boxes = [...touchpointBoxes(layout).values()];
  const pieces = (layout.flow?.edges ?? []).flatMap((e) => segments(e.path).map((s) => ({ ...s, name: `${e.from}→${e.to}`, row: e.row })));
  for (const p of pieces) {
    for (const b of boxes) {
      if (p.x2 > b.x + EPS && p.x1 < b.x + b.width - EPS && p.y2 > b.y + EPS && p.y1 < b.y + b.height - EPS) problems.push(`${p.name} crosses ${b.entityId}`);
    }
  }
  pieces.forEach((p, i) => {
    for (const q of pieces.slice(i + 1)) {
      if (p.name === q.name || p.row !== q.row) continue;
      const horizontal = p.y1 === p.y2 && q.y1 === q.y2 && Math.abs(p.y1 - q.y1) < EPS && Math.min(p.x2, q.x2) - Math.max(p.x1, q.x1) > EPS;
      const vertical = p.x1 === p.x2 && q.x1 === q.x2 && Math.abs(p.x1 - q.x1) < EPS && Math.min(p.y2, q.y2) - Math.max(p.y1, q.y1) > EPS;
      if (horizontal || vertical) problems.push(`${p.name} runs along ${q.name}`);
    }
  });
  return problems;
}

describe("drawing the flow of generated branching maps", () => {
  it("places no box over another (label boxes included), keeps every line inside its box, and draws each edge from its from box to its to box", () => {
    fc.assert(
      fc.property(branchingMapArbitrary, optionsArbitrary, (map, options) => {
        const layout = layoutJourneyMap(map, options);
        const labels = (layout.flow?.edges ?? []).flatMap((e) => (e.labelBox ? [e.labelBox] : []));
        expect(layoutProblems({ ...layout, cells: [...layout.cells, ...labels] })).toEqual([]);
        const boxes = touchpointBoxes(layout);
        for (const e of layout.flow?.edges ?? []) {
          const from = boxes.get(e.from) as LayoutCell;
          const to = boxes.get(e.to) as LayoutCell;
          expect(inside(e.start, from), `${e.from} → ${e.to} starts in its box`).toBe(true);
          expect(inside(e.end, to), `${e.from} → ${e.to} ends in its box`).toBe(true);
          const { first, last } = pathEnds(e.path);
          expect([first, last]).toEqual([e.start, e.end]);
          if (e.label !== undefined) expect(e.labelBox?.lines.length).toBeGreaterThan(0);
          expect(e.arrow.startsWith(`M${formatNumber(e.end.x)},${formatNumber(e.end.y)}L`), "the arrowhead's tip is the end").toBe(true);
        }
        expect(lineProblems(layout)).toEqual([]);
        expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
      }),
      { numRuns: 200 },
    );
  });

  it("draws every edge of the flow in one row, and its touchpoints on the tracks they were given", () => {
    fc.assert(
      fc.property(branchingMapArbitrary, (map) => {
        const layout = layoutJourneyMap(map);
        const graph = flowGraph(map);
        const drawn = layout.flow?.edges.map((e) => [e.from, e.to, e.kind]) ?? [];
        const chain = graph.edges.every((e, i) => e.kind === "sequence" && e.to === map.touchpoints[i + 1]?.id) && graph.edges.length === map.touchpoints.length - 1;
        expect(drawn).toEqual(chain ? [] : graph.edges.map((e) => [e.from, e.to, e.kind]));
        const tracks = new Map((layout.flow?.tracks ?? []).map((t) => [t.touchpointId, t.track]));
        const boxes = touchpointBoxes(layout);
        // Deeper tracks sit lower: a box on track k starts below every box of a track above it.
        for (const [a, ta] of tracks) {
          for (const [b, tb] of tracks) {
            if (ta < tb) expect((boxes.get(b) as LayoutCell).y).toBeGreaterThan((boxes.get(a) as LayoutCell).y);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("renders well-formed SVG with one line and one arrowhead per edge, and the labels escaped", () => {
    fc.assert(
      fc.property(branchingMapArbitrary, (map) => {
        const layout = layoutJourneyMap(map);
        const svg = renderSvg(layout, { idPrefix: "flow" });
        expect(checkXml(svg).problems).toEqual([]);
        expect(svg.match(/class="jk-flow-edge"/g)?.length ?? 0).toBe(layout.flow?.edges.length ?? 0);
        expect(svg.match(/class="jk-flow-arrow"/g)?.length ?? 0).toBe(layout.flow?.edges.length ?? 0);
        expect(svg).not.toContain("<marker");
      }),
      { numRuns: 100 },
    );
  });
});
