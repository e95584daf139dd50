import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, runCli } from "./run-cli";

const root = join(import.meta.dirname, "..", "..");
const example = join(root, "examples", "coffee-shop.json");

let isolated: string; // bundled where no optional package can be resolved
let withPackages: string; // bundled inside the project, so exceljs, pdfkit and svg-to-pdfkit resolve
let work: string;

beforeAll(async () => {
  isolated = await buildCli();
  const dir = join(root, "node_modules", ".cache", "journeykit-cli-exports-test");
  mkdirSync(dir, { recursive: true });
  withPackages = await buildCli(dir);
  work = mkdtempSync(join(tmpdir(), "journeykit-exports-"));
}, 60_000);

describe("exports chosen by the output's extension", { timeout: 60_000 }, () => {
  it("render -o map.html writes the standalone page, without any optional package", () => {
    const out = join(work, "map.html");
    const result = runCli(isolated, ["render", example, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^wrote .*map\.html \(html, [\d,]+ bytes\)\n$/);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script/i);
  });

  it.each([
    ["a4", 841.89],
    ["a3", 1190.55],
  ])("render -o map.pdf --page %s writes a PDF of that page size", (page, width) => {
    const out = join(work, `map-${page}.pdf`);
    const result = runCli(withPackages, ["render", example, "-o", out, "--page", page]);
    expect(result.stderr).toMatch(/\(pdf, [\d,]+ bytes\)/);
    expect(result.code).toBe(0);
    const pdf = readFileSync(out).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toContain(`/MediaBox [0 0 ${width}`);
  });

  it("explains how to get PDF and Excel output when the optional packages are missing", () => {
    const pdf = runCli(isolated, ["render", example, "-o", join(work, "missing.pdf")]);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain("npm install pdfkit");
    const xlsx = runCli(isolated, ["convert", example, join(work, "missing.xlsx")]);
    expect(xlsx.code).toBe(1);
    expect(xlsx.stderr).toContain("npm install exceljs");
    expect(readdirSync(work)).not.toContain("missing.xlsx");
  });

  it("convert map.json map.xlsx and back gives the same map", () => {
    const xlsx = join(work, "map.xlsx");
    expect(runCli(withPackages, ["convert", example, xlsx]).code).toBe(0);
    const back = runCli(withPackages, ["convert", xlsx, join(work, "back.json")]);
    expect(back.stderr).toMatch(/\(json, /);
    expect(back.code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "back.json"), "utf8"))).toEqual(JSON.parse(runCli(isolated, ["convert", example, "--to", "json"]).stdout));
    expect(runCli(withPackages, ["validate", xlsx]).code).toBe(0);
  });

  it("reports a broken workbook with its issue, and refuses one on standard input", () => {
    const bad = join(work, "bad.xlsx");
    writeFileSync(bad, "not a workbook");
    const result = runCli(withPackages, ["validate", bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("not an Excel workbook");
    const piped = runCli(withPackages, ["validate", "-", "--from", "xlsx"], { input: "x" });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toContain("xlsx is read from a file, not from standard input");
  });

  it("still refuses an extension it cannot write", () => {
    const result = runCli(isolated, ["render", example, "-o", join(work, "map.docx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("html (.html, .htm), pdf (.pdf)");
  });
});
