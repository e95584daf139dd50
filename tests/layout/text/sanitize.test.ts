import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeXml, sanitizeText } from "../../../src/layout/text/sanitize";

/** Characters XML 1.0 can hold (https://www.w3.org/TR/xml/#charsets), as a whole-string test. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe("sanitizeText", () => {
  it("removes every class of forbidden character", () => {
    expect(sanitizeText("a\u0000b\u0008c\u000bd\u001fe\u007ff\u0086g\u009fh")).toBe("abcdefgh");
    expect(sanitizeText("x\ufffey\uffffz")).toBe("xyz");
    expect(sanitizeText("lone \ud800 and \udfff")).toBe("lone  and ");
    expect(sanitizeText("bidi \u202eoverride\u202c \u2066isolate\u2069")).toBe("bidi override isolate");
  });

  it("turns the next-line control (NEL) into a line feed instead of joining the words", () => {
    expect(sanitizeText("Order\u0085Pay\u0000")).toBe("Order\nPay");
  });

  it("keeps right-to-left letters, emoji, CJK and whitespace", () => {
    for (const text of ["انتظر العميل", "הלקוח חיכה", "👨‍👩‍👧‍👦 🇯🇵", "顧客", "tab\tnew\nline\r"]) expect(sanitizeText(text)).toBe(text);
  });

  it("returns the same string when there is nothing to remove", () => {
    const text = "Queue at the counter";
    expect(sanitizeText(text)).toBe(text);
  });

  it("always leaves text that XML 1.0 can hold", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expect(XML_CHARS.test(sanitizeText(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("escapeXml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeXml(`</text><script>alert('x')</script>"&amp;`)).toBe("&lt;/text&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;amp;");
  });

  it("never leaves a raw <, > or quote, nor a & that does not start an escape", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        const out = escapeXml(text);
        expect(/[<>"']/.test(out)).toBe(false);
        expect(/&(?!(amp|lt|gt|quot|#39);)/.test(out)).toBe(false);
        expect(XML_CHARS.test(out)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
