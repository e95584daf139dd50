import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { escapeMarkdown } from "../../src/io/markdown-escape";
import { toMarkdownReport } from "../../src/io/markdown-report";
import { emptyMap, opp, pain, tp, valid } from "../support/map-builder";

const map = valid({
  ...emptyMap(2),
  title: "Coffee <script>alert(1)</script>",
  channels: [{ id: "ch-web", name: "Web | App" }],
  touchpoints: [
    tp("tp-1", "s-1", { name: "Order *now*", emotion: 4, expectedEmotion: 4, channelId: "ch-web" }),
    tp("tp-2", "s-1", { name: "Pickup", emotion: 1, expectedEmotion: 4 }),
  ],
  painPoints: [pain("pp-1", { title: "Cold coffee", touchpointIds: ["tp-2"] })],
  opportunities: [opp("opp-1", { title: "Heated shelf", painPointIds: ["pp-1"] })],
});

describe("toMarkdownReport", () => {
  const markdown = toMarkdownReport(map, analyzeJourneyMap(map, { asOf: "2026-11-01" }));

  it("has a summary, scores, findings by severity, opportunities and the emotion table", () => {
    for (const heading of ["## Scores", "## Findings", "### Critical (", "### Warning (", "## Prioritised opportunities", "## Emotion by stage"]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain("- **Experience gap**: Pickup: customers expect 4 but feel 1 (gap 3) (`experience_gap:tp-2`)");
    expect(markdown).toContain("| 1 | Heated shelf |");
    expect(markdown).toContain("| Stage 1 | 2 | 2.5 ●●●○○ | 4 | 3 | 1 (Web \\| App) |");
    expect(markdown).toContain("Evidence judged as of 2026-11-01.");
  });

  it("escapes user text so it cannot inject HTML or formatting", () => {
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain("# Coffee &lt;script&gt;alert(1)&lt;/script&gt;: journey analysis");
    expect(markdown).toContain("Order \\*now\\*");
  });

  it("limits the findings listed per severity and counts the rest", () => {
    const short = toMarkdownReport(map, analyzeJourneyMap(map), { maxFindingsPerSeverity: 1, headingLevel: 2 });
    expect(short).toMatch(/- … and \d+ more/);
    expect(short.startsWith("## ")).toBe(true);
    expect(() => toMarkdownReport(map, analyzeJourneyMap(map), { headingLevel: 0 })).toThrow(RangeError);
  });

  it("is deterministic", () => {
    expect(toMarkdownReport(map, analyzeJourneyMap(map, { asOf: "2026-11-01" }))).toBe(markdown);
  });
});

/** The report as HTML, by GFM (micromark) and by markdown-it with linkify: the two ways wikis and pull requests show it. */
const renderers: [string, (markdown: string) => string][] = [
  ["GFM", (markdown) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })],
  ["markdown-it with linkify", (markdown) => new MarkdownIt({ linkify: true }).render(markdown)],
];

/** Text of the HTML a renderer made: tags removed, the five entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");

const LINKY = [
  "www.evil.example",
  "https://evil.example/login",
  "user@evil.example",
  "//evil.example/x.css",
  "evil.com",
  "mailto:x@evil.example",
  "<https://evil.example>",
  "[click](https://evil.example)",
  "![x](https://evil.example/t.png)",
  "<a href=x>a</a>",
  "Loyalty &amp; advocacy",
  "&#x26; &lt;b&gt;",
  "ftp://evil.example",
  "xmpp:user@evil.example",
];

/** A map whose every name is `name`: the report prints them in headings, list items and table cells. */
function named(name: string) {
  return valid({
    ...emptyMap(1),
    title: name,
    stages: [{ id: "s-1", name, goalIds: [], metrics: [] }],
    channels: [{ id: "ch-web", name }],
    touchpoints: [tp("tp-1", "s-1", { name, emotion: 1, expectedEmotion: 4, channelId: "ch-web" })],
    painPoints: [pain("pp-1", { title: name, touchpointIds: ["tp-1"] })],
    opportunities: [opp("opp-1", { title: name, painPointIds: ["pp-1"] })],
  });
}

describe("toMarkdownReport as renderers show it", () => {
  it("prints an ampersand as one in the raw Markdown", () => {
    const map = named("Loyalty & advocacy");
    expect(toMarkdownReport(map, analyzeJourneyMap(map))).toContain("# Loyalty & advocacy: journey analysis");
    expect(escapeMarkdown("Loyalty & advocacy")).toBe("Loyalty & advocacy");
  });

  it.each(renderers)("lets no name become a link, an image or HTML, and shows every name as written, under %s", (_, render) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINKY, " ", "x", ".", "/", ":", "@", "&", ";"), { minLength: 1, maxLength: 6 }), (parts) => {
        const name = parts.join("").trim() || "x";
        const map = named(name);
        const html = render(toMarkdownReport(map, analyzeJourneyMap(map, { asOf: "2026-11-01" })));
        // The map has no URL field, so the report may hold no link at all.
        expect(html).not.toMatch(/<(a|img|script)\b/i);
        expect(html).not.toMatch(/<[^>]*\s(href|src)=/i);
        expect(textOf(html)).toContain(`${name}: journey analysis`);
      }),
      { numRuns: 150 },
    );
  });

  it.each(renderers)("shows each known autolink shape as plain text under %s", (_, render) => {
    for (const name of LINKY) {
      const map = named(name);
      const html = render(toMarkdownReport(map, analyzeJourneyMap(map)));
      expect(html, name).not.toMatch(/<(a|img)\b/i);
      expect(textOf(html), name).toContain(name);
    }
  });
});
