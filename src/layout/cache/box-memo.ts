import { type BoxMemo, boxCell, type StackedBox } from "../stack-cells";
import type { LayoutCell } from "../types";
import type { Wrap } from "../wrap";

interface Made {
  box: StackedBox;
  x: number;
  y: number;
  width: number;
  cell: LayoutCell;
}

/**
 * The fields of a box that {@link sameBox} compares: every one (the compiler holds this
 * list to the interface, and a test to `sameBox`), so that a field added to boxes cannot
 * be left out of the comparison and hand back a cell that shows the old value.
 */
export const BOX_FIELDS: Readonly<Record<keyof StackedBox, true>> = { kind: true, entityId: true, laneId: true, padding: true, paragraphs: true, segments: true, outline: true };

/** Whether two boxes make equal cells in the same place: kind, entity, lane, padding, each paragraph's text, font and muting, the bar and the outline. */
export function sameBox(a: StackedBox, b: StackedBox): boolean {
  if (a.kind !== b.kind || a.entityId !== b.entityId || a.laneId !== b.laneId || a.padding !== b.padding || a.outline !== b.outline) return false;
  const p = a.paragraphs;
  const q = b.paragraphs;
  if (p.length !== q.length) return false;
  for (let i = 0; i < p.length; i++) {
    const s = p[i] as StackedBox["paragraphs"][number];
    const t = q[i] as StackedBox["paragraphs"][number];
    if (s.text !== t.text || (s.muted ?? false) !== (t.muted ?? false) || s.font.size !== t.font.size || (s.font.weight ?? "normal") !== (t.font.weight ?? "normal")) return false;
  }
  const u = a.segments;
  const v = b.segments;
  if (u === undefined || v === undefined) return u === v;
  if (u.length !== v.length) return false;
  for (let i = 0; i < u.length; i++) if (u[i]?.tone !== v[i]?.tone || u[i]?.share !== v[i]?.share) return false;
  return true;
}

/**
 * The cells one drawing of a lane that lays itself out made, in the order it made them, for
 * the next drawing of that lane: the n-th box of a drawing, when it equals the previous
 * drawing's n-th in the same place and width, gets that drawing's cell, the same object —
 * so that a renderer reuses its markup too. (An edit seldom adds or removes a box; when it
 * does, the boxes after it are made anew.) A box is all its cell depends on besides its
 * place (the wrap and the fonts belong to the cache's one set of options), so the cell
 * handed back equals a new one.
 */
export class StackedCellMemo implements BoxMemo {
  private previous: Made[] = [];
  private next: Made[] = [];

  /** Starts a drawing: what the last one made is what this one may reuse. */
  begin(): void {
    this.previous = this.next;
    this.next = [];
  }

  cell(wrap: Wrap, box: StackedBox, x: number, y: number, width: number): LayoutCell {
    const before = this.previous[this.next.length];
    const cell = before && before.x === x && before.y === y && before.width === width && sameBox(before.box, box) ? before.cell : boxCell(wrap, box, x, y, width);
    this.next.push({ box, x, y, width, cell });
    return cell;
  }
}
