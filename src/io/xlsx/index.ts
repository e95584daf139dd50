export { fromXlsx, type FromXlsxOptions } from "./from-xlsx";
export type { XlsxIssue } from "./read-cell";
export { toXlsx, XLSX_JSON_NOTE } from "./to-xlsx";
export { XLSX_LIBRARY } from "./load-exceljs";
