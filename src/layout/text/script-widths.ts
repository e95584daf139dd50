/**
 * Widths, in em, and classes of code points Liberation Sans has no glyph for. The browser
 * draws those with a fallback font, so the measurer must not use the missing-glyph advance
 * (0.365 em, far too narrow): it uses the fallback fonts' own advances where it has them
 * (fallback-metrics.ts), and the conservative widths below for the classes of characters
 * that table leaves out.
 */

/** Wide characters (CJK ideographs, kana, Hangul, fullwidth forms): drawn at 1 em. */
export const WIDE_EM = 1;
/** One emoji (a whole ZWJ sequence, flag or modified emoji counts once). */
export const EMOJI_EM = 1.3;
/**
 * A character neither Liberation Sans nor any fallback font of the shipped table has: a
 * browser draws it with a font this package cannot know, so it gets a full em.
 */
export const UNKNOWN_EM = 1;
/**
 * A generic combining mark the font lacks (such as U+0364). The browser takes it from a
 * fallback font and gives it an advance of its own: about 0.36 em in Chromium with
 * DejaVu Sans.
 */
export const MARK_EM = 0.4;

/** Generic combining diacritics (which a fallback font draws with an advance when the font lacks them). */
export function isGenericMark(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe20 && cp <= 0xfe2f);
}

/**
 * Marks of scripts drawn by one fallback font together with their base letter (Cyrillic,
 * Hebrew, Arabic, Devanagari, Thai, kana voicing). Most have no advance of their own; the
 * spacing ones among them (Devanagari vowel signs such as ि) take the advance the fallback
 * fonts give them.
 */
export function isScriptMark(cp: number): boolean {
  return (
    (cp >= 0x0483 && cp <= 0x0489) ||
    (cp >= 0x0591 && cp <= 0x05bd) ||
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06ed) ||
    (cp >= 0x0900 && cp <= 0x0903) ||
    (cp >= 0x093a && cp <= 0x094f) ||
    (cp >= 0x0e31 && cp <= 0x0e3a && cp !== 0x0e32 && cp !== 0x0e33) ||
    (cp >= 0x0e47 && cp <= 0x0e4e) ||
    (cp >= 0x3099 && cp <= 0x309a)
  );
}

/** Joiners, variation selectors, bidi controls, emoji modifiers and tags: never an advance. */
export function isFormatControl(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Script marks and format controls: characters drawn with no advance of their own (but see {@link isScriptMark}). */
export function isZeroWidth(cp: number): boolean {
  return isScriptMark(cp) || isFormatControl(cp);
}

/** CJK, kana, Hangul and fullwidth forms: one character is one em, and lines may break between them. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Pictographs drawn by a colour emoji font. */
export function isEmoji(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    (cp >= 0x2300 && cp <= 0x23ff) ||
    cp === 0x00a9 ||
    cp === 0x00ae ||
    cp === 0x203c ||
    cp === 0x2049 ||
    cp === 0x2122 ||
    cp === 0x2139 ||
    (cp >= 0x2194 && cp <= 0x21aa) ||
    (cp >= 0x25fd && cp <= 0x25fe)
  );
}

/** Regional indicator letters: two of them make one flag. */
export const isRegionalIndicator = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;
