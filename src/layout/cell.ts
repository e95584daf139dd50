import type { Item } from "./content";
import { inkAbove, inkBelow, isPlainAscii } from "./text/ink-extent";
import { ascent, descent, lineHeight, sanitizeText } from "./text/index";
import type { FontSpec } from "./text/types";
import type { LayoutCell, LayoutGlyph, LayoutLine } from "./types";

/** Liberation Sans ascent and descent, in em: a line's ink lies within them. */
export const ASCENT = ascent({ size: 1 });
export const DESCENT = descent({ size: 1 });

/** Space between two paragraphs of one cell, in px. */
const PARAGRAPH_GAP = 2;

/** Rounds to 2 decimals, the precision the SVG is written with, so the layout holds what is drawn. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The height one line of `font` takes, rounded to the layout's precision. */
export function pitch(font: FontSpec): number {
  return round2(lineHeight(font));
}

/**
 * Returns the height of the box for `item` (already wrapped): its lines plus the padding,
 * at least one line of its first paragraph's font. (Without the room {@link makeCell} adds
 * for glyphs that reach beyond their lines.)
 */
export function itemHeight(item: Item, padding: number): number {
  let height = 0;
  let paragraphs = 0;
  for (const p of item.paragraphs) {
    const n = p.wrapped?.lines.length ?? 0;
    if (n === 0) continue;
    if (paragraphs++ > 0) height += PARAGRAPH_GAP;
    height += n * pitch(p.font);
  }
  const first = item.paragraphs[0];
  if (height === 0 && first) height = pitch(first.font);
  return round2(height + 2 * padding);
}

/** Where a line's baseline sits below the top of its line, in px: the ink centred in the line height. */
function baselineOffset(font: FontSpec): number {
  return (pitch(font) - (ASCENT + DESCENT) * font.size) / 2 + ASCENT * font.size;
}

/**
 * The room to add above the first line and below the last one of `item`, in px, for
 * glyphs that reach beyond the lines' box (accented capitals, fallback fonts, stacked
 * marks — a deep enough stack on any line may reach past the whole box): zero for text of
 * printable ASCII, which stays within its line.
 */
function inkRoom(item: Item): { top: number; bottom: number } {
  let y = 0; // from the top of the first line
  let top = 0;
  let lowest = 0; // the deepest any line reaches, from the same top
  let paragraphs = 0;
  for (const p of item.paragraphs) {
    const lines = p.wrapped?.lines;
    if (!lines || lines.length === 0) continue;
    if (paragraphs++ > 0) y += PARAGRAPH_GAP;
    const h = pitch(p.font);
    const offset = baselineOffset(p.font);
    for (const text of lines) {
      if (!isPlainAscii(text)) {
        top = Math.max(top, inkAbove(text, p.font) - (y + offset));
        lowest = Math.max(lowest, y + offset + inkBelow(text, p.font));
      }
      y += h;
    }
  }
  if (top <= 0 && lowest <= y) return NO_ROOM;
  return { top: top > 0 ? ceil2(top) : 0, bottom: lowest > y ? ceil2(lowest - y) : 0 };
}

/** The room of the common cell, whose glyphs all stay within their lines (shared: nothing to allocate). */
const NO_ROOM: { readonly top: number; readonly bottom: number } = { top: 0, bottom: 0 };

/** Rounds up to 2 decimals, so that rounding never takes room away. */
function ceil2(value: number): number {
  return Math.ceil(value * 100 - 1e-9) / 100;
}

/**
 * Returns the cell of `item` with its box at `x, y` and `width` wide, its lines set from
 * the top, `indent` px further right than the padding (room for a glyph). Each line's ink
 * (ascent to descent) sits centred in its line height; a paragraph whose combining marks
 * may reach past its letters is set its `inset` further in, and the box grows above the
 * first line and below the last where their glyphs reach beyond the line (see
 * `inkAbove`).
 */
export function makeCell(
  item: Item,
  laneId: string,
  x: number,
  y: number,
  width: number,
  padding: number,
  indent = 0,
  glyphs?: LayoutGlyph[],
): LayoutCell {
  let count = 0;
  for (const p of item.paragraphs) count += p.wrapped?.lines.length ?? 0;
  // Sized up front: an array grown by `push` reserves 17 slots, and a 10,000-touchpoint
  // layout keeps some 50,000 of these arrays.
  const lines = new Array<LayoutLine>(count);
  const room = inkRoom(item);
  let index = 0;
  let top = y + padding + room.top;
  let truncated = false;
  let paragraphs = 0;
  const left = x + padding + indent;
  for (const p of item.paragraphs) {
    const wrapped = p.wrapped;
    if (!wrapped || wrapped.lines.length === 0) continue;
    if (paragraphs++ > 0) top += PARAGRAPH_GAP;
    if (wrapped.truncated) truncated = true;
    const h = pitch(p.font);
    const offset = baselineOffset(p.font);
    const lineX = p.inset ? round2(left + p.inset) : left;
    for (const text of wrapped.lines) {
      const baseline = round2(top + offset);
      // Both shapes as literals: a property added afterwards would need a store of its own.
      lines[index++] = p.muted
        ? { x: lineX, y: baseline, text, font: p.font, muted: true }
        : { x: lineX, y: baseline, text, font: p.font };
      top += h;
    }
  }
  const cell: LayoutCell = {
    kind: item.kind,
    entityId: item.entityId,
    laneId,
    x,
    y,
    width,
    height: round2(itemHeight(item, padding) + room.top + room.bottom),
    lines,
  };
  if (truncated) cell.fullText = item.paragraphs.map((p) => sanitizeText(p.text)).join("\n");
  if (glyphs) cell.glyphs = glyphs;
  return cell;
}

/**
 * Moves a cell made at `0, 0` (see {@link makeCell}) to `x, y` and gives it its `width`:
 * cells are measured before the columns have positions, and placed afterwards.
 */
export function placeCell(cell: LayoutCell, x: number, y: number, width: number): void {
  cell.x = x;
  cell.y = y;
  cell.width = width;
  for (const line of cell.lines) {
    line.x = round2(line.x + x);
    line.y = round2(line.y + y);
  }
}
