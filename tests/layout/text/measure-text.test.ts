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

  it("measures basic Arabic letters in the form their neighbours give them", () => {
    const font = { size: 20 };
    const m = (text: string) => measureText(text, font);
    /** The isolated presentation form of a letter: U+FE8F for ب and so on. */
    const isolated = (letter: string) => ({ ب: "\ufe8f", س: "\ufeb1", م: "\ufee1", د: "\ufea9" })[letter] as string;
    expect(m("ب")).toBeGreaterThanOrEqual(m(isolated("ب")));
    // Joined letters are narrower than the same letters apart.
    expect(m("بسم")).toBeLessThan(m("ب") + m("س") + m("م"));
    expect(m("بسم")).toBeGreaterThan(0);
    // Initial, medial and final forms: the presentation forms of the same letters, scaled to
    // the widest font's letters; a letter alone is exactly as wide as its widest font draws it.
    const scaled = (letter: string, form: string) => (m(form) * m(letter)) / m(isolated(letter));
    expect(m("بسم")).toBeCloseTo(scaled("ب", "\ufe91") + scaled("س", "\ufeb4") + scaled("م", "\ufee2"), 9);
    // Harakat do not break the joining; a space does.
    expect(m("بِسْمِ")).toBeCloseTo(m("بسم"), 9);
    expect(m("ب ب")).toBeCloseTo(2 * m("ب") + m(" "), 9);
    // Right-joining letters (alef, dal, reh, waw…) end a run: the letter after them starts again.
    expect(m("داد")).toBeCloseTo(2 * m("د") + m("ا"), 9);
    expect(m("بد")).toBeCloseTo(scaled("ب", "\ufe91") + scaled("د", "\ufeaa"), 9);
    // Lam and alef make one ligature, isolated or final.
    expect(m("لا")).toBeLessThan(m("ل") + m("ا"));
    expect(m("سلا")).toBeLessThan(m("س") + m("ل") + m("ا"));
    const ligatureScale = Math.max(m("ل") / m("\ufedd"), m("ا") / m("\ufe8d"));
    expect(m("لا")).toBeCloseTo(m("\ufefb") * ligatureScale, 9);
    expect(m("سلا")).toBeCloseTo(scaled("س", "\ufeb3") + m("\ufefc") * ligatureScale, 9);
  });

  it("measures characters Liberation Sans lacks at the widest advance of the fallback fonts", () => {
    const font = { size: 100 };
    // Vietnamese, polytonic Greek and extended Cyrillic letters: drawn from DejaVu Sans or
    // Noto Sans, wider than Liberation's letters (Ơ is 0.913 em in DejaVu Sans).
    expect(measureText("Ở", font)).toBeGreaterThanOrEqual(91.3);
    expect(measureText("Ἀ", font)).toBeGreaterThan(measureText("Α", font));
    // A Devanagari vowel sign that takes room of its own (ि) counts; one that does not (ु) does not.
    expect(measureText("कि", font)).toBeGreaterThan(measureText("क", font));
    expect(measureText("कु", font)).toBeCloseTo(measureText("क", font), 9);
    // A character no font of the table has gets a full em.
    expect(measureText("\u0d81", font)).toBe(100);
  });

  it("measures the empty string as 0", () => {
    expect(measureText("", { size: 14 })).toBe(0);
  });

  it("measures a text as the sum of its grapheme clusters, Arabic letters aside (they join)", () => {
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
      fc.property(text, (generated) => {
        const input = generated.replace(/[\u0621-\u064a]/g, "");
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
