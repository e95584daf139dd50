import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureText } from "../../../src/layout/text/measure-text";
import { wrapText } from "../../../src/layout/text/wrap-text";

const font = { size: 14 };
const wrap = (text: string, width: number, maxLines?: number) => wrapText(text, maxLines === undefined ? { width, font } : { width, font, maxLines });
const fits = (lines: string[], width: number) => lines.every((line) => measureText(line, font) <= width + 1e-9);
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const clusters = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

describe("wrapText", () => {
  it("gives no lines for empty and blank text", () => {
    expect(wrap("", 100)).toEqual({ lines: [], width: 0, truncated: false });
    expect(wrap("   \t  ", 100).lines).toEqual([]);
    expect(wrap("\n\n", 100).lines).toEqual([]);
  });

  it("keeps text that fits on one line, with runs of spaces collapsed", () => {
    expect(wrap("Order  at the\tcounter", 500).lines).toEqual(["Order at the counter"]);
    expect(wrap("Order", 500).width).toBeCloseTo(measureText("Order", font), 9);
  });

  it("breaks at spaces, filling each line greedily", () => {
    const { lines } = wrap("Waits in a long queue before ordering", 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Waits in a long queue before ordering");
    expect(fits(lines, 120)).toBe(true);
    // Greedy: the first word of each next line would not have fitted on the line before.
    for (let i = 1; i < lines.length; i++) {
      const next = lines[i]!.split(" ")[0]!;
      expect(measureText(`${lines[i - 1]} ${next}`, font)).toBeGreaterThan(120);
    }
  });

  it("honours hard line breaks of every kind", () => {
    expect(wrap("one\ntwo\r\nthree\rfour\u2028five", 500).lines).toEqual(["one", "two", "three", "four", "five"]);
  });

  it("breaks a word longer than the line between characters", () => {
    const word = `Supercalifragilistic${"expialidocious".repeat(4)}`;
    const { lines } = wrap(word, 100);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join("")).toBe(word);
    expect(fits(lines, 100)).toBe(true);
  });

  it("breaks a URL without spaces and keeps every character", () => {
    const url = "https://example.com/a/very/long/path/that/has/no/spaces/at/all?query=string&and=more";
    const { lines } = wrap(url, 90);
    expect(lines.join("")).toBe(url);
    expect(fits(lines, 90)).toBe(true);
  });

  it("breaks CJK between characters, never before closing punctuation", () => {
    const text = "顧客は店に入って注文するまで長い時間待たなければならなかった。";
    const { lines } = wrap(text, 100);
    expect(lines.join("")).toBe(text);
    expect(fits(lines, 100)).toBe(true);
    expect(lines.every((line) => !/^[。、」]/.test(line))).toBe(true);
    expect(lines.length).toBe(Math.ceil((text.length * 14) / 98));
  });

  it("moves the character before closing punctuation down with it (14 px characters, 8 to a line)", () => {
    // Without the rule the second line would start with 。.
    expect(wrap("顧客は店に入った。「はい」", 112).lines).toEqual(["顧客は店に入っ", "た。「はい」"]);
    expect(wrap("一二三四五六七、八九", 98).lines).toEqual(["一二三四五六", "七、八九"]);
  });

  it("never ends a line with opening punctuation", () => {
    // Without the rule the first line would end with 「.
    expect(wrap("顧客は店に入っ「はい」と言った", 112).lines).toEqual(["顧客は店に入っ", "「はい」と言った"]);
  });

  it("fills a line that starts with Latin with CJK characters, one at a time", () => {
    expect(wrap("Hello 顧客は店に入って注文した", 100).lines).toEqual(["Hello 顧客は店", "に入って注文し", "た"]);
  });

  it("breaks mixed CJK and Latin at the boundary", () => {
    const { lines } = wrap("東京Tokyo大阪Osaka", 60);
    expect(lines.join("")).toBe("東京Tokyo大阪Osaka");
    expect(fits(lines, 60)).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
  });

  it("wraps Arabic at spaces, keeping words whole", () => {
    const text = "انتظر العميل طويلاً قبل أن يتمكن من الطلب";
    const { lines } = wrap(text, 90);
    expect(lines.join(" ")).toBe(text);
    expect(fits(lines, 90)).toBe(true);
  });

  it("never splits an emoji sequence or a letter from its accents", () => {
    const text = "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦🇯🇵🇫🇷👍🏽e\u0301e\u0301e\u0301";
    const { lines } = wrap(text, 20);
    const whole = new Set(clusters(text));
    for (const line of lines) for (const cluster of clusters(line)) expect(whole.has(cluster)).toBe(true);
    expect(lines.join("")).toBe(text);
  });

  it("puts a grapheme wider than the line on a line of its own", () => {
    const { lines } = wrap("顧客", 5);
    expect(lines).toEqual(["顧", "客"]);
  });

  it("cuts at maxLines with an ellipsis that still fits", () => {
    const result = wrap("Waits in a long queue before ordering and then waits again for the coffee", 100, 2);
    expect(result.lines).toHaveLength(2);
    expect(result.truncated).toBe(true);
    expect(result.lines[1]!.endsWith("…")).toBe(true);
    expect(fits(result.lines, 100)).toBe(true);
    expect(wrap("Short", 100, 1)).toMatchObject({ lines: ["Short"], truncated: false });
  });

  it("refuses bad options with a RangeError naming them", () => {
    expect(() => wrap("x", 0)).toThrow(/^invalid width: 0; expected a positive finite number$/);
    expect(() => wrap("x", Number.NaN)).toThrow(RangeError);
    expect(() => wrap("x", 100, 0)).toThrow(/^invalid maxLines: 0/);
    expect(() => wrapText("x", { width: 10, font: { size: -1 } })).toThrow(/font\.size/);
    expect(() => wrap("aaa bbb ccc ddd", 30, 1.5)).toThrow(new RangeError("invalid maxLines: 1.5; expected a positive integer or Infinity"));
    expect(wrap("aaa bbb", 30, Number.POSITIVE_INFINITY).lines).toEqual(["aaa", "bbb"]);
  });

  it("refuses a measureText that is not a function, or that returns no usable width", () => {
    const withMeasure = (measureText: unknown) => () => wrapText("two words", { width: 100, font, measureText: measureText as () => number });
    expect(withMeasure(3)).toThrow(new TypeError("invalid measureText: 3; expected a function"));
    expect(withMeasure(() => Number.NaN)).toThrow(new RangeError('invalid measureText: NaN; expected a finite width of 0 or more for "two words"'));
    expect(withMeasure(() => -5)).toThrow(/^invalid measureText: -5; expected a finite width/);
    expect(withMeasure(() => Number.POSITIVE_INFINITY)).toThrow(/^invalid measureText: Infinity/);
    expect(withMeasure(() => "12")).toThrow(/^invalid measureText: "12"/);
  });

  it("keeps every line within the width when composition changes a character's width", () => {
    // U+2ADC decomposes under NFC; A + U+0300 composes to À.
    const { lines } = wrap("\u2adcA\u0300 \u2adcA\u0300", 20);
    expect(fits(lines, 20)).toBe(true);
  });

  it("uses a custom measureText", () => {
    const mono = (text: string) => [...text].length * 10;
    expect(wrapText("aaaa bbbb cccc", { width: 95, font, measureText: mono }).lines).toEqual(["aaaa bbbb", "cccc"]);
  });

  describe("properties", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.array(fc.constantFrom("queue", "顧客", "👨‍👩‍👧‍👦", "e\u0301", "انتظر", " ", "  ", "\n", "Supercalifragilistic", "。"), { maxLength: 30 }).map((parts) => parts.join("")),
    );
    const width = fc.integer({ min: 20, max: 400 });

    it("every line fits unless it is a single grapheme, and nothing is lost", () => {
      fc.assert(
        fc.property(text, width, (input, w) => {
          const { lines, truncated } = wrap(input, w);
          expect(truncated).toBe(false);
          for (const line of lines) {
            expect(line).not.toBe("");
            if (clusters(line).length > 1) expect(measureText(line, font)).toBeLessThanOrEqual(w + 1e-9);
            expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line)).toBe(false);
          }
          const visible = (s: string) => s.replace(/[\s]/gu, "");
          expect(visible(lines.join(""))).toBe(visible(input));
        }),
        { numRuns: 1500 },
      );
    });

    it("maxLines keeps at most that many lines, each fitting", () => {
      fc.assert(
        fc.property(text, width, fc.integer({ min: 1, max: 4 }), (input, w, maxLines) => {
          const { lines } = wrap(input, w, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) if (clusters(line).length > 1) expect(measureText(line, font)).toBeLessThanOrEqual(w + 1e-9);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
