import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FONT_FAMILY } from "../../src/layout/text/font";
import { measureText } from "../../src/layout/text/measure-text";
import { launchChromium, openPage } from "./browser";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await openPage(browser, []);
});

afterAll(async () => {
  await browser?.close();
});

/** The width Chromium draws each text at, in an SVG <text> with journeykit's font stack. */
async function drawnWidths(texts: string[], size: number, bold: boolean): Promise<number[]> {
  return page.evaluate(
    ({ texts, size, bold, family }) => {
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
        const width = el.getBoundingClientRect().width;
        el.remove();
        return width;
      });
      svg.remove();
      return widths;
    },
    { texts, size, bold, family: FONT_FAMILY },
  );
}

const LATIN = ["The barista calls the order", "Überweisung, Größe, façade", "Ωμέγα Привет мир", "0123456789 $€£ %&@#", "“Quotes” … – —", "WWW mmm iii lll"];
const OTHER = [
  "顧客は店に入って注文する",
  "고객은 주문하기 전에",
  "انتظر العميل طويلاً",
  "הלקוח חיכה זמן רב",
  "नमस्ते दुनिया",
  "สวัสดีชาวโลก",
  "Family 👨‍👩‍👧‍👦 flags 🇯🇵🇫🇷 👍🏽 ❤️",
  "Combining: e\u0301 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̗̻ ǹ",
];

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

  it("never measures text the font lacks narrower than the browser draws it, nor absurdly wider", async () => {
    const drawn = await drawnWidths(OTHER, 14, false);
    OTHER.forEach((text, i) => {
      const measured = measureText(text, { size: 14 });
      expect(measured, `${text}: measured ${measured}, drawn ${drawn[i]}`).toBeGreaterThanOrEqual(drawn[i]! - 0.6);
      expect(measured, `${text}: measured ${measured}, drawn ${drawn[i]}`).toBeLessThan(drawn[i]! * 1.5);
    });
  });
});
