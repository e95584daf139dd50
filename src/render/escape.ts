import { escapeXml } from "../layout/text/index";

/** Printable ASCII but for `"`, `&`, `'`, `<` and `>`: text of only these is written as it is. */
const PLAIN = /^[ !#-%(-;=?-~]*$/;

/**
 * Returns `text` ready for XML text or a double-quoted attribute: {@link escapeXml}, with a
 * fast path for the common string that needs nothing (most labels on a large map).
 */
export function escapeText(text: string): string {
  return PLAIN.test(text) ? text : escapeXml(text);
}
