import { readFileSync } from "node:fs";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../src/io/csv/csv-columns";
import { guardFormula, unguardFormula } from "../../src/io/csv/formula";
import { fromCsv } from "../../src/io/csv/from-csv";
import { toCsv } from "../../src/io/csv/to-csv";
import type { JourneyMap } from "../../src/model/journey-map";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";

const load = (name: string) => parseJourneyMap(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8"));

/** What CSV carries of a map, by names, in journey order. */
function carried(map: JourneyMap) {
  const name = (list: { id: string; name: string }[], id?: string) => list.find((x) => x.id === id)?.name;
  return map.stages.flatMap((stage) =>
    map.touchpoints
      .filter((tp) => tp.stageId === stage.id)
      .map((tp) => ({
        id: tp.id,
        stage: stage.name,
        name: tp.name,
        description: tp.description,
        channel: name(map.channels, tp.channelId),
        owner: name(map.teams, tp.ownerId),
        actions: tp.actions,
        thoughts: tp.thoughts,
        feelings: tp.feelings,
        emotion: tp.emotion,
        expectedEmotion: tp.expectedEmotion,
        momentOfTruth: tp.momentOfTruth ?? false,
        painPoints: map.painPoints.filter((pp) => pp.touchpointIds.includes(tp.id)).map((pp) => pp.title),
        tags: tp.tags,
      })),
  );
}

describe("toCsv", () => {
  it("writes the documented header and one row per touchpoint", () => {
    const csv = toCsv(load("coffee-shop"));
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(16);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes cells with commas, quotes and line breaks (RFC 4180)", () => {
    const csv = toCsv(load("coffee-shop"));
    expect(csv).toContain('"Scrolls past a photo of latte art with the caption \'Your new morning ritual\'\nTaps the shop\'s profile"');
  });

  it("defuses cells that a spreadsheet would run as a formula", () => {
    const map = load("coffee-shop");
    const hostile = { ...map, touchpoints: [{ ...map.touchpoints[0]!, name: "=HYPERLINK(\"http://x\")" }, ...map.touchpoints.slice(1)] };
    const csv = toCsv(hostile);
    expect(csv).toContain("'=HYPERLINK");
    expect(fromCsv(csv).data?.touchpoints[0]?.name).toBe('=HYPERLINK("http://x")');
  });
});

describe("fromCsv", () => {
  it.each(["coffee-shop", "saas-onboarding"])("round-trips everything CSV carries of %s", (name) => {
    const map = load(name);
    const back = fromCsv(toCsv(map), { title: map.title });
    expect(back.success).toBe(true);
    expect(carried(back.data!)).toEqual(carried(map));
  });

  it("matches headers without regard to case or order and needs only stage and touchpoint", () => {
    const result = fromCsv("Touchpoint,STAGE,Emotion\nQueue,Purchase,2\nPay,Purchase,4\nSip,Experience,\n");
    expect(result.success).toBe(true);
    expect(result.data!.stages.map((s) => s.name)).toEqual(["Purchase", "Experience"]);
    expect(result.data!.touchpoints.map((t) => [t.name, t.emotion])).toEqual([["Queue", 2], ["Pay", 4], ["Sip", undefined]]);
  });

  it("merges pain points named on several rows", () => {
    const result = fromCsv('stage,touchpoint,pain points\nA,One,"Slow\nRude"\nA,Two,Slow\n');
    expect(result.data!.painPoints.map((p) => [p.title, p.touchpointIds, p.severity])).toEqual([
      ["Slow", ["tp-one", "tp-two"], 3],
      ["Rude", ["tp-one"], 3],
    ]);
  });

  it.each([
    ["an unknown column", "stage,touchpoint,emotoin\nA,B,3\n", 1, 3, 'did you mean "emotion"?'],
    ["a missing required column", "stage,emotion\nA,3\n", 1, 3, "the required column is missing"],
    ["an emotion that is not a number", "stage,touchpoint,emotion\nA,B,high\n", 2, 3, 'expected a number, got "high"'],
    ["a bad moment of truth", "stage,touchpoint,moment of truth\nA,B,maybe\n", 2, 3, "expected yes or no"],
  ])("reports %s with its row and column", (_, text, line, column, message) => {
    const issue = fromCsv(text).error!.issues[0]!;
    expect(issue).toMatchObject({ line, column });
    expect(issue.message).toContain(message);
    expect(issue.message.startsWith(`row ${line}, column ${column}`)).toBe(true);
  });

  it("reports validation issues with the row of the touchpoint", () => {
    const issue = fromCsv("stage,touchpoint,emotion\nA,B,3\nA,C,9\n").error!.issues[0]!;
    expect(issue).toMatchObject({ code: "too_big", line: 3, path: ["touchpoints", 1, "emotion"] });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(typeof fromCsv(`stage,touchpoint\n${text}`).success).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });

  it("guards formulas losslessly, including text that already starts with a quote", () => {
    expect(guardFormula("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(guardFormula("'+1")).toBe("''+1");
    expect(guardFormula("'quoted")).toBe("'quoted");
    expect(guardFormula("plain")).toBe("plain");
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "a", " ") }), (text) => {
        const guarded = guardFormula(text);
        expect(unguardFormula(guarded)).toBe(text);
        expect(/^[=+\-@\t\r]/.test(guarded)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips any touchpoint text", () => {
    const cellText = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, " ").trim()).filter((s) => s.length > 0);
    fc.assert(
      fc.property(fc.array(fc.record({ stage: cellText, name: cellText, actions: fc.array(cellText, { maxLength: 3 }) }), { minLength: 1, maxLength: 6 }), (rows) => {
        const data = rows.map((r) => [r.stage, r.name, r.actions.join("\n")].map(guardFormula));
        const csv = Papa.unparse({ fields: ["stage", "touchpoint", "actions"], data });
        const result = fromCsv(csv);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
        expect(result.data!.touchpoints.map((t) => [t.name, t.actions])).toEqual(rows.map((r) => [r.name, r.actions]));
      }),
      { numRuns: 300 },
    );
  });
});
