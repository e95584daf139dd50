import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderJourneyMapSvg } from "../../src/render/index";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { usePage } from "./use-page";
import { checkSvgInPage } from "./page-checks";
import { attributeAfter, cellsInSvg, insertBeforeEnd, replaceOnce, setAttributeAfter } from "./svg-edits";

// Negative controls: the geometry suite is only worth something if checkSvgInPage reports
// each kind of fault. Each test breaks one real rendered SVG in one way and expects exactly
// that fault, named.

const map = parseJourneyMap(readFileSync(join(import.meta.dirname, "..", "..", "examples", "coffee-shop.json"), "utf8"));
const svg = renderJourneyMapSvg(map);
const cells = cellsInSvg(svg);
const width = Number(attributeAfter(svg, 0, "width"));

const page = usePage();

async function check(text: string) {
  return page().evaluate(checkSvgInPage, text);
}

/** Two cells of one lane side by side (same top, the second to the right). */
function sideBySide(lane: string) {
  const inLane = cells.filter((c) => c.lane === lane);
  const i = inLane.findIndex((c, k) => k > 0 && c.y === inLane[k - 1]!.y && c.x > inLane[k - 1]!.x);
  if (i < 1) throw new Error(`no two ${lane} cells side by side`);
  return [inLane[i - 1]!, inLane[i]!] as const;
}

/** Two cells of one lane stacked (same left, the second below). */
function stacked(lane: string) {
  const inLane = cells.filter((c) => c.lane === lane);
  const i = inLane.findIndex((c, k) => k > 0 && c.x === inLane[k - 1]!.x && c.y > inLane[k - 1]!.y);
  if (i < 1) throw new Error(`no two ${lane} cells stacked`);
  return [inLane[i - 1]!, inLane[i]!] as const;
}

describe("checkSvgInPage can fail", () => {
  it("finds nothing wrong with the unedited SVG the controls start from", async () => {
    const report = await check(svg);
    expect(report).toMatchObject({ parseError: false, clipped: [], overlaps: [], outside: [], active: [] });
    expect(report.cells).toBeGreaterThan(50);
  });

  it("reports a text line moved 100 px left out of its box as clipped, naming its cell", async () => {
    const cell = cells.find((c) => c.lane === "touchpoints")!;
    const lineAt = svg.indexOf('<text class="jk-line"', cell.rectAt);
    const x = Number(attributeAfter(svg, lineAt, "x"));
    const report = await check(setAttributeAfter(svg, lineAt, "x", x - 100));
    expect(report.clipped).toHaveLength(1);
    expect(report.clipped[0]).toMatch(new RegExp(`^${cell.id}/touchpoints: ".+" text \\[`));
    expect(report).toMatchObject({ parseError: false, overlaps: [], outside: [], active: [] });
  });

  it("reports a box moved sideways onto its neighbour in the lane as an overlap", async () => {
    const [a, b] = sideBySide("touchpoints");
    const report = await check(setAttributeAfter(svg, b.rectAt, "x", a.x + a.width / 2));
    expect(report.overlaps).toEqual([`touchpoints: ${a.id}/touchpoints and ${b.id}/touchpoints`]);
  });

  it("reports a box moved up onto the one above it in the lane as an overlap", async () => {
    const [a, b] = stacked("actions");
    const report = await check(setAttributeAfter(svg, b.rectAt, "y", a.y + a.height / 2));
    expect(report.overlaps).toEqual([`actions: ${a.id}/actions and ${b.id}/actions`]);
  });

  it("does not report boxes that only touch", async () => {
    const [a, b] = sideBySide("touchpoints");
    const report = await check(setAttributeAfter(svg, b.rectAt, "x", a.x + a.width));
    expect(report.overlaps).toEqual([]);
  });

  it.each([
    ["an onclick attribute", (s: string) => replaceOnce(s, '<rect class="jk-background"', '<rect onclick="alert(1)" class="jk-background"'), ["rect[onclick]"]],
    ["a <script>", (s: string) => insertBeforeEnd(s, "<script>document.title = 'ran'</script>"), ["script"]],
    ["an external href", (s: string) => insertBeforeEnd(s, '<a href="https://example.com/"></a>'), ["a[href=https://example.com/]"]],
    ["a <foreignObject>", (s: string) => insertBeforeEnd(s, '<foreignObject width="1" height="1"></foreignObject>'), ["foreignobject"]],
  ])("reports %s as active", async (_, edit, expected) => {
    const report = await check(edit(svg));
    expect(report.active).toEqual(expected);
    expect(report).toMatchObject({ parseError: false, clipped: [], overlaps: [], outside: [] });
  });

  it.each([
    ["right", `<circle cx="${width + 20}" cy="10" r="5"/>`, "circle ?/?"],
    ["left", '<rect x="-30" y="10" width="10" height="10"/>', "rect ?/?"],
  ])("reports a shape past the %s edge of the SVG as outside", async (_, markup, expected) => {
    const report = await check(insertBeforeEnd(svg, markup));
    expect(report.outside).toEqual([expected]);
    expect(report).toMatchObject({ parseError: false, clipped: [], overlaps: [], active: [] });
  });

  it("reports an SVG that is not well-formed XML as a parse error", async () => {
    const report = await check(replaceOnce(svg, "</svg>", ""));
    expect(report.parseError).toBe(true);
  });
});
