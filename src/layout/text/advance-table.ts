import { FALLBACK_BOLD, FALLBACK_POINTS, FALLBACK_REGULAR, FALLBACK_UNIT } from "./fallback-metrics";
import { BOLD_ADVANCES, COMMON_ADVANCES, LIBERATION_POINTS, REGULAR_ADVANCES, UNITS_PER_EM } from "./liberation-metrics";
import { decodeDigits, digitValues, WIDE_ESCAPE, wideValue } from "./width-digits";

/** Advances in em of one weight: a dense array for the Latin range, a map for the rest. */
export interface AdvanceTable {
  /** Index = code point below {@link DENSE_LIMIT}; NaN where the font has no glyph. */
  dense: Float64Array;
  sparse: Map<number, number>;
  /**
   * For characters Liberation Sans lacks, the widest advance of the fallback fonts that
   * draw them, in 1/{@link FALLBACK_UNIT} em; index = BMP code point, 0 where none has it.
   * Decoded on first read: text the font covers never needs it.
   */
  readonly fallback: Uint8Array;
}

/** Code points below this are looked up in a typed array (Basic Latin to Latin Extended-B). */
export const DENSE_LIMIT = 0x250;

/**
 * Decodes one weight's fallback widths, by BMP code point. {@link FALLBACK_POINTS} holds
 * the code points as runs, a pair of values each: how many code points after the previous
 * run (after U+0000 for the first) it starts, and how many it covers. Per code point,
 * {@link FALLBACK_REGULAR} holds how much the regular width differs from the previous one
 * (zigzag: 0, −1, 1, −2, … as 0, 1, 2, 3, …) and {@link FALLBACK_BOLD} how much wider
 * than `regular` (given for bold) the bold one is; all in the digits of width-digits.ts.
 */
function decodeFallback(regular?: Uint8Array): Uint8Array {
  const runs = decodeDigits(FALLBACK_POINTS);
  const digits = regular ? FALLBACK_BOLD : FALLBACK_REGULAR;
  const digit = digitValues();
  const wide = WIDE_ESCAPE.charCodeAt(0);
  const table = new Uint8Array(0x10000);
  let codePoint = 0;
  let width = 0;
  let i = 0;
  for (let r = 0; r < runs.length; r += 2) {
    codePoint += runs[r] as number;
    const end = codePoint + (runs[r + 1] as number);
    for (; codePoint < end; codePoint++) {
      const c = digits.charCodeAt(i);
      const value = c === wide ? wideValue(digits, i, digit) : (digit[c] as number);
      i += c === wide ? 4 : 1;
      width = regular ? (regular[codePoint] as number) + value : width + (value & 1 ? -((value + 1) >> 1) : value >> 1);
      table[codePoint] = width;
    }
  }
  return table;
}

/**
 * Liberation Sans' advances of a weight in font units, one per code point of
 * {@link LIBERATION_POINTS}: value `v` of {@link REGULAR_ADVANCES} is the `v`th of
 * {@link COMMON_ADVANCES}, or past their count `n` the advance `v` − `n`; in
 * {@link BOLD_ADVANCES}, 0 is the `regular` advance and `v` is what `v` − 1 is in regular.
 */
function liberationAdvances(digits: string, regular?: Uint32Array): Uint32Array {
  const common = COMMON_ADVANCES.split(",").map((advance) => Number.parseInt(advance, 36));
  const values = decodeDigits(digits);
  for (let i = 0; i < values.length; i++) {
    const value = (values[i] as number) - (regular ? 1 : 0);
    values[i] = value < 0 ? (regular?.[i] as number) : value < common.length ? (common[value] as number) : value - common.length;
  }
  return values;
}

function decode(advances: Uint32Array, fallback: () => Uint8Array): AdvanceTable {
  const dense = new Float64Array(DENSE_LIMIT).fill(Number.NaN);
  const sparse = new Map<number, number>();
  const runs = decodeDigits(LIBERATION_POINTS);
  let codePoint = 0;
  let i = 0;
  for (let r = 0; r < runs.length; r += 2) {
    codePoint += runs[r] as number;
    for (const end = codePoint + (runs[r + 1] as number); codePoint < end; codePoint++) {
      const em = (advances[i++] as number) / UNITS_PER_EM;
      if (codePoint < DENSE_LIMIT) dense[codePoint] = em;
      else sparse.set(codePoint, em);
    }
  }
  let decoded: Uint8Array | undefined;
  return {
    dense,
    sparse,
    get fallback() {
      decoded ??= fallback();
      return decoded;
    },
  };
}

let regular: AdvanceTable | undefined;
let bold: AdvanceTable | undefined;

/** The advance table of a weight, decoded on first use (nothing happens at import time). */
export function advanceTable(weight: "normal" | "bold" | undefined): AdvanceTable {
  if (weight === "bold") {
    bold ??= decode(liberationAdvances(BOLD_ADVANCES, liberationAdvances(REGULAR_ADVANCES)), () => decodeFallback(advanceTable("normal").fallback));
    return bold;
  }
  regular ??= decode(liberationAdvances(REGULAR_ADVANCES), () => decodeFallback());
  return regular;
}
