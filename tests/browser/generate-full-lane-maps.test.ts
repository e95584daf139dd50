import { describe, expect, it } from "vitest";
import { BUILT_IN_LANES } from "../../src/layout/lanes";
import { renderJourneyMapSvg } from "../../src/render/index";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { generateFullLaneMaps } from "./generate-full-lane-maps";
import { LONG_WORDS } from "../support/hostile-text";

// The geometry suite only covers what these maps contain: check that they contain it.
const generated = generateFullLaneMaps(40);
const rendered = generated.map(({ doc, options }) => ({ doc, options, map: parseJourneyMap(doc), svg: renderJourneyMapSvg(parseJourneyMap(doc), options) }));

/** The lanes that have content cells (not just their label) in `svg`. */
function lanesWithContent(svg: string): Set<string> {
  const lanes = new Set<string>();
  for (const m of svg.matchAll(/<g class="jk-cell" data-id="([^"]*)" data-lane="([^"]*)"/g)) if (m[1] !== m[2]) lanes.add(m[2]!);
  return lanes;
}

describe("the generated full-lane maps", () => {
  it("are the same on every run (seeded)", () => {
    expect(JSON.stringify(generateFullLaneMaps(40))).toBe(JSON.stringify(generated));
  });

  it("are at least 40 valid maps, each with a 5,000-character word", () => {
    expect(rendered.length).toBeGreaterThanOrEqual(40);
    for (const { doc } of generated)
      expect(
        LONG_WORDS.some((w) => JSON.stringify(doc).includes(w)),
        doc.id,
      ).toBe(true);
    expect(LONG_WORDS.map((w) => w.length)).toEqual([5000, 5000, 5000]);
  });

  it("ask for every built-in lane and every custom lane of the map", () => {
    for (const { doc, options, map } of rendered) {
      expect(new Set(options.lanes), doc.id).toEqual(new Set([...Object.keys(BUILT_IN_LANES), ...map.lanes.map((l) => l.id)]));
      expect(map.lanes.length, doc.id).toBeGreaterThan(0);
    }
  });

  it("draw content in every lane somewhere, metrics, evidence and custom-lane notes included", () => {
    const seen = new Set<string>();
    for (const { svg } of rendered) for (const lane of lanesWithContent(svg)) seen.add(lane);
    for (const lane of [...Object.keys(BUILT_IN_LANES).filter((l) => l !== "emotion"), "lane-0", "lane-1", "lane-2"]) expect(seen, lane).toContain(lane);
    expect(rendered.filter(({ svg }) => lanesWithContent(svg).has("metrics")).length).toBeGreaterThan(30);
    expect(rendered.filter(({ svg }) => lanesWithContent(svg).has("evidence")).length).toBeGreaterThan(30);
  });

  it("have measurements: reach bars, stacked survey bars, measured emotion points, unobserved touchpoints and axes in source scales", () => {
    const all = rendered.map(({ svg }) => svg).join("");
    for (const tone of ["value", "bottom", "neutral", "top"]) expect(all, tone).toContain(`data-tone="${tone}"`);
    expect(rendered.filter(({ svg }) => svg.includes('class="jk-whisker"')).length).toBeGreaterThan(10);
    expect(all).toContain("not observed");
    expect(all).toMatch(/transitions? under 1% not drawn/);
    expect(rendered.filter(({ options }) => options.emotionAxis).length).toBeGreaterThan(10);
  });

  it("have stage and touchpoint metrics, and up to seven personas drawn as emotion curves", () => {
    expect(rendered.some(({ map }) => map.stages.some((s) => s.metrics.length > 0))).toBe(true);
    expect(rendered.some(({ map }) => map.touchpoints.some((t) => t.metrics.length > 0))).toBe(true);
    expect(Math.max(...rendered.map(({ map }) => map.personas.length))).toBe(7);
    expect(Math.max(...rendered.map(({ svg }) => svg.split('class="jk-curve"').length - 1))).toBeGreaterThanOrEqual(5);
    expect(rendered.some(({ options }) => options.personaIds !== undefined && options.personaIds.length > 1)).toBe(true);
  });

  it("use small and large fonts, padding 1 to 12, gap 0 to 12, narrow and wide columns, and sometimes maxLines", () => {
    const values = (pick: (o: (typeof rendered)[number]["options"]) => number | undefined) =>
      rendered.map(({ options }) => pick(options)).filter((v): v is number => v !== undefined);
    const body = values((o) => o.fontSizes?.body);
    const padding = values((o) => o.padding);
    const gap = values((o) => o.gap);
    expect(Math.min(...body)).toBeLessThanOrEqual(9);
    expect(Math.max(...body)).toBeGreaterThanOrEqual(22);
    expect(Math.max(...values((o) => o.fontSizes?.title))).toBeGreaterThanOrEqual(36);
    expect(Math.min(...padding)).toBe(1);
    expect(Math.max(...padding)).toBe(12);
    expect(Math.min(...gap)).toBe(0);
    expect(Math.max(...gap)).toBe(12);
    expect(Math.min(...values((o) => o.columnWidth?.min))).toBeLessThan(100);
    expect(Math.max(...values((o) => o.columnWidth?.max))).toBeGreaterThan(450);
    expect(values((o) => o.maxLines).length).toBeGreaterThan(5);
    expect(rendered.filter(({ svg }) => svg.includes("…")).length).toBeGreaterThan(5);
  });
});
