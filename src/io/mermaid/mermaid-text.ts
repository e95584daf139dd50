/*
 * Mermaid's journey lexer gives some characters meaning inside a line: `:` separates a
 * task's name from its score and actors, `#` starts a comment, `;` is refused, a leading
 * `%` starts a comment and a leading keyword (`title`, `section`, `journey`, `accTitle`,
 * `accDescr`) starts a statement. Labels are made safe by swapping those characters for
 * look-alikes that Mermaid treats as text, and swapped back on import:
 *
 *   ":" ↔ "∶" (U+2236 RATIO, not in titles)   "#" ↔ "＃" (U+FF03)   ";" ↔ "；" (U+FF1B)
 *   "," ↔ "‚" (U+201A) in actors   "%" ↔ "％" (U+FF05) first or second in a task name,
 *   and before "%{" anywhere (Mermaid strips `%%{…}%%` directives from the whole text)
 *   line breaks ↔ "<br>"
 *   a task name that starts with a keyword gets a leading U+2060 WORD JOINER.
 *
 * The swap is lossless: U+2060 marks the next character as literal. A look-alike, a
 * U+2060 or the "b" of a "<br" that were in the text already are written after a U+2060,
 * and only unmarked look-alikes and `<br>` are swapped back, so `中文；测试` stays
 * `中文；测试` and a literal `<br>` stays `<br>`.
 */

/**
 * Task names that Mermaid's lexer would read as a statement (its rules `journey\b`,
 * `title\s`, `section\s`, `accTitle\s*:`, `accDescr\s*[:{]`, case-insensitive). Section
 * names, titles and actors come after their keyword, where no other keyword is read.
 */
const KEYWORD = /^(journey\b|title\s|section\s|acctitle\s*:|accdescr\s*[:{])/i;
const MARK = "\u2060";
/** Characters written after a mark when they are in the text already. */
const LITERAL = /[\u2060∶＃；％‚]|(?<=<)(?=br)/gi;

/** Where a label goes: each place of a journey diagram gives other characters meaning. */
export type MermaidLabelKind = "title" | "section" | "task" | "actor";

/** Makes text safe as a Mermaid journey label of this kind (see the file comment). */
export function toMermaidLabel(text: string, kind: MermaidLabelKind = "task"): string {
  let out = text
    .trim()
    .replace(LITERAL, (c) => MARK + c)
    .replace(/\r\n?|\n/g, "<br>")
    .replace(/#/g, "＃")
    .replace(/;/g, "；")
    // Mermaid strips `%%{…}%%` directives anywhere in the text, before it parses a line.
    .replace(/%(?=%\{)/g, "％");
  if (kind !== "title") out = out.replace(/:/g, "∶");
  if (kind === "actor") out = out.replace(/,/g, "‚");
  if (kind !== "task") return out;
  // `%` not before `{` starts a comment, and so does any character followed by `%%`.
  if (out.startsWith("%")) out = `％${out.slice(1)}`;
  if (out.slice(1, 3) === "%%") out = `${out[0]}％${out.slice(2)}`;
  if (KEYWORD.test(out)) out = MARK + out;
  return out;
}

const UNSWAP: Record<string, string> = { "∶": ":", "＃": "#", "；": ";" };

/** Reverses {@link toMermaidLabel}: unmarked look-alikes back to their characters, `<br>` to a line break. */
export function fromMermaidLabel(text: string, kind: MermaidLabelKind = "task"): string {
  const trimmed = text.trim();
  let out = "";
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i] as string;
    if (c === MARK && i + 1 < trimmed.length) {
      out += trimmed[++i];
      continue;
    }
    if (c === MARK) continue;
    if (c === "<") {
      const br = /^<br\s*\/?>/i.exec(trimmed.slice(i, i + 8));
      if (br) {
        out += "\n";
        i += br[0].length - 1;
        continue;
      }
    }
    if (c === "％") {
      out += "%";
      continue;
    }
    out += c === "‚" && kind === "actor" ? "," : (UNSWAP[c] ?? c);
  }
  return out.trim();
}
