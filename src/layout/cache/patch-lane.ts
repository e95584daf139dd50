import type { MeasuredLane, Natural } from "../measure";
import { MeasuredItems, type TextSpec } from "../measured-items";
import type { Wrap } from "../wrap";
import type { LaneRecord } from "./cell-reuse";

/**
 * Returns the previous call's measured lane with the paragraphs of some column boxes
 * replaced (`boxes`, by index; every box keeps its column, kind and entity): those are
 * wrapped with `wrap` to `width`, every other box's lines are copied. The lane's natural
 * widths are the previous ones, with each column that holds a changed box measured again
 * from its boxes — what {@link measureLane} would have found.
 */
export function patchLane(previous: LaneRecord, boxes: ReadonlyMap<number, readonly TextSpec[]>, wrap: Wrap, width: number): { measured: MeasuredLane; natural: Natural } {
  const before = previous.measured;
  const old = before.columns;
  const items = new MeasuredItems(wrap, width);
  const columns = new Set<number>();
  for (let i = 0; i < old.length; i++) {
    const paragraphs = boxes.get(i);
    if (paragraphs === undefined) {
      items.copyBox(old, i);
      continue;
    }
    const slot = old.slotOf(i);
    columns.add(slot);
    items.start(old.kindOf(i), old.entityIds[i] as string, slot);
    for (const p of paragraphs) items.text(p.text, p.font, p.muted ?? false);
  }
  const natural = { columns: [...previous.natural.columns], groups: previous.natural.groups };
  for (const c of columns) natural.columns[c] = 0;
  for (let i = 0; i < items.length; i++) {
    const c = items.slotOf(i);
    if (!columns.has(c)) continue;
    const w = items.widest(i);
    if (w > (natural.columns[c] as number)) natural.columns[c] = w;
  }
  const measured: MeasuredLane = { columns: items, spans: before.spans, ordered: before.ordered };
  // The boxes sit in the same columns in the same order, so the placement order is the previous one.
  if (before.order) measured.order = before.order;
  if (before.spansByGroup) measured.spansByGroup = before.spansByGroup;
  return { measured, natural };
}
