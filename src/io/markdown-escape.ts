/**
 * Returns user text made safe to put in Markdown: on one line, with HTML-significant
 * characters as entities (no raw HTML reaches a wiki) and Markdown punctuation
 * backslash-escaped (emphasis, code, links, headings, table pipes, strikethrough), so that
 * a name can neither format nor break a table. Text placed mid-line only: list markers
 * and numbered-list dots are not escaped. Never throws.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`);
}
