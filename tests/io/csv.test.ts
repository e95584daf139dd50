import { readFileSync } from "node:fs";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, CSV_EXTRA_COLUMNS, CSV_FLOW_COLUMNS } from "../../src/io/csv/csv-columns";
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
  it("writes the documented header and one row per touchpoint for a map the grid holds", () => {
    const grid = fromCsv("stage,touchpoint,emotion,pain points\nA,One,2,Slow\nB,Two,4,\n").data!;
    const csv = toCsv(grid);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("adds kind and data columns, and a row per other entity, for a map with more than the grid", () => {
    const map = load("coffee-shop");
    const rows = Papa.parse<string[]>(toCsv(map), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS, ...CSV_FLOW_COLUMNS, ...CSV_EXTRA_COLUMNS]);
    const kinds = rows.slice(1).map((row) => row[CSV_COLUMNS.length + CSV_FLOW_COLUMNS.length]);
    expect(kinds.filter((k) => k === "").length).toBe(map.touchpoints.length);
    expect(kinds.filter((k) => k === "persona").length).toBe(map.personas.length);
    expect(kinds.filter((k) => k === "opportunity").length).toBe(map.opportunities.length);
    expect(kinds.filter((k) => k === "map").length).toBe(1);
  });

  it("quotes cells with commas, quotes and line breaks (RFC 4180)", () => {
    const csv = toCsv(load("coffee-shop"));
    expect(csv).toContain("\"Scrolls past a photo of latte art with the caption 'Your new morning ritual'\nTaps the shop's profile\"");
  });

  it("defuses cells that a spreadsheet would run as a formula", () => {
    const map = load("coffee-shop");
    const hostile = { ...map, touchpoints: [{ ...map.touchpoints[0]!, name: '=HYPERLINK("http://x")' }, ...map.touchpoints.slice(1)] };
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

  it.each(["coffee-shop", "saas-onboarding"])("gives back the whole map %s: nothing dropped", (name) => {
    const map = load(name);
    const back = fromCsv(toCsv(map));
    expect(back.error?.issues ?? []).toEqual([]);
    const byStage = (m: JourneyMap) => m.stages.flatMap((s) => m.touchpoints.filter((t) => t.stageId === s.id));
    expect({ ...back.data!, touchpoints: byStage(back.data!) }).toEqual({ ...map, touchpoints: byStage(map) });
  });

  it("keeps pain points tied to a stage or to nothing, opportunities, stage goals, metrics and lane notes", () => {
    const map = fromCsv("stage,touchpoint\nA,One\n").data!;
    const stageId = map.stages[0]!.id;
    const rich: JourneyMap = {
      ...map,
      stages: [
        { ...map.stages[0]!, goal: "Get in", metrics: [{ name: "NPS", value: 20 }] },
        { id: "s-empty", name: "Empty", goalIds: [], metrics: [] },
      ],
      lanes: [{ id: "lane-backstage", name: "Backstage" }],
      touchpoints: [{ ...map.touchpoints[0]!, notes: [{ laneId: "lane-backstage", items: ["Till restarts"] }] }],
      painPoints: [
        { id: "pp-stage", title: "Confusing", touchpointIds: [], stageId, severity: 4, evidenceIds: [] },
        { id: "pp-none", title: "Nobody knows", touchpointIds: [], severity: 2, evidenceIds: [] },
      ],
      opportunities: [{ id: "op-1", title: "Signage", painPointIds: ["pp-stage"], touchpointIds: [], impact: 4, effort: 1, status: "idea" }],
    };
    expect(fromCsv(toCsv(rich), { title: rich.title }).data).toEqual(rich);
  });

  it("maps a file's own columns and keeps unknown ones as lanes, ignores them or refuses them", () => {
    const text = "Phase;Step;Feeling;Notes;Owner name\nPurchase;Queue;annoyed;busy at 8;Ops\nPurchase;Pay;;;Ops\n";
    const columns = { Phase: "stage", Step: "touchpoint", Feeling: "feelings", "owner NAME": "owner" } as const;
    const lane = fromCsv(text, { columns, unknownColumns: "lane" }).data!;
    expect(lane.touchpoints.map((t) => [t.name, t.feelings, t.notes])).toEqual([
      ["Queue", ["annoyed"], [{ laneId: "lane-notes", items: ["busy at 8"] }]],
      ["Pay", [], []],
    ]);
    expect(lane.lanes).toEqual([{ id: "lane-notes", name: "Notes" }]);
    expect(lane.teams.map((t) => t.name)).toEqual(["Ops"]);
    expect(fromCsv(text, { columns, unknownColumns: "ignore" }).data?.lanes).toEqual([]);
    const refused = fromCsv(text, { columns }).error!.issues;
    expect(refused).toEqual([expect.objectContaining({ code: "unrecognized_keys", line: 1, column: 4, keys: ["Notes"] })]);
  });

  it("throws a TypeError for a mapping onto no field, with a suggestion", () => {
    expect(() => fromCsv("a\n", { columns: { a: "touchpont" as never } })).toThrow('invalid columns["a"]: "touchpont"; did you mean "touchpoint"?');
    expect(() => fromCsv("a\n", { unknownColumns: "keep" as never })).toThrow(TypeError);
  });

  it("names the row and the column of an empty stage or touchpoint cell", () => {
    const issues = fromCsv("touchpoint,stage\nQueue,\n,Purchase\n").error!.issues;
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["too_small", 2, 2],
      ["too_small", 3, 1],
    ]);
    expect(issues[0]!.message).toBe("row 2, column 2 (stage): the stage's name is empty");
  });

  it("says what is missing in a file of one column instead of failing to detect a delimiter", () => {
    const issues = fromCsv("Step\nQueue\nPay\n").error!.issues;
    expect(issues).toHaveLength(2);
    expect(issues.map((i) => i.message).join(" ")).not.toMatch(/delimit/i);
    expect(issues[1]).toMatchObject({ code: "invalid_type", line: 1, column: 2 });
  });

  it("puts every touchpoint in one stage when there is no stage column", () => {
    expect(fromCsv("touchpoint\nQueue\nPay\n").data?.stages.map((s) => s.name)).toEqual(["Journey"]);
  });

  it("matches headers without regard to case or order and needs only stage and touchpoint", () => {
    const result = fromCsv("Touchpoint,STAGE,Emotion\nQueue,Purchase,2\nPay,Purchase,4\nSip,Experience,\n");
    expect(result.success).toBe(true);
    expect(result.data!.stages.map((s) => s.name)).toEqual(["Purchase", "Experience"]);
    expect(result.data!.touchpoints.map((t) => [t.name, t.emotion])).toEqual([
      ["Queue", 2],
      ["Pay", 4],
      ["Sip", undefined],
    ]);
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
    ["a bad data cell", 'stage,touchpoint,data\nA,B,"{oops"\n', 2, 3, "not JSON"],
    ["an unknown kind of row", "stage,touchpoint,kind,data\nA,B,persnoa,{}\n", 2, 3, 'did you mean "persona"?'],
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
    expect(issue).toMatchObject({ code: "too_big", line: 3, column: 3, path: ["touchpoints", 1, "emotion"] });
    expect(issue.message.startsWith("row 3, column 3 (emotion): touchpoints[1].emotion:")).toBe(true);
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
    const cellText = fc
      .string({ minLength: 1, maxLength: 40 })
      .map((s) => s.replace(/[\r\n]/g, " ").trim())
      .filter((s) => s.length > 0);
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
