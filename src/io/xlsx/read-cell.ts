import type { JourneyMapIssue } from "../../validate/issue";
import { decodeText } from "./xlsx-cells";
import type { XlsxCellKind } from "./xlsx-columns";

/** An issue about a workbook: where it is as a sheet, a row and a column (1-based) and a cell (`C4`). */
export type XlsxIssue = JourneyMapIssue & {
  /** The sheet's name. */
  sheet: string;
  /** The cell, in A1 notation. */
  cell: string;
};

/** Returns a 1-based column number in letters: 1 → `A`, 27 → `AA`. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Returns an issue placed at a cell, its message starting with `sheet!C4: `. */
export function cellIssue(issue: JourneyMapIssue, sheet: string, row: number, column: number | undefined): XlsxIssue {
  // An issue about a whole entity (a missing field) is placed at its row: `12:12`, as Excel names rows.
  const cell = column === undefined ? `${row}:${row}` : `${columnLetters(column)}${row}`;
  return { ...issue, sheet, cell, line: row, ...(column === undefined ? {} : { column }), message: `${sheet}!${cell}: ${issue.message}` };
}

/** What a cell holds once formulas, rich text and links are reduced to their value. */
function plainValue(value: unknown): unknown {
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const v = value as { result?: unknown; formula?: unknown; sharedFormula?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
  if (v.richText) return v.richText.map((part) => part.text).join("");
  if (v.formula !== undefined || v.sharedFormula !== undefined) return plainValue(v.result);
  if (typeof v.text === "string") return v.text;
  return value;
}

/** A Date as people wrote it: the calendar date when it is midnight UTC, else the full ISO time. */
const isoOf = (date: Date) => (date.toISOString().endsWith("T00:00:00.000Z") ? date.toISOString().slice(0, 10) : date.toISOString());

/**
 * Returns the field value a cell holds for a column of `kind`, leniently for cells someone
 * typed (`"4"` in a number column is 4, a date cell is its ISO date), `undefined` for an
 * empty cell, or an issue for a cell that cannot be read (bad JSON, an error value).
 */
export function readCell(raw: unknown, kind: XlsxCellKind): { value: unknown } | { issue: JourneyMapIssue } {
  const value = plainValue(raw);
  if (value === null || value === undefined) return { value: undefined };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { issue: { code: "invalid_type", path: [], message: "invalid date" } } : { value: isoOf(value) };
  if (typeof value === "object") {
    const error = (value as { error?: unknown }).error;
    return { issue: { code: "invalid_type", path: [], message: error === undefined ? "a cell value journeykit cannot read" : `the cell holds the error ${String(error)}` } };
  }
  if (kind === "text") return { value: typeof value === "string" ? decodeText(value) : String(value) };
  if (typeof value !== "string") return { value };
  // A cleared cell of a list or a number is no value; only text keeps "" (an empty description).
  if (value.trim() === "") return { value: undefined };
  if (kind === "number") return { value: Number.isFinite(Number(value)) ? Number(value) : value };
  if (kind === "boolean") return { value: /^(true|false)$/i.test(value.trim()) ? value.trim().toLowerCase() === "true" : value };
  try {
    return { value: JSON.parse(value) as unknown };
  } catch (error) {
    // Line 1, column 1 of the cell's text; cellIssue places it at the cell.
    return { issue: { code: "invalid_json", path: [], message: `not valid JSON (${(error as Error).message})`, line: 1, column: 1 } };
  }
}
