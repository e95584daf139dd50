import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LayoutOptions } from "../../src/layout/options";
import { renderJourneyMapSvg } from "../../src/render/index";
import { exampleMap } from "../layout/fixtures";
import { branchingMapArbitrary } from "../layout/flow/branching-maps";
import { checkSvgInPage } from "./page-checks";
import { usePage } from "./use-page";

const page = usePage();

/** What the browser found wrong with the flow's arrows: one that does not start in its from box or end in its to box. */
interface FlowReport {
  edges: number;
  problems: string[];
}

/**
 * Runs in the page (the SVG is already in `#host`): for each flow edge, its path's first and
 * last point by `getPointAtLength` must lie in the boxes (by `getBBox`) of its touchpoints
 * (0.5 px tolerance), and its arrowhead's tip must be that last point.
 */
function checkFlowInPage(): FlowReport {
  const svg = document.querySelector("#host svg") as SVGSVGElement;
  const boxes = new Map<string, DOMRect>();
  for (const cell of Array.from(svg.querySelectorAll('g.jk-cell[data-lane="touchpoints"]'))) {
    if (cell.closest(".jk-flow")) continue;
    boxes.set(cell.getAttribute("data-id") ?? "", (cell.querySelector("rect.jk-box") as SVGRectElement).getBBox());
  }
  const report: FlowReport = { edges: 0, problems: [] };
  const tol = 0.5;
  const inside = (p: DOMPoint, b: DOMRect | undefined) => b !== undefined && p.x >= b.x - tol && p.x <= b.x + b.width + tol && p.y >= b.y - tol && p.y <= b.y + b.height + tol;
  const arrows = Array.from(svg.querySelectorAll("path.jk-flow-arrow")) as SVGPathElement[];
  for (const path of Array.from(svg.querySelectorAll("path.jk-flow-edge")) as SVGPathElement[]) {
    report.edges++;
    const from = path.getAttribute("data-from") ?? "";
    const to = path.getAttribute("data-to") ?? "";
    const length = path.getTotalLength();
    const first = path.getPointAtLength(0);
    const last = path.getPointAtLength(length);
    if (!inside(first, boxes.get(from))) report.problems.push(`${from} → ${to}: starts at ${first.x},${first.y}, outside ${from}`);
    if (!inside(last, boxes.get(to))) report.problems.push(`${from} → ${to}: ends at ${last.x},${last.y}, outside ${to}`);
    const arrow = arrows[report.edges - 1];
    const tip = arrow?.getPointAtLength(0);
    if (!arrow || arrow.getAttribute("data-to") !== to || !tip || Math.hypot(tip.x - last.x, tip.y - last.y) > tol)
      report.problems.push(`${from} → ${to}: no arrowhead at its end`);
  }
  return report;
}

async function check(svg: string) {
  const report = await page().evaluate(checkSvgInPage, svg);
  const flow = await page().evaluate(checkFlowInPage);
  return { report, flow };
}

const coffee = exampleMap("coffee-shop");
const generated = fc.sample(branchingMapArbitrary, { seed: 20_261_201, numRuns: 40 });
const views: LayoutOptions[] = [{}, { density: "compact" }, { wrap: { maxWidth: 900 } }, { gap: 0, maxLines: 2 }];

describe("the flow drawn in Chromium", () => {
  it("the coffee-shop example draws its branch: arrows between the right boxes, labels inside their boxes", async () => {
    const { report, flow } = await check(renderJourneyMapSvg(coffee));
    expect(report.parseError).toBe(false);
    expect(report.clipped).toEqual([]);
    expect(report.overlaps).toEqual([]);
    expect(report.outside).toEqual([]);
    expect(flow.edges).toBeGreaterThan(coffee.touchpoints.length - 1);
    expect(flow.problems).toEqual([]);
  });

  it.each([
    { mode: "wrapped at 880 px", options: { wrap: { maxWidth: 880 } } },
    { mode: "compact, dark", options: { density: "compact", theme: "dark" } },
    {
      mode: "every lane, high contrast",
      options: {
        lanes: ["stages", "touchpoints", "actions", "thoughts", "feelings", "emotion", "painPoints", "opportunities", "owners", "metrics", "evidence"],
        theme: "highContrast",
      },
    },
  ] as const)("the coffee-shop example $mode: nothing clipped, nothing overlapping, arrows between the right boxes", async ({ options }) => {
    const { report, flow } = await check(renderJourneyMapSvg(coffee, options as Parameters<typeof renderJourneyMapSvg>[1]));
    expect([report.parseError, report.clipped, report.overlaps, report.outside, flow.problems]).toEqual([false, [], [], [], []]);
    expect(flow.edges).toBeGreaterThan(0);
  });

  it.each(generated.map((map, i) => ({ name: `generated map ${i + 1}`, map, options: views[i % views.length] as LayoutOptions })))(
    "$name: no text escapes its box, no boxes overlap, nothing outside, and each arrow runs from its from box to its to box",
    async ({ map, options }) => {
      const { report, flow } = await check(renderJourneyMapSvg(map, options));
      const context = JSON.stringify(options);
      expect(report.parseError, context).toBe(false);
      expect(report.clipped, context).toEqual([]);
      expect(report.overlaps, context).toEqual([]);
      expect(report.outside, context).toEqual([]);
      expect(report.active, context).toEqual([]);
      expect(flow.problems, context).toEqual([]);
    },
  );

  it("checks something: most generated maps draw edges", async () => {
    let drawn = 0;
    for (const map of generated.slice(0, 10)) {
      const { flow } = await check(renderJourneyMapSvg(map));
      if (flow.edges > 0) drawn++;
    }
    expect(drawn).toBeGreaterThan(5);
  });
});
