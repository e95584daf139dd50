import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LayoutJourneyMapOptions } from "../../src/layout/options";
import { renderJourneyMapSvg } from "../../src/render/index";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { checkSvgInPage } from "./page-checks";
import { usePage } from "./use-page";

const load = (name: string) => parseJourneyMap(readFileSync(join(import.meta.dirname, "..", "..", "examples", `${name}.json`), "utf8"));
const bank = load("bank-account-opening");
const coffee = load("coffee-shop");

/** What the browser found wrong with the blueprint marks of the SVG in the page. */
interface BlueprintReport {
  arrows: number;
  badges: number;
  lines: number;
  problems: string[];
}

/**
 * Runs in the page, on the SVG `checkSvgInPage` put there: every arrow's route starts and
 * ends on the outline of its steps' boxes (0.5 px tolerance) and, sampled every px, never
 * passes over a text line or inside a box; no badge overlaps a text line; no blueprint line
 * or its name overlaps a box. Uses the browser's own geometry (`getBBox`, `getPointAtLength`).
 */
function checkBlueprintInPage(): BlueprintReport {
  const svg = document.querySelector("#host svg") as SVGSVGElement;
  const report: BlueprintReport = { arrows: 0, badges: 0, lines: 0, problems: [] };
  const tol = 0.5;
  const boxes = Array.from(svg.querySelectorAll("g.jk-cell")).map((g) => ({ g, box: (g.querySelector("rect.jk-box") as SVGGraphicsElement).getBBox() }));
  const texts = Array.from(svg.querySelectorAll("text.jk-line")).map((t) => (t as SVGGraphicsElement).getBBox());
  const inside = (p: { x: number; y: number }, r: DOMRect, pad: number) => p.x > r.x + pad && p.x < r.x + r.width - pad && p.y > r.y + pad && p.y < r.y + r.height - pad;
  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > tol && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > tol;
  const stepBox = (id: string) =>
    boxes.find(({ g }) => g.getAttribute("data-id") === id && ["frontstage", "backstage", "support"].includes(g.getAttribute("data-lane") ?? ""))?.box;
  for (const arrow of Array.from(svg.querySelectorAll("g.jk-arrow"))) {
    report.arrows++;
    const name = `${arrow.getAttribute("data-from")}→${arrow.getAttribute("data-to")}`;
    const line = arrow.querySelector("path.jk-arrow-line") as SVGPathElement;
    const length = line.getTotalLength();
    const from = stepBox(arrow.getAttribute("data-from") ?? "");
    const to = stepBox(arrow.getAttribute("data-to") ?? "");
    const start = line.getPointAtLength(0);
    const end = line.getPointAtLength(length);
    if (!from || !inside(start, from, -tol) || inside(start, from, tol)) report.problems.push(`${name}: starts off its box`);
    if (!to || !inside(end, to, -tol) || inside(end, to, tol)) report.problems.push(`${name}: ends off its box`);
    for (let s = 0; s <= length; s += 1) {
      const p = line.getPointAtLength(s);
      if (texts.some((t) => inside(p, t, 0))) report.problems.push(`${name}: crosses text at ${p.x.toFixed(1)},${p.y.toFixed(1)}`);
      if (boxes.some(({ box }) => inside(p, box, 1))) report.problems.push(`${name}: enters a box at ${p.x.toFixed(1)},${p.y.toFixed(1)}`);
    }
  }
  for (const badge of Array.from(svg.querySelectorAll("g.jk-badge"))) {
    report.badges++;
    const r = (badge as SVGGraphicsElement).getBBox();
    if (texts.some((t) => overlap(r, t))) report.problems.push(`badge on ${badge.getAttribute("data-id")}: overlaps text`);
  }
  for (const g of Array.from(svg.querySelectorAll("g.jk-blueprint-line"))) {
    report.lines++;
    for (const part of Array.from(g.children)) {
      const r = (part as SVGGraphicsElement).getBBox();
      if (boxes.some(({ box }) => overlap(r, box))) report.problems.push(`${g.getAttribute("data-kind")}: its ${part.tagName} overlaps a box`);
    }
  }
  return report;
}

const page = usePage();

async function check(svg: string) {
  const base = await page().evaluate(checkSvgInPage, svg);
  const blueprint = await page().evaluate(checkBlueprintInPage);
  return { base, blueprint };
}

describe("service blueprints in Chromium", () => {
  it.each<[string, typeof bank, LayoutJourneyMapOptions]>([
    ["the bank example", bank, { view: "blueprint" }],
    ["the bank example, compact and wrapped at 880 px", bank, { view: "blueprint", density: "compact", wrap: { maxWidth: 880 } }],
    ["the bank example beside the emotion curve", bank, { lanes: ["stages", "touchpoints", "emotion", "frontstage", "backstage", "support", "time"] }],
    ["the coffee-shop example", coffee, { view: "blueprint" }],
  ])("%s: text inside its box, no overlap, arrows from box to box over no text, badges and lines clear", async (_, map, options) => {
    for (const theme of ["light", "dark"] as const) {
      const { base, blueprint } = await check(renderJourneyMapSvg(map, { ...options, theme }));
      expect(base.parseError).toBe(false);
      expect(base.clipped).toEqual([]);
      expect(base.overlaps).toEqual([]);
      expect(base.outside).toEqual([]);
      expect(blueprint.problems).toEqual([]);
      expect(blueprint.arrows).toBeGreaterThan(0);
      expect(blueprint.badges).toBeGreaterThan(0);
    }
  });

  it("checks something: an arrow moved off its box is caught", async () => {
    const svg = renderJourneyMapSvg(bank, { view: "blueprint" });
    const moved = svg.replace(/(<path class="jk-arrow-line" d="M)([\d.]+)/, (_, head: string, x: string) => `${head}${Number(x) + 40}`);
    const { blueprint } = await check(moved);
    expect(blueprint.problems.some((p) => p.includes("starts off its box"))).toBe(true);
  });
});
