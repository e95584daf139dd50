import { round2 } from "./cell";
import { type TextSpec, textCell } from "./measured-items";
import type { BarTone, CellKind, LayoutCell, LayoutGlyph } from "./types";
import type { Wrap } from "./wrap";

/** Height of a bar, and the space between a cell's text and its bar, in px. */
export const BAR_HEIGHT = 10;
const BAR_GAP = 4;

/** One segment of a bar: what it shows and its share of the bar (0…1). */
export interface BarSegment {
  tone: BarTone;
  share: number;
}

/** Where a bar cell goes, and what it holds. */
export interface BarCellSpec {
  kind: CellKind;
  entityId: string;
  laneId: string;
  x: number;
  y: number;
  width: number;
  padding: number;
  paragraphs: readonly TextSpec[];
  /** The segments, left to right, drawn over a full-width track; left out: no bar. */
  segments?: readonly BarSegment[];
}

/**
 * Returns a box of text with a horizontal bar below its last line, inside its padding: a
 * `track` glyph the full inner width, then one glyph per segment of positive share, side by
 * side from the left (shares are clamped so the segments never pass the track).
 */
export function barCell(wrap: Wrap, spec: BarCellSpec): LayoutCell {
  const { x, y, width, padding, segments } = spec;
  const cell = textCell(wrap, spec.kind, spec.entityId, spec.paragraphs, { laneId: spec.laneId, x, y, width, padding });
  if (!segments) return cell;
  const top = round2(cell.y + cell.height - padding + BAR_GAP);
  cell.height = round2(cell.height + BAR_GAP + BAR_HEIGHT);
  const left = x + padding;
  const inner = width - 2 * padding;
  const glyphs: LayoutGlyph[] = [{ type: "bar", tone: "track", x: round2(left), y: top, width: round2(inner), height: BAR_HEIGHT }];
  let used = 0;
  for (const s of segments) {
    const share = Math.min(Math.max(0, s.share), 1 - used);
    if (!(share > 0)) continue;
    const from = round2(left + used * inner);
    used += share;
    const to = Math.min(round2(left + used * inner), round2(left + inner));
    if (to > from) glyphs.push({ type: "bar", tone: s.tone, x: from, y: top, width: round2(to - from), height: BAR_HEIGHT });
  }
  cell.glyphs = glyphs;
  return cell;
}

/** Returns a share as a whole percentage, `62%` (`<1%` for a positive share that rounds to 0). */
export function percent(share: number): string {
  const p = Math.round(share * 100);
  return p === 0 && share > 0 ? "<1%" : `${p}%`;
}
