import { describe, expect, it } from "vitest";
import { FONT_FAMILY } from "../../src/layout/text/font";
import { measureText } from "../../src/layout/text/measure-text";
import { usePage } from "./use-page";

const page = usePage();

/**
 * The width Chromium draws each text at, in an SVG <text> with journeykit's font stack: its
 * box (`getBoundingClientRect`, ink that overhangs the advance included), or with
 * `advance` the advance alone (`getComputedTextLength`, what `measureText` models).
 */
async function drawnWidths(texts: string[], size: number, bold: boolean, advance = false): Promise<number[]> {
  return page().evaluate(
    ({ texts, size, bold, family, advance }) => {
      const ns = "http://www.w3.org/2000/svg";
      const svg = document.createElementNS(ns, "svg");
      svg.setAttribute("width", "4000");
      svg.setAttribute("height", "100");
      document.body.appendChild(svg);
      const widths = texts.map((text) => {
        const el = document.createElementNS(ns, "text");
        el.setAttribute("font-family", family);
        el.setAttribute("font-size", String(size));
        if (bold) el.setAttribute("font-weight", "bold");
        el.setAttribute("y", "50");
        el.textContent = text;
        svg.appendChild(el);
        const width = advance ? el.getComputedTextLength() : el.getBoundingClientRect().width;
        el.remove();
        return width;
      });
      svg.remove();
      return widths;
    },
    { texts, size, bold, family: FONT_FAMILY, advance },
  );
}

const LATIN = ["The barista calls the order", "Überweisung, Größe, façade", "Ωμέγα Привет мир", "0123456789 $€£ %&@#", "“Quotes” … – —", "WWW mmm iii lll"];
const OTHER = [
  "顧客は店に入って注文する",
  "고객은 주문하기 전에",
  "انتظر العميل طويلاً",
  "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ",
  "مرحبا بالعالم",
  "הלקוח חיכה זמן רב",
  "नमस्ते दुनिया",
  "สวัสดีชาวโลก",
  "ẤN TƯỢNG ĐẸP Ở VIỆT NAM",
  "Xin chào thế giới",
  "Ἐν ἀρχῇ ἦν ὁ λόγος",
  "Ǆemal Ǉubljana",
  "①②③ → ⇒ ∑∫ ⎲",
  "Family 👨‍👩‍👧‍👦 flags 🇯🇵🇫🇷 👍🏽 ❤️",
];
/**
 * Combining marks no font composes into their letter: a browser with a font for them draws
 * them with no advance, one without draws each as a box with an advance, and the measurer
 * allows 0.4 em for each so that neither overflows — which makes this text measure wide.
 */
const STACKED_MARKS = ["Combining: e\u0301 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̗̻ ǹ"];

/**
 * Characters of the blocks people write in (Latin, Greek and Cyrillic extensions, Armenian,
 * Hebrew, Arabic, Devanagari, Thai, Georgian, Ethiopic, Cherokee) and of the symbols they
 * use (letterlike, number forms, arrows, mathematical operators, technical, box drawing,
 * shapes, punctuation, currency, enclosed numbers), one by one: letters and symbols only,
 * no marks, controls or unassigned code points.
 */
function blockCharacters(): string[] {
  const ranges: [number, number][] = [
    [0x00c0, 0x02af],
    [0x0370, 0x03ff],
    [0x0400, 0x052f],
    [0x0531, 0x058a],
    [0x05d0, 0x05ea],
    [0x0620, 0x064a],
    [0x0671, 0x06d3],
    [0x0904, 0x0939],
    [0x0e01, 0x0e2e],
    [0x10a0, 0x10ff],
    [0x1200, 0x137f],
    [0x13a0, 0x13f4],
    [0x1d00, 0x1dbf],
    [0x1e00, 0x1fff],
    [0x2010, 0x205e],
    [0x2070, 0x20c0],
    [0x2100, 0x21ff],
    [0x2200, 0x23ff],
    [0x2460, 0x25ff],
    [0x2c60, 0x2c7f],
    [0xa720, 0xa7ff],
    [0xfb00, 0xfb4f],
    [0xfe70, 0xfefc],
  ];
  const out: string[] = [];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      if (!/\p{M}|\p{C}/u.test(c)) out.push(c);
    }
  }
  return out;
}

describe("measureText against Chromium", () => {
  // At 14 px the sum of advances is exactly what Chromium draws; at small sizes its glyph
  // positioning rounds, up to about 1% either way, which the cells' padding absorbs.
  it.each([
    [14, 0],
    [11, 0.012],
  ])("equals the drawn width of Latin, Greek and Cyrillic text at %i px (regular and bold)", async (size, relative) => {
    for (const bold of [false, true]) {
      const drawn = await drawnWidths(LATIN, size, bold);
      LATIN.forEach((text, i) => {
        const measured = measureText(text, { size, weight: bold ? "bold" : "normal" });
        const allowed = 0.6 + relative * drawn[i]!;
        expect(Math.abs(measured - drawn[i]!), `${text}: measured ${measured}, drawn ${drawn[i]}`).toBeLessThan(allowed);
      });
    }
  });

  it("never measures text the font lacks narrower than the browser draws it, nor absurdly wider (regular and bold)", async () => {
    for (const bold of [false, true]) {
      const drawn = await drawnWidths(OTHER, 14, bold);
      OTHER.forEach((text, i) => {
        const measured = measureText(text, { size: 14, weight: bold ? "bold" : "normal" });
        const context = `${bold ? "bold " : ""}${text}: measured ${measured}, drawn ${drawn[i]}`;
        expect(measured, context).toBeGreaterThanOrEqual(drawn[i]! - 0.6);
        expect(measured, context).toBeLessThan(drawn[i]! * 1.5);
      });
    }
  });

  it("never measures stacked combining marks narrower than the browser draws them", async () => {
    const drawn = await drawnWidths(STACKED_MARKS, 14, false);
    STACKED_MARKS.forEach((text, i) => {
      expect(measureText(text, { size: 14 }), text).toBeGreaterThanOrEqual(drawn[i]! - 0.6);
    });
  });

  it("never measures a character narrower than the browser draws it, across the blocks people write in (regular and bold)", async () => {
    const characters = blockCharacters();
    expect(characters.length).toBeGreaterThan(4000);
    for (const bold of [false, true]) {
      const drawn = await drawnWidths(characters, 100, bold, true);
      const narrow = characters.filter((c, i) => measureText(c, { size: 100, weight: bold ? "bold" : "normal" }) < drawn[i]! - 0.5);
      expect(
        narrow.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()} ${c}`),
        bold ? "bold" : "regular",
      ).toEqual([]);
    }
  });
});
