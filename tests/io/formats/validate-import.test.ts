import { describe, expect, it } from "vitest";
import { fromCsv } from "../../../src/io/csv/from-csv";
import { failImport, validateImport } from "../../../src/io/formats/validate-import";
import { fromMermaid } from "../../../src/io/mermaid/from-mermaid";

const doc = {
  schemaVersion: 1 as const,
  id: "m",
  title: "T",
  stages: [
    { id: "s", name: "A" },
    { id: "s2", name: "" },
  ],
  touchpoints: [{ id: "tp", stageId: "nowhere", name: "x" }],
};

describe("validateImport", () => {
  it("puts the line of each entry whose place is known on its issues, and leaves others alone", () => {
    const result = validateImport(doc, { unit: "line", places: { stages: [3, 7] } });
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    const stage = issues.find((i) => i.path[0] === "stages")!;
    expect(stage.line).toBe(7);
    expect(stage.message).toMatch(/^line 7: stages\[1\]\.name/);
    const touchpoint = issues.find((i) => i.path[0] === "touchpoints")!;
    expect(touchpoint.line).toBeUndefined();
    expect(touchpoint.message).toMatch(/^touchpoints\[0\]/);
  });

  it("says row for spreadsheets, and ignores places inherited from Object.prototype", () => {
    const result = validateImport(doc, { unit: "row", places: { touchpoints: [2] } });
    expect(result.error!.issues.find((i) => i.path[0] === "touchpoints")!.message).toMatch(/^row 2: /);
    const odd = validateImport({ ...doc, stages: [{ id: "s", name: "" }] }, { unit: "line", places: {} });
    expect(odd.error!.issues.every((i) => i.line === undefined)).toBe(true);
  });

  it("returns the valid map unchanged in shape", () => {
    const result = validateImport({ ...doc, stages: [{ id: "s", name: "A" }], touchpoints: [] }, { unit: "line", places: {} });
    expect(result.success).toBe(true);
    expect(result.data!.stages).toEqual([{ id: "s", name: "A", goalIds: [], metrics: [] }]);
  });

  it("is what fromMermaid and fromCsv use to place their issues", () => {
    // A score outside 1–5 is a warning now (Mermaid draws it), placed like any issue.
    const mermaid = fromMermaid("journey\n  section A\n    Task: 9\n");
    expect(mermaid.warnings[0]).toMatchObject({ line: 3, code: "too_big" });
    expect(mermaid.warnings[0]!.message).not.toMatch(/line 3/); // the CLI prints the line; the message does not repeat it
    const csv = fromCsv("stage,touchpoint,emotion\nA,B,9\n");
    expect(csv.error!.issues[0]).toMatchObject({ line: 2, code: "too_big" });
    expect(csv.error!.issues[0]).toMatchObject({ column: 3 });
    expect(csv.error!.issues[0]!.message).toMatch(/^row 2, column 3 \(emotion\): /);
  });

  it("failImport wraps issues in the failed result shape", () => {
    const issue = { code: "custom" as const, path: [], message: "x" };
    const result = failImport([issue]);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([issue]);
  });
});
