/**
 * Exports people can share: examples/coffee-shop.json as a standalone HTML page, a vector
 * PDF on an A4 page, and an Excel workbook that reads back to the same map.
 * Run with `npx tsx examples/export.ts` (PDF needs pdfkit and svg-to-pdfkit, Excel exceljs).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromXlsx, parseJourneyMap, renderJourneyMapHtml, renderJourneyMapPdf, toXlsx } from "journeykit";

const map = parseJourneyMap(JSON.parse(readFileSync(join(import.meta.dirname, "coffee-shop.json"), "utf8")));
const dir = mkdtempSync(join(tmpdir(), "journeykit-export-"));

// 1. A page a stakeholder opens from an e-mail: the map, its findings, the opportunities.
const html = renderJourneyMapHtml(map, { analyze: { asOf: "2026-11-01" } });
writeFileSync(join(dir, "coffee-shop.html"), html);
console.log(`wrote ${join(dir, "coffee-shop.html")} (${html.length.toLocaleString("en-US")} characters, no script)`);

// 2. A vector PDF: text stays text, in the fonts the layout measured with.
const pdf = await renderJourneyMapPdf(map, { page: "a4" });
writeFileSync(join(dir, "coffee-shop.pdf"), pdf);
console.log(`wrote ${join(dir, "coffee-shop.pdf")} (${pdf.length.toLocaleString("en-US")} bytes)`);

// 3. A workbook for people who keep journeys in spreadsheets, and back.
const xlsx = await toXlsx(map);
writeFileSync(join(dir, "coffee-shop.xlsx"), xlsx);
const back = await fromXlsx(xlsx);
if (!back.success) throw back.error;
console.log(`wrote ${join(dir, "coffee-shop.xlsx")}; read back ${back.data.touchpoints.length} touchpoints, equal: ${JSON.stringify(back.data) === JSON.stringify(map)}`);
