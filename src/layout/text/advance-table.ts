import { FALLBACK_BOLD, FALLBACK_POINTS, FALLBACK_REGULAR, FALLBACK_UNIT } from "./fallback-metrics";
import { BOLD_ADVANCES, REGULAR_ADVANCES, UNITS_PER_EM } from "./liberation-metrics";
import { WIDTH_DIGITS } from "./width-digits";

const BANG = 0x21;

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

/** The value of each character of {@link WIDTH_DIGITS}, by its char code. */
function digitValues(): Uint8Array {
  const value = new Uint8Array(128);
  for (let d = 0; d < WIDTH_DIGITS.length; d++) value[WIDTH_DIGITS.charCodeAt(d)] = d;
  return value;
}

/**
 * Decodes one weight's fallback widths: a digit of {@link WIDTH_DIGITS} (or "!" and two
 * base-36 digits) for each code point of {@link FALLBACK_POINTS}' runs `gap:length`, added
 * to `base` (the regular widths, for bold) where given.
 */
function decodeFallback(digits: string, base?: Uint8Array): Uint8Array {
  const value = digitValues();
  const table = new Uint8Array(0x10000);
  let codePoint = 0;
  let i = 0;
  for (const run of FALLBACK_POINTS.split(";")) {
    const colon = run.indexOf(":");
    codePoint += Number.parseInt(run.slice(0, colon), 36);
    const end = codePoint + Number.parseInt(run.slice(colon + 1), 36);
    for (; codePoint < end; codePoint++) {
      const c = digits.charCodeAt(i);
      const width = c === BANG ? Number.parseInt(digits.slice(i + 1, i + 3), 36) : (value[c] as number);
      i += c === BANG ? 3 : 1;
      table[codePoint] = width + (base ? (base[codePoint] as number) : 0);
    }
  }
  return table;
}

function decode(encoded: string, fallback: () => Uint8Array): AdvanceTable {
  const dense = new Float64Array(DENSE_LIMIT).fill(Number.NaN);
  const sparse = new Map<number, number>();
  for (const run of encoded.split(";")) {
    const colon = run.indexOf(":");
    let codePoint = Number.parseInt(run.slice(0, colon), 36);
    for (const width of run.slice(colon + 1).split(",")) {
      const em = Number.parseInt(width, 36) / UNITS_PER_EM;
      if (codePoint < DENSE_LIMIT) dense[codePoint] = em;
      else sparse.set(codePoint, em);
      codePoint++;
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
    bold ??= decode(BOLD_ADVANCES, () => decodeFallback(FALLBACK_BOLD, advanceTable("normal").fallback));
    return bold;
  }
  regular ??= decode(REGULAR_ADVANCES, () => decodeFallback(FALLBACK_REGULAR));
  return regular;
}
