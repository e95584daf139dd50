import { advanceTable, DENSE_LIMIT } from "./advance-table";
import { arabicWidth } from "./arabic-forms";
import { FALLBACK_UNIT } from "./fallback-metrics";
import { EMOJI_EM, isEmoji, isFormatControl, isGenericMark, isRegionalIndicator, isScriptMark, isWide, MARK_EM, UNKNOWN_EM, WIDE_EM } from "./script-widths";
import type { FontSpec } from "./types";

const ZWJ = 0x200d;
const VS16 = 0xfe0f;

/**
 * The default {@link MeasureText}: the advance width, in px, of `text` on one line in
 * Liberation Sans (metric-compatible with Arial and Helvetica), from the advance widths
 * shipped with the package. Kerning is ignored (it only narrows text, so lines never
 * overflow). Characters the font lacks are drawn by the browser from a fallback font, and
 * measured conservatively: at the widest advance the DejaVu and Noto fonts give them
 * (also shipped, for some 11,000 characters: Vietnamese, polytonic Greek, Arabic, Hebrew,
 * Devanagari, Thai, symbols…); CJK, kana, Hangul and fullwidth forms 1 em; an emoji 1.3 em however many
 * code points it is made of (ZWJ sequences, flags, skin tones, variation selectors); a
 * combining diacritic the font lacks 0.4 em; other marks, joiners and bidi controls 0; a
 * character no font of the table has 1 em. Basic Arabic letters are measured in the form
 * their neighbours give them (initial, medial, final or isolated; lam-alef as one), since
 * joined letters are much narrower than isolated ones.
 *
 * @example
 * ```ts
 * import { measureText } from "journeykit";
 *
 * measureText("Order ahead", { size: 14 }); // ≈ 77.8
 * measureText("Order ahead", { size: 14, weight: "bold" }) > measureText("Order ahead", { size: 14 }); // true
 * ```
 */
export function measureText(text: string, font: FontSpec): number {
  return measure(text, font, false) * font.size;
}

/** The end of the run of combining marks that starts at `from`. */
function markRunEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isGenericMark(text.charCodeAt(end))) end++;
  return end;
}

/** Width in em; `composed` when `text` is one letter and its marks, already composed. */
function measure(text: string, font: FontSpec, composed: boolean): number {
  const table = advanceTable(font.weight);
  const dense = table.dense;
  const space = dense[0x20] as number;
  let em = 0;
  let before = 0; // em before the last character
  let previous = 0; // the advance of the last visible character
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    const width = cp < DENSE_LIMIT ? (dense[cp] as number) : Number.NaN;
    if (Number.isNaN(width) && cp >= 0x20) {
      // From the first character the dense table lacks on, the full scan. Everything before
      // was a letter of the table or a control: no mark, emoji, joiner or flag is pending.
      const scan: Scan = { i, em, base: i > 0 ? i - 1 : 0, emBeforeBase: i > 0 ? before : 0, previous, joined: false, afterEmoji: false, halfFlag: false };
      for (; scan.i < text.length; scan.i++) step(scan, text, font, composed, table);
      return scan.em;
    }
    before = em;
    // Tabs and line ends draw as a space in SVG; other controls draw nothing.
    previous = !Number.isNaN(width) ? width : cp === 9 || cp === 10 || cp === 13 ? space : 0;
    em += previous;
  }
  return em;
}

/** The state of a scan over text with characters beyond the dense table. */
interface Scan {
  /** The index of the character being read. */
  i: number;
  /** The width so far, in em. */
  em: number;
  /** Where the last character that is not a mark starts, and the width before it. */
  base: number;
  emBeforeBase: number;
  /** The advance of the last visible character. */
  previous: number;
  /** The last character was a zero-width joiner after an emoji. */
  joined: boolean;
  /** An emoji came last, perhaps followed by modifiers. */
  afterEmoji: boolean;
  /** An odd regional indicator is waiting for its pair. */
  halfFlag: boolean;
}

type Table = ReturnType<typeof advanceTable>;

/** Reads the character at `s.i` (and any it joins with) into `s`. */
function step(s: Scan, text: string, font: FontSpec, composed: boolean, table: Table): void {
  let cp = text.charCodeAt(s.i);
  const mark = isGenericMark(cp); // combining marks are all in the BMP
  if (!mark) {
    s.base = s.i;
    s.emBeforeBase = s.em;
  }
  if (cp < DENSE_LIMIT) {
    const width = table.dense[cp] as number;
    if (!Number.isNaN(width) || cp < 0x20) {
      s.previous = !Number.isNaN(width) ? width : cp === 9 || cp === 10 || cp === 13 ? (table.dense[0x20] as number) : 0;
      s.em += s.previous;
      s.joined = false;
      s.afterEmoji = false;
      s.halfFlag = false;
      return;
    }
    // A Latin letter the font lacks: measured like other missing characters.
  }
  if (cp >= 0xd800 && cp <= 0xdbff && s.i + 1 < text.length) {
    const low = text.charCodeAt(s.i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      s.i++;
    }
  }
  if (joinerOrControl(s, cp, table)) return;
  let width = charWidth(s, text, font, composed, cp, mark, table);
  if (width === undefined) return; // a letter and its marks, measured composed
  if (s.joined && isEmoji(cp) && !isRegionalIndicator(cp)) width = 0; // one more person in a ZWJ family: still one glyph
  if (!mark) s.afterEmoji = isEmoji(cp) && !isRegionalIndicator(cp);
  s.joined = false;
  s.em += width;
  if (width > 0 || !mark) s.previous = width;
}

/** Reads a zero-width joiner, an emoji variation selector or a control that draws nothing; returns whether `cp` was one. */
function joinerOrControl(s: Scan, cp: number, table: Table): boolean {
  if (cp === ZWJ) {
    // Joins the next emoji into one glyph only after an emoji, as grapheme clusters do.
    s.joined = s.afterEmoji;
    s.afterEmoji = false;
    s.halfFlag = false;
    return true;
  }
  if (cp === VS16) {
    s.halfFlag = false;
    s.joined = false;
    // Emoji presentation: the character before is drawn by the emoji font.
    if (s.previous < EMOJI_EM) {
      s.em += EMOJI_EM - s.previous;
      s.previous = EMOJI_EM;
    }
    return true;
  }
  // Spacing marks (Devanagari vowel signs) have the advance their fallback font gives them.
  if (isFormatControl(cp) || (isScriptMark(cp) && table.fallback[cp] === 0)) {
    s.halfFlag = false; // a flag is two indicators with nothing between them
    s.joined = false;
    return true;
  }
  return false;
}

/** Returns the width in em of `cp` at `s.i`, or `undefined` when it was measured with the letter it belongs to. */
function charWidth(s: Scan, text: string, font: FontSpec, composed: boolean, cp: number, mark: boolean, table: Table): number | undefined {
  const known = cp < DENSE_LIMIT ? undefined : table.sparse.get(cp);
  if (known !== undefined) {
    s.halfFlag = false;
    return known;
  }
  if (mark) {
    if (!composed && measureComposed(s, text, font)) return undefined;
    s.halfFlag = false;
    return MARK_EM;
  }
  if (isRegionalIndicator(cp)) {
    const width = s.halfFlag ? 0 : EMOJI_EM;
    s.halfFlag = !s.halfFlag;
    return width;
  }
  s.halfFlag = false;
  // A basic Arabic letter is drawn in the form its neighbours give it (a lam and its alef as one).
  const shaped = cp >= 0x0621 && cp <= 0x064a ? arabicWidth(text, s.i, table.fallback) : undefined;
  let drawn = cp <= 0xffff ? (table.fallback[cp] as number) / FALLBACK_UNIT : 0;
  if (shaped) {
    drawn = shaped.width / FALLBACK_UNIT;
    s.i += shaped.length - 1;
  }
  return isEmoji(cp) ? Math.max(EMOJI_EM, drawn) : isWide(cp) ? WIDE_EM : cp >= 0xd800 && cp <= 0xdfff ? 0 : drawn > 0 ? drawn : UNKNOWN_EM;
}

/**
 * The browser composes a letter and its marks where the font has the composed letter
 * (e + U+0301 is drawn as é): measures the composed form of that letter and its marks
 * alone, so that the width of a text is the sum of the widths of its clusters. Returns
 * false, changing nothing, when the cluster has no composed form.
 */
function measureComposed(s: Scan, text: string, font: FontSpec): boolean {
  const end = markRunEnd(text, s.i);
  const cluster = text.slice(s.base, end);
  const nfc = cluster.normalize("NFC");
  if (nfc === cluster) return false;
  s.em = s.emBeforeBase + measure(nfc, font, true);
  s.previous = s.em - s.emBeforeBase;
  s.joined = false;
  s.halfFlag = false;
  s.i = end - 1;
  return true;
}
