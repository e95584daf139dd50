import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { renderSvg } from "../../src/render/render-svg";
import { blueprintMap } from "../layout/blueprint/fixtures";
import { exampleMap } from "../layout/fixtures";
import { checkXml } from "./xml-check";

const svg = renderJourneyMapSvg(blueprintMap, { view: "blueprint", idPrefix: "bp" });
const all = (re: RegExp) => [...svg.matchAll(re)];

describe("renderSvg of a service blueprint", () => {
  it("is well-formed XML", () => {
    expect(checkXml(svg).problems).toEqual([]);
  });

  it("draws the three lines in three dash styles, not colour alone, each with its name as text", () => {
    const lines = all(
      /<g class="jk-blueprint-line" data-kind="([\w-]+)" data-lane="(\w+)"><path d="[^"]+" fill="none" stroke="(#\w+)" stroke-width="1.5"( stroke-dasharray="([\d. ]+)")?\/><text class="jk-line-label"[^>]*>([^<]+)<\/text><\/g>/g,
    );
    expect(lines.map((m) => [m[1], m[5] ?? "solid", m[6]])).toEqual([
      ["interaction", "solid", "Line of interaction"],
      ["visibility", "6 4", "Line of visibility"],
      ["internal-interaction", "1.5 3", "Line of internal interaction"],
    ]);
    expect(new Set(lines.map((m) => m[3])).size).toBe(1);
  });

  it("draws each arrow as its route and filled triangles for its heads, two when mutual, with no reference to anything", () => {
    const arrows = all(
      /<g class="jk-arrow" data-from="([\w-]+)" data-to="([\w-]+)" data-mutual="(\w+)"><path class="jk-arrow-line" d="[^"]+"\/><path class="jk-arrowhead" d="([^"]+)" fill="#\w+" stroke="none"\/><\/g>/g,
    );
    expect(arrows.map((m) => [m[1], m[2], m[3], (m[4]?.match(/Z/g) ?? []).length])).toEqual([
      ["st-list", "st-check", "false", 1],
      ["st-review", "st-log", "false", 1],
      ["st-review", "st-desk", "false", 1],
      ["st-review", "st-print", "true", 2],
    ]);
    expect(svg).not.toMatch(/url\(|<marker/);
  });

  it("draws each badge as a shape with a ! and a title that says why", () => {
    const badges = all(/<g class="jk-badge" data-kind="([\w-]+)" data-id="([\w-]+)" data-lane="(\w+)"><title>([^<]+)<\/title><(path|circle) [^>]+\/><text [^>]+>!<\/text><\/g>/g);
    expect(badges.map((m) => [m[1], m[2], m[5]])).toContainEqual(["fail-point", "st-check", "path"]);
    expect(badges.map((m) => [m[1], m[2], m[5]])).toContainEqual(["wait", "st-review", "circle"]);
    expect(badges.find((m) => m[2] === "st-check")?.[4]).toBe("Fail point: mitigation: Show the size limit");
  });

  it("draws the lines under the boxes and the arrows and badges over them", () => {
    const firstCell = svg.indexOf('<g class="jk-cell"');
    expect(svg.indexOf("jk-blueprint-line")).toBeLessThan(firstCell);
    expect(svg.indexOf("jk-arrow")).toBeGreaterThan(svg.lastIndexOf('<g class="jk-cell"'));
  });

  it("leaves a map without blueprint lanes drawn as before", () => {
    const layout = layoutJourneyMap(exampleMap("coffee-shop"));
    expect(layout.blueprint).toBeUndefined();
    expect(renderSvg(layout)).not.toMatch(/jk-blueprint-line|jk-arrow|jk-badge/);
  });
});
