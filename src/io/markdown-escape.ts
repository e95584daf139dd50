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

/**
 * Returns text to put between single backticks: on one line (line breaks and tabs become
 * spaces) and without backticks, which would end the code span. Inside a code span
 * Markdown shows everything else literally, HTML included.
 */
export function codeSpan(text: string): string {
  return text.replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/`/g, "'");
}
