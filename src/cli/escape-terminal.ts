/**
 * Characters a terminal or a log viewer may act on instead of showing: C0 and C1 controls
 * and DEL (ESC starts colour, title and clear-screen sequences; a newline forges a line),
 * format characters (bidi overrides and isolates, invisible separators, tags), line and
 * paragraph separators, and lone surrogates. The zero-width joiner and non-joiner stay:
 * emoji sequences and Persian words need them, and they move nothing.
 */
const UNSAFE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Returns one unsafe character as a visible escape: `\n`, `\x1b`, `\u202e`, `\u{e0041}`. */
function visible(char: string): string {
  const short = SHORT[char];
  if (short !== undefined) return short;
  const code = char.codePointAt(0) as number;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, "0")}`;
  return code <= 0xffff ? `\\u${code.toString(16).padStart(4, "0")}` : `\\u{${code.toString(16)}}`;
}

/**
 * Returns `text` safe to print on a terminal or into a log: every control, format and
 * separator character (see above) is shown as a visible escape such as `\x1b` or `\u202e`,
 * newlines and tabs as `\n` and `\t`; never throws. Every user string the CLI prints in a
 * text output or on standard error (titles, messages, file names, values of flags) goes
 * through it; JSON, Markdown, SVG and PNG outputs do not.
 *
 * @example
 * ```ts
 * escapeTerminal("\u001b]0;pwned\u0007 map\n.json"); // "\\x1b]0;pwned\\x07 map\\n.json"
 * ```
 */
export function escapeTerminal(text: string): string {
  return String(text).replace(UNSAFE, visible);
}
