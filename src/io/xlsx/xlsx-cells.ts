import type { XlsxCellKind } from "./xlsx-columns";

/**
 * Characters a workbook's XML cannot hold, or that Excel rewrites (`\r`): control
 * characters, DEL (which exceljs drops), U+FFFE/U+FFFF and lone surrogates.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters a spreadsheet reads as the start of a formula (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** JSON text with the characters of {@link UNSAFE} written as `\uXXXX`, so the workbook's XML can hold it. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007F\uFFFE\uFFFF\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A value to write in a cell, and whether it must be kept as text when someone edits it. */
export interface XlsxCellValue {
  /** The cell's value; `undefined` leaves the cell empty. */
  value: string | number | boolean | undefined;
  /** Whether the cell starts like a formula and is marked as text. */
  asText: boolean;
}

/**
 * Returns how a field's value is written in a cell. Text is written as it is, unless it
 * starts with `"` or holds characters the workbook cannot keep: then it is written as a
 * JSON string (`"a\u0001b"`), which {@link decodeText} reads back, so every string round-trips.
 */
export function encodeCell(value: unknown, kind: XlsxCellKind): XlsxCellValue {
  if (value === undefined) return { value: undefined, asText: false };
  let cell: string | number | boolean;
  if (kind === "json" || typeof value === "object" || value === null) cell = safeJson(value);
  else if (typeof value === "string") cell = value.startsWith('"') || UNSAFE.test(value) ? safeJson(value) : value;
  else cell = value as number | boolean;
  return { value: cell, asText: typeof cell === "string" && FORMULA_START.test(cell) };
}

/** Returns the string a text cell holds: a JSON string literal decoded (see {@link encodeCell}), anything else as it is. */
export function decodeText(text: string): string {
  if (!text.startsWith('"')) return text;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "string" ? value : text;
  } catch {
    return text;
  }
}
