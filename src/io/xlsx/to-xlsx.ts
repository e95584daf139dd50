import { COLLECTION_NAMES } from "../../model/entities";
import type { JourneyMap } from "../../model/journey-map";
import { encodeCell } from "./xlsx-cells";
import { type XlsxColumn, MAP_SHEET, xlsxColumns, xlsxMapFields } from "./xlsx-columns";
import { type ExcelWorksheet, loadExcelJs } from "./load-exceljs";

/** The note on the header of every column that holds JSON. */
export const XLSX_JSON_NOTE = "JSON: lists and nested objects are written as JSON text; keep it valid JSON when you edit it.";

function writeCell(sheet: ExcelWorksheet, row: number, column: number, value: unknown, kind: XlsxColumn["kind"]): void {
  const encoded = encodeCell(value, kind);
  if (encoded.value === undefined) return;
  const cell = sheet.getRow(row).getCell(column);
  cell.value = encoded.value;
  // A cell starting like a formula is formatted as text ("@"), so it stays text when someone edits it.
  if (encoded.asText) cell.numFmt = "@";
}

function header(sheet: ExcelWorksheet, names: readonly string[], jsonColumns: ReadonlySet<number>): void {
  const row = sheet.addRow([...names]);
  row.font = { bold: true };
  for (const column of jsonColumns) row.getCell(column + 1).note = XLSX_JSON_NOTE;
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

function writeCollection(sheet: ExcelWorksheet, columns: readonly XlsxColumn[], entities: readonly Record<string, unknown>[]): void {
  header(
    sheet,
    columns.map((c) => c.field),
    new Set(columns.flatMap((c, i) => (c.kind === "json" ? [i] : []))),
  );
  entities.forEach((entity, index) => {
    columns.forEach((column, i) => {
      writeCell(sheet, index + 2, i + 1, entity[column.field], column.kind);
    });
  });
  sheet.columns = columns.map((c) => ({ width: c.kind === "json" ? 30 : c.kind === "text" ? 24 : 10 }));
}

/**
 * Returns the map as an Excel workbook (`.xlsx` bytes): a "map" sheet with the map's own
 * fields, then one sheet per collection (personas, stages, … — every collection of the
 * model), one row per entity and one column per field; lists and nested objects are JSON
 * text in their cell, as the header's note says. {@link fromXlsx} reads it back to an equal
 * map. Cells that start like a formula (`=`, `+`, `-`, `@`) are written and marked as text.
 * Rejects with `MissingPeerDependencyError` when the optional `exceljs` is not installed.
 *
 * @example
 * ```ts
 * import { toXlsx } from "journeykit";
 *
 * const bytes = await toXlsx(map); // write them to journey.xlsx
 * ```
 */
export async function toXlsx(map: JourneyMap): Promise<Uint8Array> {
  const excel = await loadExcelJs("Excel output");
  const workbook = new excel.Workbook();
  // No hidden clock: the workbook's dates come from the map, or a fixed one.
  const date = new Date(map.metadata?.updatedAt ?? "2000-01-01T00:00:00Z");
  workbook.creator = "journeykit";
  workbook.created = workbook.modified = Number.isNaN(date.getTime()) ? new Date("2000-01-01T00:00:00Z") : date;
  const mapSheet = workbook.addWorksheet(MAP_SHEET);
  header(mapSheet, ["field", "value"], new Set());
  mapSheet.getRow(1).getCell(2).note = `${XLSX_JSON_NOTE} Every other sheet holds one collection: one row per entity, one column per field.`;
  xlsxMapFields().forEach((field, i) => {
    mapSheet.getRow(i + 2).getCell(1).value = field.field;
    writeCell(mapSheet, i + 2, 2, (map as unknown as Record<string, unknown>)[field.field], field.kind);
  });
  mapSheet.columns = [{ width: 16 }, { width: 60 }];
  for (const collection of COLLECTION_NAMES) {
    // Collections added after the first release may be absent from a map: no sheet, so that they stay absent.
    if (map[collection] === undefined) continue;
    writeCollection(workbook.addWorksheet(collection), xlsxColumns(collection), map[collection] as readonly Record<string, unknown>[]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);
}
