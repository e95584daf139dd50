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
  const { dense, sparse, fallback } = advanceTable(font.weight);
  const space = dense[0x20] as number;
  let em = 0;
  let base = 0; // where the last character that is not a mark starts
  let emBeforeBase = 0;
  let previous = 0; // the advance of the last visible character
  let joined = false; // the last character was a zero-width joiner after an emoji
  let afterEmoji = false; // an emoji came last, perhaps followed by modifiers
  let halfFlag = false; // an odd regional indicator is waiting for its pair
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    const mark = isGenericMark(cp); // combining marks are all in the BMP
    if (!mark) {
      base = i;
      emBeforeBase = em;
    }
    if (cp < DENSE_LIMIT) {
      const width = dense[cp] as number;
      if (!Number.isNaN(width) || cp < 0x20) {
        // Tabs and line ends draw as a space in SVG; other controls draw nothing.
        previous = !Number.isNaN(width) ? width : cp === 9 || cp === 10 || cp === 13 ? space : 0;
        em += previous;
        joined = false;
        afterEmoji = false;
        halfFlag = false;
        continue;
      }
      // A Latin letter the font lacks: measured like other missing characters below.
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp === ZWJ) {
      // Joins the next emoji into one glyph only after an emoji, as grapheme clusters do.
      joined = afterEmoji;
      afterEmoji = false;
      halfFlag = false;
      continue;
    }
    if (cp === VS16) {
      halfFlag = false;
      joined = false;
      // Emoji presentation: the character before is drawn by the emoji font.
      if (previous < EMOJI_EM) {
        em += EMOJI_EM - previous;
        previous = EMOJI_EM;
      }
      continue;
    }
    // Spacing marks (Devanagari vowel signs) have the advance their fallback font gives them.
    if (isFormatControl(cp) || (isScriptMark(cp) && fallback[cp] === 0)) {
      halfFlag = false; // a flag is two indicators with nothing between them
      joined = false;
      continue;
    }
    let width = cp < DENSE_LIMIT ? undefined : sparse.get(cp);
    if (width === undefined && mark) {
      // The browser composes a letter and its marks where the font has the composed letter
      // (e + U+0301 is drawn as é): measure the composed form of that letter and its marks
      // alone, so that the width of a text is the sum of the widths of its clusters.
      if (!composed) {
        const end = markRunEnd(text, i);
        const cluster = text.slice(base, end);
        const nfc = cluster.normalize("NFC");
        if (nfc !== cluster) {
          em = emBeforeBase + measure(nfc, font, true);
          previous = em - emBeforeBase;
          joined = false;
          halfFlag = false;
          i = end - 1;
          continue;
        }
      }
      width = MARK_EM;
      halfFlag = false;
    } else if (width === undefined) {
      if (isRegionalIndicator(cp)) {
        width = halfFlag ? 0 : EMOJI_EM;
        halfFlag = !halfFlag;
      } else {
        halfFlag = false;
        // A basic Arabic letter is drawn in the form its neighbours give it (a lam and its alef as one).
        const shaped = cp >= 0x0621 && cp <= 0x064a ? arabicWidth(text, i, fallback) : undefined;
        let drawn = cp <= 0xffff ? (fallback[cp] as number) / FALLBACK_UNIT : 0;
        if (shaped) {
          drawn = shaped.width / FALLBACK_UNIT;
          i += shaped.length - 1;
        }
        width = isEmoji(cp) ? Math.max(EMOJI_EM, drawn) : isWide(cp) ? WIDE_EM : cp >= 0xd800 && cp <= 0xdfff ? 0 : drawn > 0 ? drawn : UNKNOWN_EM;
      }
    } else {
      halfFlag = false;
    }
    if (joined && isEmoji(cp) && !isRegionalIndicator(cp)) width = 0; // one more person in a ZWJ family: still one glyph
    if (!mark) afterEmoji = isEmoji(cp) && !isRegionalIndicator(cp);
    joined = false;
    em += width;
    if (width > 0 || !mark) previous = width;
  }
  return em;
}
