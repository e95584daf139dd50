/**
 * Generates src/layout/text/liberation-metrics.ts: the advance widths of Liberation Sans
 * Regular and Bold (Debian package `fonts-liberation`; metric-compatible with Arial and
 * Helvetica), read with fontkit. Run `npm run fonts` after the font changes.
 *
 * Format (written by scripts/liberation-source.ts): the code points both weights have, as
 * runs in the digits of src/layout/text/width-digits.ts (the gap from the previous run and
 * the length); the advances used most, in font units, base 36; then per weight one digit
 * per code point: for Regular the index of its advance among the common ones, or their
 * count plus the advance; for Bold 0 where it has the regular advance, else one more than
 * that. In a page's gzip, which codes these digits together with the code around them,
 * they cost about 30% less than the runs of base-36 advances they replace. Code points the
 * font maps to its missing glyph are left out, so the measurer falls back to its
 * script-based widths.
 *
 * Beside the advances, per weight, the few glyphs whose ink reaches beyond the font's
 * ascent or descent (box drawing, a few accented capitals), so that a box can make room
 * for them: their code points as runs, and per glyph two digits, the indices of how far it
 * reaches above and below among the extents listed once for both weights (font units).
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type InkEntry, liberationSource } from "./liberation-source";

const FONT_DIR = process.env.LIBERATION_DIR ?? "/usr/share/fonts/truetype/liberation";
const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const target = join(root, "src", "layout", "text", "liberation-metrics.ts");

interface Font {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  version: string;
  characterSet: number[];
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; bbox: { minY: number; maxY: number } };
}

/** Glyphs whose ink leaves [−descent, ascent], by code point: code point, above and below (font units). */
function inkEntries(font: Font): InkEntry[] {
  const entries: InkEntry[] = [];
  const points = font.characterSet.filter((cp) => cp <= 0xffff && font.glyphForCodePoint(cp).id !== 0).sort((a, b) => a - b);
  for (const cp of points) {
    const { maxY, minY } = font.glyphForCodePoint(cp).bbox;
    const above = Math.max(font.ascent, Math.ceil(maxY));
    const below = Math.max(Math.abs(font.descent), Math.ceil(-minY));
    if (above > font.ascent || below > Math.abs(font.descent)) entries.push([cp, above, below]);
  }
  return entries;
}

/** The advance of each BMP character the font has, by code point, in font units. */
function advances(font: Font): Map<number, number> {
  const advances = new Map<number, number>();
  for (const cp of font.characterSet) {
    if (cp <= 0xffff && font.glyphForCodePoint(cp).id !== 0) advances.set(cp, font.glyphForCodePoint(cp).advanceWidth);
  }
  return advances;
}

const fontkit = createRequire(import.meta.url)("fontkit") as { openSync(path: string): Font };
const open = (name: string) => fontkit.openSync(join(FONT_DIR, `LiberationSans-${name}.ttf`));
const regular = open("Regular");
const bold = open("Bold");
if (regular.unitsPerEm !== bold.unitsPerEm) throw new Error("Regular and Bold differ in unitsPerEm");

const source = liberationSource({
  version: regular.version.replace(/^Version /, ""),
  unitsPerEm: regular.unitsPerEm,
  ascentEm: regular.ascent / regular.unitsPerEm,
  descentEm: Math.abs(regular.descent) / regular.unitsPerEm,
  regular: advances(regular),
  bold: advances(bold),
  regularInk: inkEntries(regular),
  boldInk: inkEntries(bold),
});
writeFileSync(target, source);
process.stdout.write(`wrote ${target} (${source.length} bytes)\n`);
