import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ascent, descent, LINE_HEIGHT_EM } from "../../../src/layout/text/font";
import type { FontSpec } from "../../../src/layout/text/types";
import { inkAbove, inkBelow, isPlainAscii, linesInk, markInset, markInsetOrAscii } from "../../../src/layout/text/ink-extent";
import { wrapText } from "../../../src/layout/text/wrap-text";

const regular = { size: 100 };
const bold = { size: 100, weight: "bold" as const };
/** How far a line's own room reaches above and below its baseline: the ink centred in the line height. */
const slack = ((LINE_HEIGHT_EM - 0.9053 - 0.2119) / 2) * 100;

describe("inkAbove and inkBelow", () => {
  it("keep printable ASCII within the room of its line, in both weights", () => {
    for (const font of [regular, bold]) {
      fc.assert(
        fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }), (text) => {
          expect(isPlainAscii(text)).toBe(true);
          expect(inkAbove(text, font)).toBeLessThanOrEqual(ascent(font) + slack);
          expect(inkBelow(text, font)).toBeLessThanOrEqual(descent(font) + slack);
        }),
      );
    }
  });

  it("give Liberation Sans' own glyphs their reach, and no more", () => {
    expect(inkAbove("café Ørsted", regular)).toBeCloseTo(ascent(regular), 6);
    expect(inkBelow("café Ørsted", regular)).toBeCloseTo(descent(regular), 6);
    // Box drawing reaches below the descent; the bold Ǻ above the ascent.
    expect(inkBelow("│", regular)).toBeGreaterThan(descent(regular) + 5);
    expect(inkAbove("Ǻ", bold)).toBeGreaterThan(ascent(bold) + 10);
  });

  it("allow for the taller glyphs of fallback fonts", () => {
    for (const text of ["ẤN", "عميل", "👍", "ท"]) {
      expect(inkAbove(text, regular), text).toBeGreaterThanOrEqual(105);
      expect(inkBelow(text, regular), text).toBeGreaterThanOrEqual(26);
    }
  });

  it("grow with every combining mark stacked on one letter, above and below", () => {
    const stacked = (n: number) => `Z${"\u0363".repeat(n)}`;
    const reach = [0, 1, 2, 5, 20].map((n) => inkAbove(stacked(n), regular));
    for (let i = 1; i < reach.length; i++) expect(reach[i]!).toBeGreaterThan(reach[i - 1]!);
    // The marks come from a fallback font, as tall as one; each one more adds a quarter em.
    expect(inkAbove(stacked(20), regular) - inkAbove(stacked(1), regular)).toBeCloseTo(19 * 25, 6);
    expect(inkBelow(stacked(20), regular) - inkBelow(stacked(1), regular)).toBeCloseTo(19 * 25, 6);
    // The longest stack counts, not the number of marks in the line.
    expect(inkAbove("Z\u0363 Z\u0363 Z\u0363", regular)).toBeCloseTo(inkAbove("Z\u0363", regular), 6);
    // Marks that compose into their letter (e + U+0301 is é) stack nothing.
    expect(inkAbove("e\u0301", regular)).toBeCloseTo(ascent(regular), 6);
  });
});

describe("linesInk", () => {
  it("gives each line that is not printable ASCII the reach inkAbove and inkBelow give it, in em", () => {
    const line = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 8 }), fc.constantFrom("Ǻ│", "Z\u0363\u0363", "a · b", "…"));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), fc.constantFrom<FontSpec>(regular, bold), (lines, font) => {
        const ink = linesInk(lines, font.weight);
        if (lines.every(isPlainAscii)) expect(ink).toBeUndefined();
        else
          lines.forEach((text, l) => {
            if (isPlainAscii(text)) expect(ink?.[2 * l]).toBeNaN();
            else {
              expect((ink?.[2 * l] as number) * font.size).toBe(inkAbove(text, font));
              expect((ink?.[2 * l + 1] as number) * font.size).toBe(inkBelow(text, font));
            }
          });
      }),
    );
  });
});

describe("markInset", () => {
  it("keeps room beside lines only for marks that no letter absorbs", () => {
    expect(markInset("Plain text", regular)).toBe(0);
    expect(markInset("café, e\u0301", regular)).toBe(0);
    expect(markInset("طويلاً", regular)).toBeCloseTo(15, 6);
    expect(markInset("Z̤͔ͧ̑̓", { size: 20 })).toBeCloseTo(3, 6);
  });
});

describe("markInsetOrAscii", () => {
  const text = fc.oneof(
    fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
    fc.string({ unit: fc.constantFrom("a", " ", "é", "e\u0301", "\u0301", "\t", "ß", "\u{1F600}", "Z", "…") }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
  );

  it("gives markInset's room, negative zero exactly for printable ASCII", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(regular, bold, { size: 11 }), (t, font) => {
        const found = markInsetOrAscii(t, font);
        expect(Math.abs(found)).toBe(markInset(t, font));
        expect(Object.is(found, -0)).toBe(isPlainAscii(t));
      }),
    );
  });

  it("marks text whose wrapped lines, unless truncated, have no ink to keep room for", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 20, max: 400 }), fc.integer({ min: 1, max: 4 }), (t, width, maxLines) => {
        const wrapped = wrapText(t, { width, font: regular, maxLines });
        if (Object.is(markInsetOrAscii(t, regular), -0) && !wrapped.truncated) expect(linesInk(wrapped.lines, undefined)).toBeUndefined();
      }),
    );
  });
});
