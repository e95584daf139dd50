import { MissingPeerDependencyError } from "../formats/journey-map-format";

/** The optional package that reads and writes workbooks; not a dependency of journeykit. */
export const XLSX_LIBRARY = "exceljs";

/** One cell, as much of exceljs's `Cell` as journeykit uses. */
export interface ExcelCell {
  value: unknown;
  note?: string;
  numFmt?: string;
}

/** One row of a sheet. */
export interface ExcelRow {
  readonly number: number;
  getCell(column: number): ExcelCell;
  readonly cellCount: number;
  font?: Record<string, unknown>;
}

/** One sheet of a workbook. */
export interface ExcelWorksheet {
  readonly name: string;
  readonly rowCount: number;
  addRow(values: unknown[]): ExcelRow;
  getRow(row: number): ExcelRow;
  views: unknown[];
  columns: { width?: number }[];
}

/** A workbook, as much of exceljs's `Workbook` as journeykit uses. */
export interface ExcelWorkbook {
  creator: string;
  created: Date;
  modified: Date;
  readonly worksheets: ExcelWorksheet[];
  addWorksheet(name: string): ExcelWorksheet;
  xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array>; load(data: Uint8Array): Promise<unknown> };
}

/** The part of the `exceljs` module used here. */
export interface ExcelModule {
  Workbook: new () => ExcelWorkbook;
}

/**
 * Returns the `exceljs` module, loaded on first use (never at import time); rejects with
 * {@link MissingPeerDependencyError} when it is not installed.
 */
export async function loadExcelJs(purpose: string): Promise<ExcelModule> {
  try {
    // A variable specifier keeps bundlers from resolving the optional package at build time.
    const specifier = XLSX_LIBRARY;
    const module = (await import(specifier)) as ExcelModule & { default?: ExcelModule };
    return module.Workbook ? module : (module.default as ExcelModule);
  } catch {
    throw new MissingPeerDependencyError(XLSX_LIBRARY, purpose);
  }
}
