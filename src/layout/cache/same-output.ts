import type { ItemLane, LaneContext } from "../lanes/lane";
import type { ItemSink, TextSpec } from "../measured-items";
import type { MeasuredLane, SpanItem } from "../measure";
import type { FontSpec } from "../text/types";

const sameFont = (a: FontSpec, b: FontSpec) => a === b || (a.size === b.size && (a.weight ?? "normal") === (b.weight ?? "normal"));

/**
 * How a lane's boxes differ from the previous call's: not at all, only in the paragraphs
 * of some column boxes (`boxes`: the new paragraphs by box index; every box keeps its
 * column, kind and entity), or in their structure (`undefined`).
 */
export type LaneDiff = { same: true } | { same: false; boxes: Map<number, TextSpec[]> } | undefined;

/**
 * Returns how the boxes `lane` hands the layout for `context` differ from those it handed
 * when `previous` was measured (see {@link LaneDiff}). The lane's `items` runs into a sink
 * that only compares, so an unchanged lane costs one pass over its items and makes nothing;
 * whatever the lane reads from the map, the comparison sees what it made of it.
 */
export function diffLane(lane: ItemLane, context: LaneContext, previous: MeasuredLane): LaneDiff {
  const items = previous.columns;
  const spans = previous.spans;
  const boxes = new Map<number, TextSpec[]>();
  let structural = false;
  let box = -1;
  let first = 0; // the box's first paragraph in `previous`
  let para = 0;
  let paraEnd = 0;
  let changed: TextSpec[] | undefined; // the box's paragraphs, once one differs
  let spanIndex = -1;
  let span: SpanItem | undefined;
  let spanPara = 0;
  /** The paragraphs so far of the current box, from the first that differs on; the ones before it are the previous call's. */
  const diverge = (): TextSpec[] => {
    if (changed) return changed;
    changed = [];
    for (let p = first; p < para; p++) changed.push(items.paragraph(p));
    boxes.set(box, changed);
    return changed;
  };
  // A box is complete when the next one starts: with fewer paragraphs than before, it changed.
  const close = () => {
    if (span) structural ||= spanPara !== span.paragraphs.length;
    else if (box >= 0 && para !== paraEnd) diverge();
  };
  const sink: ItemSink = {
    col(column, kind, entityId) {
      if (structural) return;
      close();
      span = undefined;
      changed = undefined;
      box++;
      if (box >= items.length || items.slotOf(box) !== column || items.kindOf(box) !== kind || items.entityIds[box] !== entityId) structural = true;
      first = para = items.firstParagraphOf(box);
      paraEnd = items.firstParagraphOf(box + 1);
    },
    span(group, kind, entityId) {
      if (structural) return;
      close();
      spanIndex++;
      span = spans[spanIndex];
      spanPara = 0;
      if (span === undefined || span.group !== group || span.kind !== kind || span.entityId !== entityId) structural = true;
    },
    text(text, font, muted = false) {
      if (structural) return;
      if (span) {
        const p = span.paragraphs[spanPara++];
        if (p === undefined || p.text !== text || !sameFont(p.font, font) || (p.muted ?? false) !== muted) structural = true;
      } else if (box < 0) structural = true;
      else if (changed || para >= paraEnd || !items.sameParagraph(para, text, font, muted)) diverge().push({ text, font, muted });
      else para++;
    },
  };
  lane.items(context, sink);
  if (!structural) close();
  if (structural || box !== items.length - 1 || spanIndex !== spans.length - 1) return undefined;
  return boxes.size === 0 ? { same: true } : { same: false, boxes };
}
