import { readFileSync } from "node:fs";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../../src/analysis/analyze-journey-map";
import { renderJourneyMapHtml } from "../../../src/io/html/render-journey-map-html";
import { htmlFormat } from "../../../src/io/formats/html";
import { renderJourneyMapSvg } from "../../../src/render/render-journey-map-svg";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { HOSTILE_TEXT, MARKUP_BREAKOUTS } from "../../support/hostile-text";
import { hostileMap } from "../../support/hostile-map";
import { hostileMapArbitrary } from "../../fuzz/arbitraries";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const coffee = parseJourneyMap(readFileSync(new URL("../../../examples/coffee-shop.json", import.meta.url), "utf8"));

/** Every element of a parsed page, in document order, templates included. */
function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (n: Node) => {
    if ("tagName" in n) found.push(n);
    for (const child of "childNodes" in n ? n.childNodes : []) visit(child);
    if ("content" in n && n.content) visit(n.content as Node);
  };
  visit(node);
  return found;
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

/** The elements a journeykit page is made of: anything else came from user text. */
const ALLOWED = new Set(
  "html head meta title style body main section h1 h2 h3 p figure ul li span br strong table thead tbody tr th td a footer svg desc g rect path line text tspan circle use symbol defs polygon polyline".split(
    " ",
  ),
);
const URL_ATTRIBUTES = new Set(["href", "src", "xlink:href", "action", "formaction", "srcset", "background", "poster", "data"]);

/** Checks a page is inert: known elements only, no handler, no script URL, no external reference but the evidence links. */
function expectInert(html: string, allowedUrls: readonly string[]): void {
  const document = parse(html);
  const all = elements(document);
  for (const element of all) {
    expect(ALLOWED, `<${element.tagName}>`).toContain(element.tagName);
    for (const attribute of element.attrs) {
      const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
      expect(name, `${element.tagName} ${name}`).not.toMatch(/^on/i);
      expect(attribute.value).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      if (URL_ATTRIBUTES.has(name)) {
        if (!attribute.value.startsWith("#")) expect(allowedUrls, `${element.tagName} ${name}=${attribute.value}`).toContain(attribute.value);
      }
      if (name === "xmlns") expect(attribute.value).toBe("http://www.w3.org/2000/svg");
    }
  }
  const styles = all.filter((element) => element.tagName === "style");
  expect(styles).toHaveLength(1);
  expect(textOf(styles[0]!)).not.toMatch(/url\(|@import|expression\(/i);
  expect(all.filter((e) => e.tagName === "meta").some((e) => e.attrs.some((a) => a.value.includes("default-src 'none'")))).toBe(true);
}

describe("renderJourneyMapHtml", () => {
  const html = renderJourneyMapHtml(coffee, { analyze: { asOf: "2026-11-01" } });

  it("holds the map's SVG inline, its findings by severity with subjects named, and the opportunities", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain(renderJourneyMapSvg(coffee));
    const analysis = analyzeJourneyMap(coffee, { asOf: "2026-11-01" });
    const document = parse(html);
    const items = elements(document).filter((e) => e.tagName === "li" && e.attrs.some((a) => a.value.startsWith("jk-severity-")));
    expect(items).toHaveLength(analysis.findings.length);
    const first = analysis.findings[0]!;
    const tp = coffee.touchpoints.find((t) => t.id === first.subjectIds[0]);
    expect(textOf(items[0]!)).toContain(first.message);
    if (tp) expect(textOf(items[0]!)).toContain(`touchpoint "${tp.name}"`);
    const headings = elements(document)
      .filter((e) => e.tagName === "h3")
      .map(textOf);
    expect(headings.filter((h) => /^(Critical|Warnings|Info) \(\d+\)$/.test(h)).length).toBeGreaterThan(0);
    const rows = elements(document).filter((e) => e.tagName === "tr");
    for (const o of coffee.opportunities) expect(rows.some((row) => textOf(row).includes(o.title))).toBe(true);
  });

  it("is printable: print styles with page breaks, and no script", () => {
    expect(html).toMatch(/@media print \{[\s\S]*break-before: page/);
    expect(html).not.toMatch(/<script/i);
    expectInert(
      html,
      coffee.evidence.flatMap((e) => (e.url ? [e.url] : [])),
    );
  });

  it("shows measurements only when given, as tables", () => {
    expect(html).not.toContain('id="measurements"');
    const analytics = { touchpoints: [{ touchpointId: "tp-1", visits: 120, dropOff: 0.25 }], period: "2026-10" };
    const page = renderJourneyMapHtml(coffee, { analytics, surveys: [{ question: "How was it?", mean: 4.1 }] });
    const tables = elements(parse(page))
      .filter((e) => e.tagName === "table")
      .map(textOf);
    expect(tables.some((t) => t.includes("visits") && t.includes("120") && t.includes("0.25"))).toBe(true);
    expect(tables.some((t) => t.includes("period") && t.includes("2026-10"))).toBe(true);
    expect(tables.some((t) => t.includes("How was it?") && t.includes("4.1"))).toBe(true);
  });

  it("is deterministic, is what the html format writes, and refuses a bad option naming it", () => {
    expect(renderJourneyMapHtml(coffee, { analyze: { asOf: "2026-11-01" } })).toBe(html);
    expect(htmlFormat.write!(coffee, {})).toBe(renderJourneyMapHtml(coffee, { render: {} }));
    expect(() => renderJourneyMapHtml(coffee, { maxFindingsPerSeverity: -1 })).toThrow(/invalid maxFindingsPerSeverity/);
  });
});

describe("renderJourneyMapHtml of a hostile map", { timeout: 30_000 }, () => {
  it.each(HOSTILE_TEXT.filter((text) => text.trim() !== "").map((text) => [JSON.stringify(text), text]))("leaves %s inert in every field", (_, text) => {
    const map = hostileMap(text);
    const hostile = JSON.stringify(text);
    const page = renderJourneyMapHtml(map, { analyze: { asOf: "2026-06-01" }, analytics: [{ [text]: text }], surveys: { [text]: text } });
    expectInert(
      page,
      map.evidence.flatMap((e) => (e.url ? [e.url] : [])),
    );
    const h1 = elements(parse(page)).find((e) => e.tagName === "h1")!;
    if ((MARKUP_BREAKOUTS as readonly string[]).includes(text)) expect(textOf(h1), hostile).toBe(text);
  });
});

describe("renderJourneyMapHtml of generated hostile maps", { timeout: 60_000 }, () => {
  it("is inert for every map, with any loose measurements (property)", () => {
    const loose = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(hostileMapArbitrary, loose, loose, (map, analytics, surveys) => {
        const page = renderJourneyMapHtml(map, { analyze: { asOf: "2026-06-01" }, analytics, surveys });
        expectInert(
          page,
          map.evidence.flatMap((e) => (e.url ? [e.url] : [])),
        );
        expect(elements(parse(page)).filter((e) => e.tagName === "svg")).toHaveLength(1);
      }),
      { numRuns: 30 },
    );
  });
});
