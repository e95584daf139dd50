import { COLLECTION_NAMES, type CollectionName } from "../../model/entities";
import type { JourneyMapIssue } from "../../validate/issue";
import { DEFAULT_LIMITS } from "../../validate/limits";
import { type SafeParseJourneyMapResult, safeParseJourneyMap } from "../../validate/safe-parse-journey-map";
import { suggestNearest } from "../../validate/suggest";
import { failImport } from "../formats/validate-import";
import { type ExcelWorksheet, loadExcelJs } from "./load-exceljs";
import { cellIssue, readCell, type XlsxIssue } from "./read-cell";
import { MAP_SHEET, type XlsxColumn, xlsxColumns, xlsxMapFields } from "./xlsx-columns";

/** Options of {@link fromXlsx}. */
export interface FromXlsxOptions {
  /** The most bytes read; a larger workbook is a `limit_exceeded` issue. @defaultValue `DEFAULT_LIMITS.maxInputLength` (32 MiB) */
  maxInputLength?: number;
}

/** Where each value came from, to place validation issues: per collection, the row of each entity and the column of each field. */
interface Places {
  rows: Map<string, number[]>;
  columns: Map<string, Map<string, number>>;
}

const unknownKey = (kind: string, name: string, known: readonly string[]): JourneyMapIssue => {
  const suggestion = suggestNearest(name, known);
  return {
    code: "unrecognized_keys",
    path: [],
    keys: [name],
    message: `unknown ${kind} "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
    ...(suggestion ? { suggestion } : {}),
  };
};

function readSheet(sheet: ExcelWorksheet, columns: readonly XlsxColumn[], issues: XlsxIssue[], places: Places): Record<string, unknown>[] {
  const head = sheet.getRow(1);
  const byColumn = new Map<number, XlsxColumn>();
  const fieldColumns = new Map<string, number>();
  for (let c = 1; c <= head.cellCount; c++) {
    const name = head.getCell(c).value;
    if (name === null || name === undefined || name === "") continue;
    const column = columns.find((known) => known.field === String(name));
    if (!column)
      issues.push(
        cellIssue(
          unknownKey(
            "column",
            String(name),
            columns.map((k) => k.field),
          ),
          sheet.name,
          1,
          c,
        ),
      );
    else if (fieldColumns.has(column.field)) issues.push(cellIssue({ code: "custom", path: [], message: `the column "${column.field}" appears twice` }, sheet.name, 1, c));
    else {
      byColumn.set(c, column);
      fieldColumns.set(column.field, c);
    }
  }
  const entities: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const entity: Record<string, unknown> = {};
    for (const [c, column] of byColumn) {
      const read = readCell(row.getCell(c).value, column.kind);
      if ("issue" in read) issues.push(cellIssue(read.issue, sheet.name, r, c));
      else if (read.value !== undefined) entity[column.field] = read.value;
    }
    // Rows left blank (someone cleared a row) are no entity.
    if (Object.keys(entity).length === 0) continue;
    entities.push(entity);
    rows.push(r);
  }
  places.rows.set(sheet.name, rows);
  places.columns.set(sheet.name, fieldColumns);
  return entities;
}

function readMapSheet(sheet: ExcelWorksheet, doc: Record<string, unknown>, issues: XlsxIssue[], places: Places): void {
  const fields = xlsxMapFields();
  const rows = new Map<string, number>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const name = sheet.getRow(r).getCell(1).value;
    if (name === null || name === undefined || name === "") continue;
    const field = fields.find((known) => known.field === String(name));
    if (!field) {
      issues.push(
        cellIssue(
          unknownKey(
            "map field",
            String(name),
            fields.map((f) => f.field),
          ),
          sheet.name,
          r,
          1,
        ),
      );
      continue;
    }
    const read = readCell(sheet.getRow(r).getCell(2).value, field.kind);
    if ("issue" in read) issues.push(cellIssue(read.issue, sheet.name, r, 2));
    else if (read.value !== undefined) doc[field.field] = read.value;
    rows.set(field.field, r);
  }
  places.columns.set(MAP_SHEET, rows);
}

/** Returns a validation issue placed at the cell it is about, when that cell is known. */
function placeIssue(issue: JourneyMapIssue, places: Places): JourneyMapIssue {
  const [first, index, field] = issue.path;
  if (typeof first !== "string") return issue;
  const rows = places.rows.get(first);
  if (rows && typeof index === "number" && rows[index] !== undefined) {
    return cellIssue(issue, first, rows[index], typeof field === "string" ? places.columns.get(first)?.get(field) : undefined);
  }
  const mapRow = places.columns.get(MAP_SHEET)?.get(first);
  return mapRow === undefined ? issue : cellIssue(issue, MAP_SHEET, mapRow, 2);
}

/**
 * Reads a workbook written by {@link toXlsx}, or edited by hand, and returns the result of
 * `safeParseJourneyMap`; never throws for any bytes. Cells that cannot be read (bad JSON, an
 * error value), unknown sheets and columns, and every validation issue about an entity are
 * issues with their `sheet`, `cell`, `line` (the row) and `column`, the message starting
 * with `touchpoints!C4:`. A missing sheet is an empty collection; blank rows are skipped.
 * Rejects with `MissingPeerDependencyError` when the optional `exceljs` is not installed.
 *
 * @example
 * ```ts
 * import { fromXlsx } from "journeykit";
 *
 * const result = await fromXlsx(bytes);
 * const problems = result.success ? [] : result.error.issues.map((issue) => issue.message); // each with its sheet, row and column
 * ```
 */
export async function fromXlsx(bytes: Uint8Array, options: FromXlsxOptions = {}): Promise<SafeParseJourneyMapResult> {
  const max = options.maxInputLength ?? DEFAULT_LIMITS.maxInputLength;
  if (typeof max !== "number" || !(max > 0)) throw new RangeError(`invalid maxInputLength: ${String(max)}; expected a positive number`);
  if (!(bytes instanceof Uint8Array)) throw new TypeError("invalid bytes: expected a Uint8Array of an .xlsx file");
  if (bytes.length > max) {
    return failImport([
      { code: "limit_exceeded", path: [], limit: "maxInputLength", maximum: max, message: `the workbook has ${bytes.length} bytes, more than maxInputLength (${max})` },
    ]);
  }
  const excel = await loadExcelJs("Excel input");
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    return failImport([{ code: "invalid_format", path: [], message: `not an Excel workbook (.xlsx): ${(error as Error).message}` }]);
  }
  const doc: Record<string, unknown> = {};
  const issues: XlsxIssue[] = [];
  const places: Places = { rows: new Map(), columns: new Map() };
  const known = [MAP_SHEET, ...COLLECTION_NAMES];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === MAP_SHEET) readMapSheet(sheet, doc, issues, places);
    else if ((COLLECTION_NAMES as string[]).includes(sheet.name)) doc[sheet.name] = readSheet(sheet, xlsxColumns(sheet.name as CollectionName), issues, places);
    else issues.push(cellIssue(unknownKey("sheet", sheet.name, known), sheet.name, 1, 1));
  }
  if (issues.length > 0) return failImport(issues);
  const result = safeParseJourneyMap(doc);
  return result.success ? result : failImport(result.error.issues.map((issue) => placeIssue(issue, places)));
}
