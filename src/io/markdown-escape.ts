/**
 * Characters escaped with a backslash wherever they are: Markdown punctuation (emphasis,
 * code, links, headings, table pipes, strikethrough) and `@` (`user@host` autolinks).
 */
const ALWAYS = /[\\`*_[\]#|~@]/g;
/** An `&` that would start a character reference (`&amp;`, `&#38;`): written as `&amp;`; any other `&` stays as written. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/**
 * A `.` inside a word (`www.evil.example`, `evil.com`: linkify's fuzzy links), `//`
 * (protocol-relative links) and a `:` between a word and more text (`https:`, `mailto:`,
 * `javascript:`; a `:` before a space stays as written).
 */
const LINKY = /(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])|\/(?=\/)|(?<=\/)\/|(?<=[\p{L}\p{N}]):(?=\S)/gu;

/**
 * Returns user text made safe to put in Markdown (never throws): on one line, with `<` and
 * `>` as entities (no raw HTML or `<…>` autolink), an `&` that would start a character
 * reference as `&amp;`, and every character that could start a link, an autolink (GFM's
 * `www.`, `https://` and e-mail literals, linkify's bare domains and `//host` links) or
 * formatting backslash-escaped, so that a name can neither format, link nor break a table,
 * and the raw Markdown still reads as the text (`Loyalty & advocacy`, not `&amp;`). Text
 * placed mid-line only: list markers and numbered-list dots are not escaped
 * (`"Loyalty & advocacy at www.shop.example"` → `Loyalty & advocacy at www\\.shop\\.example`).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, " ")
    .replace(ENTITY, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(ALWAYS, (c) => `\\${c}`)
    .replace(LINKY, (c) => `\\${c}`);
}

/**
 * Returns text to put between single backticks: on one line (line breaks and tabs become
 * spaces) and without backticks, which would end the code span. Inside a code span
 * Markdown shows everything else literally, HTML included.
 */
export function codeSpan(text: string): string {
  return text.replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/`/g, "'");
}
