/**
 * Generates src/layout/text/fallback-metrics.ts: for every character Liberation Sans lacks,
 * the widest advance any common fallback font gives it — the DejaVu fonts (Debian packages
 * `fonts-dejavu-core` and `fonts-dejavu-extra`) and the Noto fonts (`fonts-noto-core`),
 * which browsers on Linux draw such characters with (fontconfig picks whichever has the
 * glyph, serif or math fonts included), and which are as wide as or wider than what macOS
 * and Windows fall back to. Monospaced, condensed, light and italic faces are left out: a
 * browser falls back to an upright face of normal width first. Run `npm run fonts` after a
 * font changes.
 *
 * A character that Unicode maps to another (the Kelvin sign to K, U+1FC9 to U+0388) may be
 * drawn as that one, so it is at least as wide as Liberation Sans draws its equivalent.
 *
 * Left out: characters Liberation Sans has (measured from its own advances), East Asian
 * wide characters (measured at 1 em), surrogates, private use, code points above the BMP,
 * and characters every font draws with no advance (combining marks, controls).
 *
 * Format (written by scripts/fallback-source.ts): the code points both weights cover, as
 * runs, two values each: the gap from the end of the previous run (from U+0000 for the
 * first) and the length; then per weight one value per covered code point, in order: for
 * regular text how much its advance in 1/32 em, rounded up (so a width is never
 * under-stated), differs from the previous code point's (zigzag: 0, −1, 1, −2, … as 0, 1,
 * 2, 3, …), for bold text how much wider than the regular one it is (zero wherever no bold
 * face draws the character). Each value is a digit of WIDTH_DIGITS (width-digits.ts), or, for the few
 * beyond them, "@" and three digits. The digits are the characters most common in
 * minified JavaScript, so that gzip, which codes the tables together with the code around
 * them, spends few bits on the small values that make up most of them. The bold table
 * takes, per character, the wider of the bold and the regular fonts: a browser fakes bold
 * from the regular font where no bold one exists.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isWide } from "../src/layout/text/script-widths";
import { fallbackSource, UNIT } from "./fallback-source";

const LIBERATION_DIR = process.env.LIBERATION_DIR ?? "/usr/share/fonts/truetype/liberation";
const DEJAVU_DIR = process.env.DEJAVU_DIR ?? "/usr/share/fonts/truetype/dejavu";
const NOTO_DIR = process.env.NOTO_DIR ?? "/usr/share/fonts/truetype/noto";
const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const target = join(root, "src", "layout", "text", "fallback-metrics.ts");

interface Font {
  unitsPerEm: number;
  familyName: string;
  version: string;
  characterSet: number[];
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
}

const fontkit = createRequire(import.meta.url)("fontkit") as { openSync(path: string): Font };

function covered(font: Font): Set<number> {
  return new Set(font.characterSet.filter((cp) => font.glyphForCodePoint(cp).id !== 0));
}

/** Raises the width of each character whose canonical equivalent Liberation Sans has to that glyph's width. */
function withEquivalents(widths: Map<number, number>, liberation: Font): Map<number, number> {
  for (const [cp, em] of widths) {
    const equivalent = String.fromCodePoint(cp).normalize("NFC");
    const other = equivalent.codePointAt(0) as number;
    if (equivalent.length !== 1 || other === cp) continue;
    const glyph = liberation.glyphForCodePoint(other);
    if (glyph.id !== 0) widths.set(cp, Math.max(em, glyph.advanceWidth / liberation.unitsPerEm));
  }
  return widths;
}

/** The widest advance, in em, of each character the fonts have and `skip` lacks. */
function widest(paths: string[], skip: Set<number>, into = new Map<number, number>()): Map<number, number> {
  for (const path of paths) {
    const font = fontkit.openSync(path);
    for (const cp of font.characterSet) {
      if (cp > 0xffff || skip.has(cp) || isWide(cp) || (cp >= 0xd800 && cp <= 0xf8ff) || cp < 0x20) continue;
      const glyph = font.glyphForCodePoint(cp);
      if (glyph.id === 0 || glyph.advanceWidth <= 0) continue;
      const em = glyph.advanceWidth / font.unitsPerEm;
      if (em > (into.get(cp) ?? 0)) into.set(cp, em);
    }
  }
  return into;
}

/** A width in 1/UNIT em, rounded up. */
function units(em: number): number {
  return Math.ceil(em * UNIT - 1e-9);
}

/** The code points of both weights, in order; they must be the same. */
function coveredPoints(regular: Map<number, number>, bold: Map<number, number>): number[] {
  const points = [...regular.keys()].sort((a, b) => a - b);
  const missing = points.length === bold.size ? points.find((cp) => !bold.has(cp)) : -1;
  if (missing !== undefined) throw new Error("the regular and the bold fallback fonts cover different characters");
  return points;
}
/** The upright faces of normal width in `dir`, regular (no weight in the name) or bold. */
function faces(dir: string, weight: "regular" | "bold"): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ttf") && !/Mono|Condensed|Italic|Oblique|Light|Thin|Black|Medium|Semi|Extra|ColorEmoji/.test(name))
    .filter((name) => (weight === "bold" ? /-Bold\.ttf$/.test(name) : !/-Bold\.ttf$/.test(name)))
    .sort()
    .map((name) => join(dir, name));
}
const regularFonts = [...faces(DEJAVU_DIR, "regular"), ...faces(NOTO_DIR, "regular")];
const boldFonts = [...faces(DEJAVU_DIR, "bold"), ...faces(NOTO_DIR, "bold")];
if (faces(NOTO_DIR, "regular").length < 50) throw new Error(`expected the Noto fonts of fonts-noto-core in ${NOTO_DIR}`);
if (!regularFonts.some((path) => path.endsWith("DejaVuMathTeXGyre.ttf"))) throw new Error(`expected DejaVu Math TeX Gyre (fonts-dejavu-extra) in ${DEJAVU_DIR}`);

const liberationRegular = fontkit.openSync(join(LIBERATION_DIR, "LiberationSans-Regular.ttf"));
const liberationBold = fontkit.openSync(join(LIBERATION_DIR, "LiberationSans-Bold.ttf"));
const regular = withEquivalents(widest(regularFonts, covered(liberationRegular)), liberationRegular);
const skipBold = covered(liberationBold);
const bold = withEquivalents(widest(boldFonts, skipBold, widest(regularFonts, skipBold)), liberationBold);
const dejavu = fontkit.openSync(join(DEJAVU_DIR, "DejaVuSans.ttf"));
const points = coveredPoints(regular, bold);

const header = `// Generated by scripts/generate-fallback-metrics.ts from DejaVu Sans ${dejavu.version.replace(/^Version /, "")}
// and the other DejaVu and Noto fonts of fonts-dejavu-core, fonts-dejavu-extra and fonts-noto-core
// (${regularFonts.length} regular and ${boldFonts.length} bold faces). Do not edit: run \`npm run fonts\`.
// The DejaVu fonts are under the Bitstream Vera license and the Noto fonts under the SIL
// Open Font License 1.1; only advance widths are kept here.`;
const source = fallbackSource(
  header,
  points,
  points.map((cp) => units(regular.get(cp) as number)),
  points.map((cp) => units(bold.get(cp) as number)),
);
writeFileSync(target, source);
process.stdout.write(`wrote ${target} (${source.length} bytes; ${regular.size} regular and ${bold.size} bold characters)\n`);
