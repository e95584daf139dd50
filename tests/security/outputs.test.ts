import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { fromCsv } from "../../src/io/csv/from-csv";
import { toCsv } from "../../src/io/csv/to-csv";
import { toMarkdownReport } from "../../src/io/markdown-report";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { toMermaid } from "../../src/io/mermaid/to-mermaid";
import type { JourneyMap } from "../../src/model/journey-map";
import { HOSTILE_TEXT, HTML_TAG } from "../support/hostile-text";
import { hostileMap } from "../support/hostile-map";
import { expectPrototypesUnchanged, prototypeSnapshot } from "./pollution";

/** Cells of a Markdown table row, split on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

/** Every table in a Markdown document: its header's cell count and its rows. */
function tables(markdown: string): { width: number; rows: string[] }[] {
  const lines = markdown.split("\n");
  const found: { width: number; rows: string[] }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\|(\s*:?-+:?\s*\|)+$/.test(lines[i + 1]!)) continue;
    const rows: string[] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith("|"); j++) rows.push(lines[j]!);
    found.push({ width: cells(lines[i]!).length, rows });
  }
  return found;
}

/** What a name becomes through Mermaid: line breaks as `\n`, no surrounding whitespace. */
const mermaidName = (name: string) => name.replace(/\r\n?/g, "\n").trim();

/** The hostile strings, labelled for test names. */
const CASES = HOSTILE_TEXT.map((text) => [JSON.stringify(text), text] as const);
/** Those with a visible character: names that survive trimming. */
const VISIBLE = CASES.filter(([, text]) => text.trim() !== "");
/** Those made of whitespace only (names are trimmed on import, so these become empty). */
const BLANK = CASES.filter(([, text]) => text.trim() === "");

/** Code spans on one line: CommonMark shows their content literally, markup included. */
const withoutCodeSpans = (markdown: string) => markdown.replace(/`[^`\n]*`/g, "`code`");

const report = (map: JourneyMap) => toMarkdownReport(map, analyzeJourneyMap(map, { asOf: "2026-06-01" }));
const PLAIN_REPORT_LINES = report(hostileMap("x")).split("\n").length;

describe("Markdown report of a hostile map", () => {
  it.each(CASES)("lets no HTML, link, or table break out of %s", (_, text) => {
    const before = prototypeSnapshot();
    const map = hostileMap(text);
    const markdown = report(map);
    // One line per list item and table row: user text never adds a line (a new line could start HTML).
    expect(markdown.split("\n").length).toBe(PLAIN_REPORT_LINES);
    const prose = withoutCodeSpans(markdown);
    expect(prose).not.toMatch(HTML_TAG);
    expect(prose).not.toContain("<");
    // Every `&` is one the report wrote as an entity: hostile entities are shown, not decoded.
    expect(prose.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
    // No link or image: brackets from user text are escaped.
    expect(prose).not.toMatch(/(?<!\\)\]\(/);
    const found = tables(markdown);
    expect(found.map((t) => t.width)).toEqual([2, 8, 6]);
    for (const table of found) {
      for (const row of table.rows) expect(cells(row), row).toHaveLength(table.width);
    }
    expectPrototypesUnchanged(before);
  });
});

describe("Markdown report: finding ids", () => {
  it("keeps a finding id that holds user text (a metric's name) on its own line", () => {
    const map = hostileMap("x");
    map.stages[0]!.metrics[0]!.name = "Wait\n<script>alert(1)</script>\n# Owned";
    const markdown = report(map);
    expect(markdown.split("\n").length).toBe(PLAIN_REPORT_LINES);
    expect(markdown).not.toMatch(/^<script>/m);
    expect(markdown).not.toMatch(/^# Owned/m);
  });
});

describe("Mermaid of a hostile map", () => {
  it.each(VISIBLE)("re-parses to the same names and scores for %s", (_, text) => {
    const map = hostileMap(text);
    const mermaid = toMermaid(map);
    // One line per statement: user text never adds one (a multi-line description is one accDescr block).
    const statements = mermaid.replace(/^[ \t]*accDescr[ \t]*\{[\s\S]*?^[ \t]*\}[ \t]*$/m, "accDescr {…}");
    expect(statements.trimEnd().split("\n")).toHaveLength(3 + map.stages.length + map.touchpoints.length);
    const back = fromMermaid(mermaid);
    expect(back.error?.issues ?? []).toEqual([]);
    const data = back.data!;
    expect(data.title).toBe(mermaidName(map.title));
    expect(data.stages.map((s) => s.name)).toEqual(map.stages.map((s) => mermaidName(s.name)));
    expect(data.touchpoints.map((t) => [t.name, t.emotion])).toEqual(map.touchpoints.map((t) => [mermaidName(t.name), t.emotion]));
    const stageOf = (m: JourneyMap, i: number) => m.stages.findIndex((s) => s.id === m.touchpoints[i]!.stageId);
    expect(data.touchpoints.map((_, i) => stageOf(data, i))).toEqual(map.touchpoints.map((_, i) => stageOf(map, i)));
  });

  it.each(BLANK)("refuses with line numbers, never mis-reads, names that are only whitespace: %s", (_, text) => {
    const map = hostileMap(text);
    const mermaid = toMermaid(map);
    expect(mermaid.trimEnd().split("\n")).toHaveLength(3 + map.stages.length + map.touchpoints.length);
    const back = fromMermaid(mermaid);
    expect(back.success).toBe(false);
    for (const issue of back.error!.issues) expect(issue.line).toBeGreaterThan(0);
  });
});

describe("CSV of a hostile map", () => {
  it.each(CASES)("keeps rows, columns and formulas in place for %s", (_, text) => {
    const map = hostileMap(text);
    const csv = toCsv(map);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    // One row per touchpoint, then one per entity the grid cannot hold (kind and data columns).
    expect(rows.length).toBeGreaterThanOrEqual(1 + map.touchpoints.length);
    for (const row of rows) {
      expect(row).toHaveLength((rows[0] as string[]).length);
      // A spreadsheet runs a cell that starts with one of these as a formula.
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it.each(VISIBLE)("reads back the whole map for %s (toCsv is lossless)", (_, text) => {
    const map = hostileMap(text);
    const back = fromCsv(toCsv(map), { title: map.title });
    expect(back.error?.issues ?? []).toEqual([]);
    expect(back.data).toEqual(map);
  });

  it.each(BLANK)("never mis-reads names that are only whitespace: they come back as written, %s", (_, text) => {
    const map = hostileMap(text);
    const back = fromCsv(toCsv(map), { title: map.title });
    expect(back.error?.issues ?? []).toEqual([]);
    expect(back.data).toEqual(map);
  });
});

describe("CSV: formula guard and surrounding whitespace", () => {
  it("reads back text whose line starts with whitespace and then a quote, quote included", () => {
    const map = hostileMap("x");
    map.touchpoints[0]!.description = "\n'=1+1";
    map.touchpoints[0]!.actions = ["", "'=1+1"];
    const back = fromCsv(toCsv(map)).data!.touchpoints[0]!;
    // The formula guard is taken off again, and nothing else is lost (toCsv is lossless).
    expect(back.description).toBe("\n'=1+1");
    expect(back.actions).toEqual(["", "'=1+1"]);
  });

  it("never turns whitespace into a stray quote", () => {
    const map = hostileMap("x");
    map.touchpoints[0]!.description = "\t";
    map.touchpoints[0]!.feelings = ["\r\n", "\t"];
    const back = fromCsv(toCsv(map)).data!.touchpoints[0]!;
    expect(back.description).toBe("\t");
    expect(back.feelings).toEqual(["\r\n", "\t"]);
  });
});
