import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureText } from "../../../src/layout/text/measure-text";

interface Font {
  unitsPerEm: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
const fontkit = createRequire(import.meta.url)("fontkit") as { openSync(path: string): Font };
const open = (weight: string) => fontkit.openSync(`/usr/share/fonts/truetype/liberation/LiberationSans-${weight}.ttf`);

/** The width straight from the font file, summed with fontkit (no kerning). */
function fontkitWidth(font: Font, text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += font.glyphForCodePoint(ch.codePointAt(0) as number).advanceWidth;
  return (units * size) / font.unitsPerEm;
}

const SAMPLES = [
  "The barista calls the order",
  "AVATAR Type To",
  "Überweisung, Größe, façade, naïve — œuvre",
  "Ωμέγα Привет мир",
  "0123456789 $€£¥ %&@#",
  "“Quotes” ‘single’ … • – —",
];

describe("measureText", () => {
  it.each(["Regular", "Bold"])("matches the %s font file's advances exactly for Latin, Greek and Cyrillic", (weight) => {
    const font = open(weight);
    for (const text of SAMPLES) {
      for (const size of [11, 14, 20]) {
        expect(measureText(text, { size, weight: weight === "Bold" ? "bold" : "normal" })).toBeCloseTo(fontkitWidth(font, text, size), 6);
      }
    }
  });

  it("measures bold wider than regular", () => {
    expect(measureText("Order ahead", { size: 14, weight: "bold" })).toBeGreaterThan(measureText("Order ahead", { size: 14 }));
  });

  it("scales with the font size", () => {
    expect(measureText("Queue", { size: 28 })).toBeCloseTo(2 * measureText("Queue", { size: 14 }), 9);
  });

  it("measures CJK, kana and Hangul at 1 em per character", () => {
    expect(measureText("顧客は店", { size: 14 })).toBe(56);
    expect(measureText("고객", { size: 10 })).toBe(20);
    expect(measureText("ＡＢ", { size: 10 })).toBe(20);
  });

  it("measures an emoji as one glyph however many code points it has", () => {
    const one = measureText("😀", { size: 10 });
    expect(one).toBeGreaterThanOrEqual(10);
    expect(measureText("👨‍👩‍👧‍👦", { size: 10 })).toBe(one);
    expect(measureText("👍🏽", { size: 10 })).toBe(one);
    expect(measureText("🇯🇵", { size: 10 })).toBe(one);
    expect(measureText("🇯🇵🇫🇷", { size: 10 })).toBe(2 * one);
    expect(measureText("❤️", { size: 10 })).toBe(one);
  });

  it("measures a letter and its mark as the composed letter where the font has it", () => {
    expect(measureText("e\u0301", { size: 14 })).toBe(measureText("é", { size: 14 }));
  });

  it("gives a combining diacritic the font lacks an advance of its own (the fallback font draws one)", () => {
    expect(measureText("Z\u0364", { size: 10 })).toBeCloseTo(measureText("Z", { size: 10 }) + 4, 9);
  });

  it("measures a Latin letter the font lacks like other missing letters, not as nothing", () => {
    expect(measureText("\u01f9", { size: 10 })).toBeGreaterThan(5);
  });

  it("gives script marks, joiners and bidi controls no width", () => {
    expect(measureText("\u05d0\u05b8", { size: 14 })).toBe(measureText("\u05d0", { size: 14 }));
    expect(measureText("a\u200b\u200c\u200e\u2067b", { size: 14 })).toBe(measureText("ab", { size: 14 }));
  });

  it("measures scripts the font lacks wider than its missing-glyph advance", () => {
    const notdef = (748 / 2048) * 14;
    for (const letter of ["ب", "א", "क", "ก"]) expect(measureText(letter, { size: 14 })).toBeGreaterThan(1.26 * notdef);
  });

  it("measures tabs and line ends like spaces and other controls as nothing", () => {
    expect(measureText("a\tb", { size: 14 })).toBe(measureText("a b", { size: 14 }));
    expect(measureText("a\u0000b", { size: 14 })).toBe(measureText("ab", { size: 14 }));
  });

  it("measures the empty string as 0", () => {
    expect(measureText("", { size: 14 })).toBe(0);
  });

  it("measures a text as the sum of its grapheme clusters, so wrapping by clusters never overflows", () => {
    const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
    const font = { size: 10 };
    // Pieces that interact across cluster boundaries: joiners, flags, marks, composition
    // exclusions (U+2ADC decomposes under NFC), kana voicing, lone surrogates.
    const piece = fc.constantFrom("a", "👨", "\u200d", "\ufe0f", "🇫", "🇷", "e", "\u0301", "\u2adc", "\u0338", "か", "\u3099", "\ud83d", "顧", " ");
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join("")),
    );
    fc.assert(
      fc.property(text, (input) => {
        let sum = 0;
        for (const { segment } of segmenter.segment(input)) sum += measureText(segment, font);
        expect(measureText(input, font)).toBeCloseTo(sum, 6);
      }),
      { numRuns: 5000 },
    );
    // Found by the wrapping property: U+2ADC followed by A + U+0300 measured wider whole.
    expect(measureText("\u2adcA\u0300", font)).toBeCloseTo(measureText("\u2adc", font) + measureText("A\u0300", font), 6);
  });
});
