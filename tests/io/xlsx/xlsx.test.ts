import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromXlsx } from "../../../src/io/xlsx/from-xlsx";
import type { XlsxIssue } from "../../../src/io/xlsx/read-cell";
import { toXlsx } from "../../../src/io/xlsx/to-xlsx";
import { COLLECTION_NAMES } from "../../../src/model/entities";
import type { JourneyMap } from "../../../src/model/journey-map";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { journeyMapArbitrary } from "../../analysis/arbitraries";
import { generateJourneyMap } from "../../support/generate-map";
import { HOSTILE_TEXT } from "../../support/hostile-text";
import { hostileMap } from "../../support/hostile-map";

const coffee = parseJourneyMap(readFileSync(new URL("../../../examples/coffee-shop.json", import.meta.url), "utf8"));

async function roundTrip(map: JourneyMap): Promise<JourneyMap> {
  const result = await fromXlsx(await toXlsx(map));
  if (!result.success) throw new Error(JSON.stringify(result.error.issues.slice(0, 3)));
  return result.data;
}

/** A workbook as exceljs reads it, to look at the cells and to edit them as a person would. */
async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function issuesOf(bytes: Uint8Array): Promise<XlsxIssue[]> {
  const result = await fromXlsx(bytes);
  if (result.success) throw new Error("expected issues");
  return result.error.issues as XlsxIssue[];
}

describe("toXlsx", () => {
  it("writes a map sheet, then one sheet per collection of the model", async () => {
    const workbook = await workbookOf(await toXlsx(coffee));
    // One sheet per collection the map holds (collections a map may leave out, such as surveys, get none).
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["map", ...COLLECTION_NAMES.filter((c) => coffee[c] !== undefined)]);
    const touchpoints = workbook.getWorksheet("touchpoints")!;
    expect(touchpoints.rowCount).toBe(coffee.touchpoints.length + 1);
    expect(touchpoints.getRow(2).getCell(3).value).toBe(coffee.touchpoints[0]!.name);
  });

  it("notes on the header that list columns hold JSON", async () => {
    const sheet = (await workbookOf(await toXlsx(coffee))).getWorksheet("touchpoints")!;
    const header = sheet.getRow(1);
    const actions = [...Array(header.cellCount).keys()].map((i) => header.getCell(i + 1)).find((cell) => cell.value === "actions")!;
    expect(String(actions.note)).toMatch(/JSON/);
    expect(sheet.getRow(2).getCell(Number(actions.col)).value).toBe(JSON.stringify(coffee.touchpoints[0]!.actions));
  });

  it("writes cells that start like a formula as text, marked so a spreadsheet keeps them text", async () => {
    for (const start of ["=", "+", "-", "@"]) {
      const map = { ...coffee, touchpoints: coffee.touchpoints.map((tp, i) => (i === 0 ? { ...tp, name: `${start}HYPERLINK("http://x")` } : tp)) };
      const cell = (await workbookOf(await toXlsx(map))).getWorksheet("touchpoints")!.getCell("C2");
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(`${start}HYPERLINK("http://x")`);
      expect(cell.numFmt).toBe("@");
    }
  });
});

/** Workbooks take a few milliseconds each; the properties make dozens. */
const SLOW = 60_000;

describe("fromXlsx(toXlsx(map))", () => {
  it(
    "gives back the coffee-shop map and a generated map of 200 touchpoints",
    async () => {
      expect(await roundTrip(coffee)).toEqual(coffee);
      const large = generateJourneyMap({ touchpoints: 200, seed: 7 });
      expect(await roundTrip(large)).toEqual(large);
    },
    SLOW,
  );

  it(
    "gives back every map (property)",
    async () => {
      await fc.assert(
        fc.asyncProperty(journeyMapArbitrary, async (map) => {
          expect(await roundTrip(map)).toEqual(map);
        }),
        { numRuns: 40 },
      );
    },
    SLOW,
  );

  it(
    "keeps every hostile string, control characters, line breaks and lone surrogates included",
    async () => {
      for (const text of [...HOSTILE_TEXT.filter((t) => t.trim() !== ""), '"quoted"', '"', "a\u0001b", "x\r\ny", "\ud800 lone", "\uFFFE", "\u007f"]) {
        const map = hostileMap(text);
        expect(await roundTrip(map), JSON.stringify(text)).toEqual(map);
      }
    },
    SLOW,
  );
});

describe("fromXlsx on a workbook edited by hand", () => {
  it("reads typed numbers, booleans and dates leniently, and skips blank rows", async () => {
    const workbook = await workbookOf(await toXlsx(coffee));
    const sheet = workbook.getWorksheet("touchpoints")!;
    const header = sheet.getRow(1).values as unknown[];
    sheet.getRow(2).getCell(header.indexOf("emotion")).value = "2";
    sheet.getRow(2).getCell(header.indexOf("momentOfTruth")).value = "TRUE";
    const evidence = workbook.getWorksheet("evidence")!;
    evidence.getRow(2).getCell((evidence.getRow(1).values as unknown[]).indexOf("collectedAt")).value = new Date("2026-03-04T00:00:00Z");
    sheet.addRow([]);
    const result = await fromXlsx(await bytesOf(workbook));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.touchpoints[0]).toMatchObject({ emotion: 2, momentOfTruth: true });
    expect(result.data.evidence[0]!.collectedAt).toBe("2026-03-04");
    expect(result.data.touchpoints).toHaveLength(coffee.touchpoints.length);
  });

  it("reports bad JSON, a bad value and an unknown reference with sheet, row and column", async () => {
    const workbook = await workbookOf(await toXlsx(coffee));
    const sheet = workbook.getWorksheet("touchpoints")!;
    const header = sheet.getRow(1).values as unknown[];
    sheet.getRow(3).getCell(header.indexOf("actions")).value = "[oops";
    let issues = await issuesOf(await bytesOf(workbook));
    expect(issues).toEqual([expect.objectContaining({ code: "invalid_json", sheet: "touchpoints", line: 3, column: header.indexOf("actions") })]);
    expect(issues[0]!.message).toMatch(/^touchpoints!G3: not valid JSON/);

    sheet.getRow(3).getCell(header.indexOf("actions")).value = "[]";
    sheet.getRow(4).getCell(header.indexOf("emotion")).value = 9;
    sheet.getRow(5).getCell(header.indexOf("stageId")).value = "s-nowhere";
    issues = await issuesOf(await bytesOf(workbook));
    expect(issues.map((i) => [i.code, i.cell])).toEqual(
      expect.arrayContaining([
        ["too_big", `J4`],
        ["unknown_reference", "B5"],
      ]),
    );
  });

  it("refuses unknown sheets and columns, with a suggestion", async () => {
    const workbook = await workbookOf(await toXlsx(coffee));
    workbook.addWorksheet("touchpoint");
    workbook.getWorksheet("stages")!.getRow(1).getCell(9).value = "nmae";
    const issues = await issuesOf(await bytesOf(workbook));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "unrecognized_keys", sheet: "touchpoint", suggestion: "touchpoints" }),
        expect.objectContaining({ code: "unrecognized_keys", sheet: "stages", cell: "I1", suggestion: "name" }),
      ]),
    );
  });

  it("reads a formula cell as its result and refuses an error value", async () => {
    const workbook = await workbookOf(await toXlsx(coffee));
    const sheet = workbook.getWorksheet("touchpoints")!;
    const emotion = (sheet.getRow(1).values as unknown[]).indexOf("emotion");
    sheet.getRow(2).getCell(emotion).value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    sheet.getRow(3).getCell(emotion).value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    const issues = await issuesOf(await bytesOf(workbook));
    expect(issues).toEqual([expect.objectContaining({ code: "invalid_type", sheet: "touchpoints", line: 3 })]);
  });

  it("turns bytes that are not a workbook, or too many, into one issue", async () => {
    expect((await issuesOf(new TextEncoder().encode("not a zip")))[0]!.code).toBe("invalid_format");
    const bytes = await toXlsx(coffee);
    expect((await issuesOf(bytes.slice(0, 100)))[0]!.code).toBe("invalid_format");
    const result = await fromXlsx(bytes, { maxInputLength: 10 });
    expect(result.success ? undefined : result.error.issues[0]!.code).toBe("limit_exceeded");
    expect(() => fromXlsx(bytes, { maxInputLength: -1 })).rejects.toThrow(/maxInputLength/);
  });
});

describe("fromXlsx on anything", () => {
  it(
    "never throws for random bytes, and gives one coded issue",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          const result = await fromXlsx(bytes);
          expect(result.success).toBe(false);
          expect(result.error!.issues[0]!.code).toBe("invalid_format");
        }),
        { numRuns: 50 },
      );
    },
    SLOW,
  );

  it(
    "never throws for a workbook whose cells someone overwrote, and places every cell issue (property)",
    async () => {
      const template = await toXlsx(coffee);
      const value = fc.oneof(
        fc.string(),
        fc.constantFrom("[", "{}", "[1,2]", '{"__proto__":{"x":1}}', "=1+1", "TRUE", "", "null", "__proto__"),
        fc.double(),
        fc.boolean(),
        fc.date({ noInvalidDate: true }),
        fc.constant(null),
      );
      const sheets = (await workbookOf(template)).worksheets.length;
      const edit = fc.record({ sheet: fc.nat(sheets - 1), row: fc.integer({ min: 1, max: 20 }), column: fc.integer({ min: 1, max: 22 }), value });
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (edits) => {
          const workbook = await workbookOf(template);
          for (const e of edits) workbook.worksheets[e.sheet]!.getCell(e.row, e.column).value = e.value as ExcelJS.CellValue;
          const result = await fromXlsx(await bytesOf(workbook));
          if (result.success) return;
          for (const issue of result.error.issues as XlsxIssue[]) {
            expect(typeof issue.code).toBe("string");
            if (issue.code === "invalid_json") expect(issue.cell).toMatch(/^[A-Z]+\d+$/);
          }
          expect(({} as Record<string, unknown>).x).toBeUndefined();
        }),
        { numRuns: 40 },
      );
    },
    SLOW,
  );
});
