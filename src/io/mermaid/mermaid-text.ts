/*
 * Mermaid's journey lexer gives some characters meaning inside a line: `:` separates a
 * task's name from its score and actors, `#` starts a comment, `;` is refused, a leading
 * `%` starts a comment and a leading keyword (`title`, `section`, `journey`, `accTitle`,
 * `accDescr`) starts a statement. Labels are made safe by swapping those characters for
 * look-alikes that Mermaid treats as text, and swapped back on import, so names survive
 * the round trip:
 *
 *   ":" ↔ "∶" (U+2236 RATIO)   "#" ↔ "＃" (U+FF03)   ";" ↔ "；" (U+FF1B)
 *   leading "%" ↔ "％" (U+FF05)   line breaks ↔ "<br>"
 *   a label that starts with a keyword gets a leading U+2060 WORD JOINER.
 */

const KEYWORD = /^(journey|title|section|acctitle|accdescr)(\s|:|\{|$)/i;
const WORD_JOINER = "\u2060";

/** Makes text safe as a Mermaid journey task or section label (see the file comment). */
export function toMermaidLabel(text: string, { colon = true }: { colon?: boolean } = {}): string {
  let out = text
    .replace(/\r\n?|\n/g, "<br>")
    .replace(/#/g, "＃")
    .replace(/;/g, "；")
    .replace(/^\s+|\s+$/g, "");
  if (colon) out = out.replace(/:/g, "∶");
  if (out.startsWith("%")) out = `％${out.slice(1)}`;
  if (KEYWORD.test(out)) out = WORD_JOINER + out;
  return out;
}

/** Reverses {@link toMermaidLabel}: look-alikes back to their characters, `<br>` to a line break. */
export function fromMermaidLabel(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/∶/g, ":")
    .replace(/＃/g, "#")
    .replace(/；/g, ";")
    .replace(/^％/, "%")
    .replace(new RegExp(`^${WORD_JOINER}`), "")
    .trim();
}
