import { invalid } from "../option-checks";
import { checkedMeasure } from "./checked-measure";
import { graphemes } from "./graphemes";
import { measureText as defaultMeasureText } from "./measure-text";
import { isWide } from "./script-widths";
import type { MeasureText, WrappedText, WrapTextOptions } from "./types";

const ELLIPSIS = "…";
/** Line ends: a hard break. */
const HARD_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;
/** Spaces a line may break at (no-break spaces are not among them). */
const BREAKING_SPACE = /[ \t\f\v\u1680\u2000-\u200a\u205f\u3000]+/;
/** Whitespace other than single spaces, which the fast path cannot keep as it is. */
const DOUBLE_SPACE = /[\t\f\v\u1680\u2000-\u200a\u205f\u3000]| {2}/;
/** East Asian punctuation that must not start a line, and that which must not end one. */
const NO_BREAK_BEFORE = new Set("、。，．：；！？）」』】〕〉》｝〙〛〞・ー…‥ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ");
const NO_BREAK_AFTER = new Set("（「『【〔〈《｛〘〚〝");

interface Piece {
  text: string;
  width: number;
  /** A space separates this piece from the one before (false between CJK characters). */
  spaced: boolean;
}

/** Splits a word at the places East Asian text may break: between wide characters. */
function splitWord(word: string): string[] {
  let hasWide = false;
  for (let i = 0; i < word.length && !hasWide; i++) if (word.charCodeAt(i) >= 0x1100) hasWide = true;
  if (!hasWide) return [word];
  const parts: string[] = [];
  let current = "";
  let previous = "";
  let previousWide = false;
  for (const cluster of graphemes(word)) {
    const wide = isWide(cluster.codePointAt(0) as number);
    const mayBreak = current !== "" && (wide || previousWide) && !NO_BREAK_BEFORE.has(cluster) && !NO_BREAK_AFTER.has(previous);
    if (mayBreak) {
      parts.push(current);
      current = "";
    }
    current += cluster;
    previous = cluster;
    previousWide = wide;
  }
  if (current) parts.push(current);
  return parts;
}

function checkOptions(options: WrapTextOptions): void {
  const { width, maxLines, font } = options;
  if (typeof width !== "number" || !(width > 0) || width === Number.POSITIVE_INFINITY) {
    throw new RangeError(invalid("width", width, "expected a positive finite number"));
  }
  if (maxLines !== undefined && maxLines !== Number.POSITIVE_INFINITY && !(Number.isInteger(maxLines) && maxLines >= 1)) {
    throw new RangeError(invalid("maxLines", maxLines, "expected a positive integer or Infinity"));
  }
  if (!font || typeof font.size !== "number" || !(font.size > 0) || !Number.isFinite(font.size)) {
    throw new RangeError(invalid("font.size", font?.size, "expected a positive number"));
  }
}

/** Greedy line filling over the pieces of one paragraph. */
function fillLines(pieces: Piece[], width: number, spaceWidth: number, measure: MeasureText, options: WrapTextOptions, lines: string[]): void {
  let line = "";
  let lineWidth = 0;
  const start = (piece: Piece) => {
    if (piece.width <= width) {
      line = piece.text;
      lineWidth = piece.width;
      return;
    }
    // A word wider than the line: break it between grapheme clusters. Each candidate line
    // is measured whole, since letters may take other shapes next to each other (Arabic
    // joins) and a line is drawn as a whole.
    line = "";
    lineWidth = 0;
    for (const cluster of graphemes(piece.text)) {
      const longer = line + cluster;
      const w = measure(longer, options.font);
      if (line !== "" && w > width) {
        lines.push(line);
        line = cluster;
        lineWidth = measure(cluster, options.font);
      } else {
        line = longer;
        lineWidth = w;
      }
    }
  };
  for (const piece of pieces) {
    if (line === "") {
      start(piece);
      continue;
    }
    const gap = piece.spaced ? spaceWidth : 0;
    if (lineWidth + gap + piece.width <= width) {
      line += piece.spaced ? ` ${piece.text}` : piece.text;
      lineWidth += gap + piece.width;
    } else {
      lines.push(line);
      start(piece);
    }
  }
  if (line !== "") lines.push(line);
}

/** Shortens the last kept line until it fits with an ellipsis. */
function withEllipsis(line: string, width: number, measure: MeasureText, options: WrapTextOptions): string {
  const clusters = graphemes(line);
  let text = line;
  while (clusters.length > 0 && measure(`${text}${ELLIPSIS}`, options.font) > width) {
    clusters.pop();
    text = clusters.join("").trimEnd();
  }
  return `${text}${ELLIPSIS}`;
}

/**
 * Breaks `text` into lines no wider than `options.width` when set in `options.font`.
 * Runs of spaces collapse to one and lines break at them; `\n` (and `\r\n`, `\r`, U+2028,
 * U+2029) force a break; East Asian text breaks between characters (never before closing
 * punctuation such as 。 or 」, never after opening punctuation); a word wider than the
 * line is broken between grapheme clusters, never inside one (an emoji sequence or a
 * letter with its accents stays whole). With `maxLines`, the text is cut after that many
 * lines and the last line ends with "…" (`truncated: true`). Every line fits the width,
 * except when a single grapheme is wider than the whole line: it then gets a line of its
 * own. Empty lines are dropped; blank text gives no lines.
 *
 * @throws RangeError when `width` or `font.size` is not a positive number, when `maxLines`
 * is not a positive integer (or `Infinity`), or when `measureText` returns anything but a
 * finite width of 0 or more; `TypeError` when `measureText` is not a function.
 * @example
 * ```ts
 * import { wrapText } from "journeykit";
 *
 * const { lines, truncated } = wrapText("Waits in a long queue before ordering", {
 *   width: 120,
 *   font: { size: 14 },
 *   maxLines: 2,
 * });
 * // lines: ["Waits in a long", "queue before…"] (truncated: false when it fits in 2 lines)
 * ```
 */
export function wrapText(text: string, options: WrapTextOptions): WrappedText {
  checkOptions(options);
  const measure = options.measureText === undefined ? defaultMeasureText : checkedMeasure("measureText", options.measureText);
  const { width, font } = options;
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  const hardBreaks = HARD_BREAK.test(text);
  // Fast path, the common case: one paragraph with single spaces that fits on one line.
  if (!hardBreaks && !DOUBLE_SPACE.test(text)) {
    const single = text.trim();
    if (single === "") return { lines: [], width: 0, truncated: false };
    const w = measure(single, font);
    if (w <= width) return { lines: [single], width: w, truncated: false };
  }
  const spaceWidth = measure(" ", font);
  const lines: string[] = [];
  for (const paragraph of hardBreaks ? text.split(HARD_BREAK) : [text]) {
    const pieces: Piece[] = [];
    for (const word of paragraph.split(BREAKING_SPACE)) {
      if (word === "") continue;
      let spaced = true;
      for (const part of splitWord(word)) {
        pieces.push({ text: part, width: measure(part, font), spaced });
        spaced = false;
      }
    }
    fillLines(pieces, width, spaceWidth, measure, options, lines);
    if (lines.length > maxLines) break;
  }
  let truncated = false;
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = withEllipsis(lines[maxLines - 1] as string, width, measure, options);
    truncated = true;
  }
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, measure(line, font));
  return { lines, width: widest, truncated };
}
