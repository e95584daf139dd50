import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { FONT_FAMILY } from "../../src/layout/text/index";
import type { JourneyMapInput } from "../../src/model/journey-map";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { renderSvg } from "../../src/render/render-svg";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { exampleMap, smallMap, smallMapInput } from "../layout/fixtures";
import { checkXml, type XmlElement } from "./xml-check";

const parse = (svg: string) => {
  const { problems, elements } = checkXml(svg);
  expect(problems).toEqual([]);
  return elements;
};
const byClass = (elements: XmlElement[], cls: string) => elements.filter((e) => e.attributes.class === cls);

/** Every id an attribute points to: `href="#id"`, `url(#id)` in any attribute, and the ids of `aria-labelledby` and `aria-describedby`. */
function internalReferences(elements: XmlElement[]): string[] {
  const refs: string[] = [];
  for (const e of elements) {
    for (const [name, value] of Object.entries(e.attributes)) {
      if (name === "aria-labelledby" || name === "aria-describedby") refs.push(...value.split(" ").filter(Boolean));
      else if (name === "href" && value.startsWith("#")) refs.push(value.slice(1));
      for (const m of value.matchAll(/url\(#([^)]*)\)/g)) refs.push(m[1] as string);
    }
  }
  return refs;
}

/** The internal references that name no element's id. */
function brokenReferences(elements: XmlElement[]): string[] {
  const ids = new Set(elements.map((e) => e.attributes.id).filter((id) => id !== undefined));
  return internalReferences(elements).filter((ref) => !ids.has(ref));
}

describe("renderSvg", () => {
  it("writes a standalone, well-formed SVG document with a title and a description", () => {
    const svg = renderJourneyMapSvg(smallMap);
    const elements = parse(svg);
    const root = elements[0]!;
    expect(root.name).toBe("svg");
    const layout = layoutJourneyMap(smallMap);
    expect(root.attributes).toMatchObject({
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: String(layout.width),
      height: String(layout.height),
      role: "img",
      "aria-labelledby": "jk-title",
      "aria-describedby": "jk-desc",
    });
    const title = elements.find((e) => e.attributes.id === "jk-title")!;
    expect([title.name, title.parent, title.text]).toEqual(["title", root, "Renewing a library card"]);
    const desc = elements.find((e) => e.attributes.id === "jk-desc")!;
    expect(desc.text).toBe(
      'Journey map "Renewing a library card": 3 stages (Notice, Renew, Borrow again), 4 touchpoints, 3 pain points and 3 opportunities. Lowest emotion 1 of 5 at "Online form"; highest 5 of 5 at "New card".',
    );
    expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
  });

  it("draws every cell as a group with its entity, lane, one box and one text per line", () => {
    const layout = layoutJourneyMap(smallMap);
    const elements = parse(renderSvg(layout));
    const groups = elements.filter((e) => e.name === "g" && e.attributes.class === "jk-cell");
    const cells = [layout.title!, ...layout.lanes.map((l) => l.label), ...layout.cells, ...layout.emotion!.cells];
    expect(groups).toHaveLength(cells.length);
    for (const cell of cells) {
      const group = groups.find(
        (g) =>
          g.attributes["data-id"] === cell.entityId &&
          g.attributes["data-lane"] === cell.laneId &&
          [String(cell.x), String(cell.y)].join() === ["x", "y"].map((k) => byClass(elements, "jk-box").find((r) => r.parent === g)?.attributes[k]).join(),
      );
      expect(group, `${cell.laneId}/${cell.entityId}`).toBeDefined();
      const boxes = byClass(elements, "jk-box").filter((r) => r.parent === group);
      expect(boxes.map((b) => [b.name, b.attributes.x, b.attributes.width, b.attributes.height])).toEqual([["rect", String(cell.x), String(cell.width), String(cell.height)]]);
      const lines = byClass(elements, "jk-line").filter((t) => t.parent === group);
      expect(lines.map((t) => [t.name, t.text, Number(t.attributes.x), Number(t.attributes.y)])).toEqual(cell.lines.map((l) => ["text", l.text, l.x, l.y]));
    }
    // Backgrounds are not boxes.
    for (const box of byClass(elements, "jk-box")) expect(box.parent?.attributes.class).toBe("jk-cell");
    // No dominant-baseline: y is the alphabetic baseline.
    expect(elements.some((e) => "dominant-baseline" in e.attributes)).toBe(false);
  });

  it("keeps the full text of a truncated cell in a <title> inside its group", () => {
    const map = parseJourneyMap({
      ...smallMapInput,
      painPoints: [{ id: "pp-long", title: "word ".repeat(60).trim(), touchpointIds: ["tp-form"], severity: 3 }],
      opportunities: [],
    });
    const elements = parse(renderJourneyMapSvg(map, { maxLines: 2 }));
    const group = elements.find((e) => e.attributes["data-id"] === "pp-long")!;
    const title = elements.find((e) => e.name === "title" && e.parent === group)!;
    expect(title.text).toBe(`${"word ".repeat(60).trim()}\nSeverity 3/5 (moderate)`);
    expect(elements.filter((e) => e.parent === group && e.attributes.class === "jk-line")).toHaveLength(3);
  });

  it("is byte-identical for the same input, with numbers of at most 2 decimals", () => {
    const a = renderJourneyMapSvg(exampleMap("coffee-shop"), { theme: "dark" });
    const b = renderJourneyMapSvg(exampleMap("coffee-shop"), { theme: "dark" });
    expect(a).toBe(b);
    expect(a).not.toMatch(/\d\.\d{3}/);
    expect(a).not.toMatch(/\.\d*0"/);
  });

  it("prefixes every id and every reference with idPrefix, and every internal reference resolves", () => {
    const svg = renderJourneyMapSvg(smallMap, { idPrefix: "map-2_b" });
    const elements = parse(svg);
    const ids = elements.map((e) => e.attributes.id).filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith("map-2_b-")).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = internalReferences(elements);
    // The title, the description, and the point symbols of the curves and the stars at least.
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const ref of refs) expect(ref.startsWith("map-2_b-"), ref).toBe(true);
    expect(brokenReferences(elements)).toEqual([]);
    // The check sees a reference that points nowhere.
    const broken = parse(svg.replace('id="map-2_b-symbol-star"', 'id="map-2_b-symbol-gone"'));
    expect(brokenReferences(broken)).toEqual(expect.arrayContaining(["map-2_b-symbol-star"]));
  });

  it("refuses an idPrefix that is not a safe name", () => {
    for (const idPrefix of ["", "1jk", "a b", 'a"', "a:b", "é"]) {
      expect(() => renderSvg(layoutJourneyMap(smallMap), { idPrefix })).toThrow(/^invalid idPrefix: .*; expected a letter followed by letters/);
    }
    expect(() => renderJourneyMapSvg(smallMap, { idPrefix: 3 as unknown as string })).toThrow(TypeError);
    expect(() => renderJourneyMapSvg(smallMap, { theme: "sepia" as "light" })).toThrow(
      new RangeError('invalid theme: "sepia"; expected one of light, dark, highContrast (or a theme object)'),
    );
    expect(() => renderSvg(layoutJourneyMap(smallMap), { maxLines: 2 } as object)).toThrow(/^invalid options: unknown option "maxLines"; /);
  });

  it("contains nothing active: no script, event attribute, foreignObject or external reference", () => {
    const svg = renderJourneyMapSvg(exampleMap("saas-onboarding"));
    const elements = parse(svg);
    for (const e of elements) {
      expect(["script", "foreignObject", "iframe", "image", "a", "style", "object"]).not.toContain(e.name);
      for (const [name, value] of Object.entries(e.attributes)) {
        expect(name.toLowerCase().startsWith("on")).toBe(false);
        expect(name).not.toMatch(/^(src|xlink:href)$/);
        if (name === "href") expect(value).toMatch(/^#jk-symbol-/);
        expect(value).not.toMatch(/url\((?!#jk-)/);
      }
    }
  });

  it("draws the curves with sentiment-shaped points, expected curves dashed, persona curves in the legend's patterns", () => {
    const layout = layoutJourneyMap(smallMap);
    const elements = parse(renderSvg(layout));
    const curves = byClass(elements, "jk-curve");
    // Thick actual curves (solid first) under the thin expected one; points over every curve.
    expect(curves.map((c) => c.attributes["data-series"])).toEqual(["0", "2", "1"]);
    const drawn = elements.filter((e) => e.attributes.class === "jk-curve" || e.attributes.class === "jk-points").map((e) => e.attributes.class);
    expect(drawn).toEqual(["jk-curve", "jk-curve", "jk-curve", "jk-points", "jk-points", "jk-points"]);
    const expected = curves.find((c) => c.attributes["data-series"] === "1")!;
    expect(expected.attributes["stroke-dasharray"]).toBe(layout.emotion!.series[1]!.dash.join(" "));
    expect(curves.find((c) => c.attributes["data-series"] === "0")!.attributes["stroke-dasharray"]).toBeUndefined();
    const swatches = byClass(elements, "jk-swatch");
    expect(swatches.map((s) => s.attributes["stroke-dasharray"])).toEqual(
      curves.map((_, i) => (layout.emotion!.series[i]!.dash.length ? layout.emotion!.series[i]!.dash.join(" ") : undefined)),
    );
    const points = byClass(elements, "jk-point");
    expect(points).toHaveLength(layout.emotion!.series.reduce((n, s) => n + s.points.length, 0));
    const down = points.find((p) => p.attributes["data-id"] === "tp-form")!;
    expect(down.attributes.href).toBe("#jk-symbol-triangle-down");
    const symbol = elements.find((e) => e.attributes.id === "jk-symbol-triangle-down")!;
    expect([symbol.name, symbol.parent?.name, symbol.attributes.d]).toEqual(["path", "defs", layout.emotion!.symbols["triangle-down"]]);
    expect(byClass(elements, "jk-symbol")[0]!.attributes.href).toBe("#jk-symbol-star");
    expect(byClass(elements, "jk-axis").map((t) => t.text)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("draws no two curves alike, in colour and dash, with more personas than the palette has colours", () => {
    const personas = Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, name: `Persona ${i}` }));
    const map = parseJourneyMap({
      ...smallMapInput,
      personas,
      touchpoints: smallMapInput.touchpoints!.map((t, k) => ({ ...t, personaEmotions: personas.map((p, i) => ({ personaId: p.id, emotion: 1 + ((i + k) % 5) })) })),
    });
    const curves = byClass(parse(renderJourneyMapSvg(map, { lanes: ["emotion"] })), "jk-curve");
    expect(curves.length).toBeGreaterThanOrEqual(7);
    const styles = curves.map((c) => `${c.attributes.stroke} ${c.attributes["stroke-dasharray"] ?? "solid"}`);
    expect(new Set(styles).size).toBe(curves.length);
  });

  it("renders a map without touchpoints cleanly", () => {
    const map = parseJourneyMap({ schemaVersion: 1, id: "m", title: "Only stages", stages: [{ id: "s1", name: "One" }] } satisfies JourneyMapInput);
    const elements = parse(renderJourneyMapSvg(map));
    expect(byClass(elements, "jk-curve")).toEqual([]);
    expect(elements.find((e) => e.attributes["data-id"] === "s1")).toBeDefined();
  });
});

describe("the <desc> summary", () => {
  const descOf = (svg: string) => /<desc id="jk-desc">([^<]*)<\/desc>/.exec(svg)?.[1];

  it("names the same lowest and highest point whether or not the emotion lane is shown", () => {
    for (const personaIds of [undefined, ["p-ben"], ["p-ana", "p-ben"], []]) {
      const options = personaIds === undefined ? {} : { personaIds };
      const withLane = layoutJourneyMap(smallMap, { ...options, lanes: ["touchpoints", "emotion"] });
      const without = layoutJourneyMap(smallMap, { ...options, lanes: ["touchpoints"] });
      expect(without.summary, JSON.stringify(personaIds)).toEqual(withLane.summary);
      expect(descOf(renderSvg(without))).toBe(descOf(renderSvg(withLane)));
    }
  });

  it("follows the first curve drawn: Ben's emotions when only Ben's curve is chosen", () => {
    const layout = layoutJourneyMap(smallMap, { personaIds: ["p-ben"], lanes: ["touchpoints"] });
    const ben = layoutJourneyMap(smallMap, { personaIds: ["p-ben"], lanes: ["emotion"] }).emotion!.series[0]!.points;
    const lowest = ben.reduce((a, b) => (b.emotion < a.emotion ? b : a));
    expect(layout.summary.lowest).toMatchObject({ touchpointId: lowest.touchpointId, emotion: lowest.emotion });
    // Before this fix the summary fell back to the touchpoints' own emotions (lowest 1 at "Online form") without the lane.
    expect(descOf(renderSvg(layout))).toContain("Lowest emotion 2 of 5 at &quot;Reminder email&quot;");
  });
});
