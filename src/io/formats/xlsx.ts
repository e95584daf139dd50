import { fromXlsx } from "../xlsx/from-xlsx";
import { XLSX_LIBRARY } from "../xlsx/load-exceljs";
import { toXlsx } from "../xlsx/to-xlsx";
import type { JourneyMapFormat } from "./journey-map-format";

/** The map as an Excel workbook, one sheet per collection, through the optional `exceljs`. */
export const xlsxFormat: JourneyMapFormat = {
  name: "xlsx",
  aliases: ["excel"],
  extensions: [".xlsx"],
  description: `an Excel workbook, one sheet per collection (needs the optional ${XLSX_LIBRARY})`,
  role: "map",
  peer: XLSX_LIBRARY,
  readBytes: (bytes) => fromXlsx(bytes),
  write: (map) => toXlsx(map),
};
