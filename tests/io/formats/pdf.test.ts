import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { MissingFontError } from "../../../src/io/formats/missing-font-error";
import { PDF_FONT_DIRECTORIES, pdfFormat, renderJourneyMapPdf } from "../../../src/io/formats/pdf";
import { markFallbackText, PDF_FALLBACK_FONTS } from "../../../src/io/formats/pdf-fonts";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { HOSTILE_TEXT } from "../../support/hostile-text";
import { hostileMap } from "../../support/hostile-map";

const coffee = parseJourneyMap(readFileSync(new URL("../../../examples/coffee-shop.json", import.meta.url), "utf8"));

/** The pages of a PDF: their size in points, their text (items joined by spaces) and the fonts it names. */
async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ("str" in item ? item.str : ""))
      .join(" ")
      .replace(/\s+/g, " ");
    pages.push({ width, height, text, fonts: Object.values(content.styles).map((style) => style.fontFamily) });
  }
  return pages;
}

/** The PDF's raw bytes as Latin-1, to look at its objects. */
const raw = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("PDF output", { timeout: 60_000 }, () => {
  it("holds the title and every touchpoint's name as text, on one page the map's size", async () => {
    const bytes = await renderJourneyMapPdf(coffee);
    expect(raw(bytes.subarray(0, 5))).toBe("%PDF-");
    const [page, ...more] = await readPdf(bytes);
    expect(more).toHaveLength(0);
    const svg = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(await (await import("../../../src/render/render-journey-map-svg")).renderJourneyMapSvg(coffee))!;
    expect(page!.width).toBeCloseTo(Number(svg[1]) * 0.75, 1);
    expect(page!.height).toBeCloseTo(Number(svg[2]) * 0.75, 1);
    const words = page!.text.replace(/\s/g, "");
    expect(words).toContain(coffee.title.replace(/\s/g, ""));
    for (const tp of coffee.touchpoints) expect(words).toContain(tp.name.replace(/\s/g, ""));
  });

  it.each([
    ["a4", 841.89, 595.28],
    ["a3", 1190.55, 841.89],
  ] as const)("puts the map on one %s landscape page", async (page, width, height) => {
    const pages = await readPdf((await pdfFormat.write!(coffee, { page })) as Uint8Array);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(width, 1);
    expect(pages[0]!.height).toBeCloseTo(height, 1);
    expect(pages[0]!.text.replace(/\s/g, "")).toContain(coffee.touchpoints[0]!.name.replace(/\s/g, ""));
  });

  it("embeds Liberation Sans regular and bold as font files", async () => {
    const text = raw(await renderJourneyMapPdf(coffee, { page: "a4" }));
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSans\b/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSans-Bold\b/);
    expect(text).toMatch(/\/FontFile2 /);
  });

  it.each([
    ["中文字符；测试", "NotoSansCJKsc"],
    ["مرحبا", "DejaVuSans"],
  ])("draws %s, which Liberation Sans lacks, in the fallback font, as text", async (text, font) => {
    const map = hostileMap(text);
    const bytes = await renderJourneyMapPdf(map, { page: "a4" });
    expect(raw(bytes)).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}`));
    const [page] = await readPdf(bytes);
    expect(page!.text).toContain(text);
    const without = raw(await renderJourneyMapPdf(map, { page: "a4", fallbackFonts: [] }));
    expect(without).not.toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}`));
  });

  it("is the same bytes for the same map (no clock)", async () => {
    expect(await renderJourneyMapPdf(coffee, { page: "a3" })).toEqual(await renderJourneyMapPdf(coffee, { page: "a3" }));
  });

  it("writes a PDF for every hostile string of the security corpus, lone surrogates included", async () => {
    for (const text of HOSTILE_TEXT.filter((t) => t.trim() !== "")) {
      const bytes = await renderJourneyMapPdf(hostileMap(text), { page: "a4" });
      expect(raw(bytes.subarray(0, 5)), JSON.stringify(text)).toBe("%PDF-");
    }
  });

  it("keeps hostile text as text", async () => {
    const map = hostileMap("</text><script>alert(1)</script>");
    const [page] = await readPdf(await renderJourneyMapPdf(map, { page: "a4" }));
    expect(page!.text).toContain("<script>alert(1)</script>");
    expect(raw(await renderJourneyMapPdf(map))).not.toMatch(/\/JavaScript|\/JS\b|\/Launch|\/URI/);
  });

  it("refuses a bad page naming the option, and says which fonts it could not find", async () => {
    await expect(renderJourneyMapPdf(coffee, { page: "A4" as "a4" })).rejects.toThrow('invalid page: "A4"; expected "fit", "a4" or "a3"; did you mean "a4"?');
    await expect(renderJourneyMapPdf(coffee, { fontDirectories: ["/nowhere"] })).rejects.toThrow(MissingFontError);
    await expect(renderJourneyMapPdf(coffee, { fontDirectories: ["/nowhere"] })).rejects.toThrow(/LiberationSans-Regular\.ttf.*\/nowhere.*fonts-liberation/);
    expect(PDF_FONT_DIRECTORIES[0]).toBe("/usr/share/fonts/truetype/liberation");
  });
});

describe("markFallbackText", () => {
  it("marks only the lines that need a fallback, with the first that covers them", () => {
    const svg = '<g><text class="jk-line" x="1">Latin only</text><text class="jk-line" x="2">Tea 茶</text><text x="3">שלום</text></g>';
    const { svg: marked, used } = markFallbackText(svg, PDF_FALLBACK_FONTS);
    expect(marked).toBe(
      '<g><text class="jk-line" x="1">Latin only</text><text font-family="jk-fallback-cjk" class="jk-line" x="2">Tea 茶</text><text font-family="jk-fallback-dejavu" x="3">שלום</text></g>',
    );
    expect([...used].map((font) => font.name)).toEqual(["jk-fallback-cjk", "jk-fallback-dejavu"]);
    expect(markFallbackText(svg, []).svg).toBe(svg);
  });
});
