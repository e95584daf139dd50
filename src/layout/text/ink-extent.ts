import { advanceTable, DENSE_LIMIT } from "./advance-table";
import { ASCENT_EM, BOLD_INK, BOLD_INK_POINTS, DESCENT_EM, INK_EXTENTS, REGULAR_INK, REGULAR_INK_POINTS, UNITS_PER_EM } from "./liberation-metrics";
import { decodeDigits } from "./width-digits";
import { isZeroWidth } from "./script-widths";
import type { FontSpec } from "./types";

/*
 * Where the ink of a line may reach, as a browser draws it. Advance widths decide where a
 * line breaks; this decides how much room a box needs above its first line and below its
 * last one, and beside lines with stacked marks. Measured in Chromium 156 with Debian's
 * fonts, in em: Liberation Sans stays within its ascent (0.905) and descent (0.212) but
 * for the few glyphs listed in its metrics (box drawing, a few accented capitals: up to
 * 1.03 above and 0.30 below); fallback fonts reach 1.05 above (DejaVu Sans capitals with
 * two accents) and 0.26 below (Arabic); each combining mark the browser cannot compose
 * into its letter stacks a further 0.12 to 0.15 above or below, and a mark on the first or
 * last letter of a right-to-left line reaches 0.08 beside the line. The figures below are
 * those, rounded up with room to spare, since users' machines have other fallback fonts.
 */

/** How far glyphs of fallback fonts may reach above and below the baseline, in em. */
const FALLBACK_ABOVE = 1.1;
const FALLBACK_BELOW = 0.3;
/** The height one more stacked combining mark may add, above or below, in em. */
const MARK_STACK = 0.25;
/** How far a combining mark may reach beside the letters of its line, in em. */
const MARK_SIDE = 0.15;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NONSPACING = /[\p{Mn}\p{Me}]/u;
const NONSPACING_RUNS = /[\p{Mn}\p{Me}]+/gu;

/** The glyphs of a weight whose ink leaves the font's ascent or descent. */
export interface InkTable {
  /** Above and below, in em, of glyphs that leave the font's ascent or descent. */
  glyphs: Map<number, { above: number; below: number }>;
  /** 1 for the BMP code points in `glyphs`: one typed-array read per character instead of a map lookup. */
  listed: Uint8Array;
  asciiAbove: number;
  asciiBelow: number;
}

/**
 * Decodes a weight's ink table: `points` holds the glyphs' code points as runs (like the
 * advances' LIBERATION_POINTS), `extents` per glyph the indices in {@link INK_EXTENTS} of
 * how far it reaches above and below.
 */
function decode(points: string, extents: string): InkTable {
  const em = INK_EXTENTS.split(",").map((extent) => Number.parseInt(extent, 36) / UNITS_PER_EM);
  const runs = decodeDigits(points);
  const indices = decodeDigits(extents);
  const glyphs = new Map<number, { above: number; below: number }>();
  const listed = new Uint8Array(0x10000);
  let asciiAbove = ASCENT_EM;
  let asciiBelow = DESCENT_EM;
  let cp = 0;
  let i = 0;
  for (let r = 0; r < runs.length; r += 2) {
    cp += runs[r] as number;
    for (const end = cp + (runs[r + 1] as number); cp < end; cp++, i += 2) {
      const ink = { above: em[indices[i] as number] as number, below: em[indices[i + 1] as number] as number };
      glyphs.set(cp, ink);
      listed[cp] = 1;
      if (cp >= 0x20 && cp <= 0x7e) {
        asciiAbove = Math.max(asciiAbove, ink.above);
        asciiBelow = Math.max(asciiBelow, ink.below);
      }
    }
  }
  return { glyphs, listed, asciiAbove, asciiBelow };
}

let regular: InkTable | undefined;
let bold: InkTable | undefined;

/** The ink table of a weight, decoded on first use. */
export function inkTable(weight: FontSpec["weight"]): InkTable {
  if (weight === "bold") {
    bold ??= decode(BOLD_INK_POINTS, BOLD_INK);
    return bold;
  }
  regular ??= decode(REGULAR_INK_POINTS, REGULAR_INK);
  return regular;
}

/**
 * Returns whether `text` is printable ASCII only, whose glyphs never reach beyond the room
 * a line of Liberation Sans has (1.25 em, the ascent and descent centred in it).
 */
export function isPlainAscii(text: string): boolean {
  return PRINTABLE_ASCII.test(text);
}

/**
 * Returns how far the glyphs of `text`, set on one line in `font`, may reach above the
 * baseline when a browser draws them, in px: Liberation Sans' own glyphs as the font has
 * them, characters it lacks as tall as fallback fonts draw them, and more for each
 * combining mark stacked on a letter (the longest such stack counts, above and below,
 * since which side a mark goes to is the font's business). Conservative by design: a box
 * made this tall holds its text in any browser with common fonts.
 */
export function inkAbove(text: string, font: FontSpec): number {
  const table = inkTable(font.weight);
  return (PRINTABLE_ASCII.test(text) ? table.asciiAbove : reach(text, font.weight, table, true)) * font.size;
}

/** Returns how far the glyphs of `text` may reach below the baseline, in px (see {@link inkAbove}). */
export function inkBelow(text: string, font: FontSpec): number {
  const table = inkTable(font.weight);
  return (PRINTABLE_ASCII.test(text) ? table.asciiBelow : reach(text, font.weight, table, false)) * font.size;
}

/**
 * Returns how far each of `lines`, set in a font of `weight`, may reach above and below the
 * baseline, in em (`[above₀, below₀, above₁, below₁, …]`; times the font size, what
 * {@link inkAbove} and {@link inkBelow} return), `NaN` for a line of printable ASCII only,
 * or `undefined` when every line is. Never throws.
 */
export function linesInk(lines: readonly string[], weight: FontSpec["weight"]): Float64Array | undefined {
  let ink: Float64Array | undefined;
  for (let l = 0; l < lines.length; l++) {
    const text = lines[l] as string;
    if (PRINTABLE_ASCII.test(text)) continue;
    if (ink === undefined) ink = new Float64Array(2 * lines.length).fill(Number.NaN);
    const table = inkTable(weight);
    ink[2 * l] = reach(text, weight, table, true);
    ink[2 * l + 1] = reach(text, weight, table, false);
  }
  return ink;
}

/** The reach of `text` above (or below) the baseline, in em. */
function reach(input: string, weight: FontSpec["weight"], table: InkTable, up: boolean): number {
  // The browser draws a letter and the marks it composes with as the composed letter.
  const text = mayHaveMarks(input) ? input.normalize("NFC") : input;
  const { dense, sparse } = advanceTable(weight);
  let most = up ? ASCENT_EM : DESCENT_EM;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number; // a lone surrogate comes back as itself
    if (cp > 0xffff) i++;
    if (cp < 0x20 || isZeroWidth(cp)) continue;
    const inFont = cp < DENSE_LIMIT ? !Number.isNaN(dense[cp] as number) : sparse.has(cp);
    if (inFont) {
      if (cp <= 0xffff && table.listed[cp]) {
        const ink = table.glyphs.get(cp) as { above: number; below: number };
        most = Math.max(most, up ? ink.above : ink.below);
      }
    } else {
      most = Math.max(most, up ? FALLBACK_ABOVE : FALLBACK_BELOW);
    }
  }
  return most + longestMarkStack(text) * MARK_STACK;
}

/**
 * Returns the room, in px, to keep on each side of the lines of `text` in `font`: none for
 * text without combining marks, or whose marks all compose into their letters (é from
 * e + U+0301); otherwise enough for a mark drawn past the first or last letter of a line.
 */
export function markInset(text: string, font: FontSpec): number {
  return mayHaveMarks(text) && NONSPACING.test(text) && NONSPACING.test(text.normalize("NFC")) ? MARK_SIDE * font.size : 0;
}

/**
 * Returns {@link markInset}`(text, font)`, as a negative number (or `-0`) when `text` is
 * printable ASCII only (then so is every line it wraps to, but for a truncated paragraph's
 * "…", and `linesInk` finds no ink to keep room for): one pass over the text for both.
 * Never throws.
 */
export function markInsetOrAscii(text: string, font: FontSpec): number {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300) return markInset(text, font);
    if (c < 0x20 || c > 0x7e) ascii = false;
  }
  return ascii ? -0 : 0;
}

/** Whether `text` has a character from U+0300 on, where combining marks begin: a quick no for most text. */
function mayHaveMarks(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return true;
  return false;
}

/** The most combining marks on one letter of `text`, already composed (0 without marks). */
function longestMarkStack(text: string): number {
  if (!mayHaveMarks(text) || !NONSPACING.test(text)) return 0;
  let longest = 0;
  for (const [run] of text.matchAll(NONSPACING_RUNS)) {
    let count = 0;
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) count++; // a surrogate pair is one mark
    }
    if (count > longest) longest = count;
  }
  return longest;
}
