/**
 * Characters that never reach the SVG: C0 and C1 controls (except tab, line feed and
 * carriage return), U+FFFE and U+FFFF (XML 1.0 cannot hold them), unpaired surrogates, and
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which would let
 * user text visually reorder the labels around it. The C1 control NEL (U+0085) is a line
 * break, and becomes a line feed rather than joining the words around it.
 */
const UNSAFE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Returns `text` without the characters XML 1.0 cannot hold (controls other than tab and
 * line ends, U+FFFE, U+FFFF, unpaired surrogates) and without bidi embedding, override and
 * isolate controls; the next-line control (NEL, U+0085) becomes a line feed. Everything
 * else is kept — right-to-left letters included, which the browser lays out with its own
 * bidi algorithm. Returns the same string when there is nothing to remove.
 *
 * @example
 * ```ts
 * import { sanitizeText } from "journeykit";
 *
 * sanitizeText("Queue\u0000 \u202Eevil"); // "Queue evil"
 * sanitizeText("Order\u0085Pay"); // "Order\nPay"
 * ```
 */
export function sanitizeText(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, removeOrBreak) : text;
}

const removeOrBreak = (c: string) => (c === "\u0085" ? "\n" : "");

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Returns `text` ready for XML text content or a quoted attribute value: sanitised like
 * {@link sanitizeText}, then `&`, `<`, `>`, `"` and `'` escaped.
 *
 * @example
 * ```ts
 * import { escapeXml } from "journeykit";
 *
 * escapeXml('</text><script>alert("x")</script>'); // "&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  const clean = sanitizeText(text);
  return /[&<>"']/.test(clean) ? clean.replace(/[&<>"']/g, (c) => ESCAPES[c] as string) : clean;
}
