import type { ItemLane, LaneContext } from "../lanes/lane";
import type { ItemSink } from "../measured-items";
import type { MeasuredLane, SpanItem } from "../measure";
import type { FontSpec } from "../text/types";

const sameFont = (a: FontSpec, b: FontSpec) => a === b || (a.size === b.size && (a.weight ?? "normal") === (b.weight ?? "normal"));

/**
 * Returns whether `lane` hands the layout, for `context`, exactly the boxes it handed when
 * `previous` was measured: the same column boxes (column, kind, entity) and boxes across
 * stages, in order, each with the same paragraphs. The lane's `items` runs into a sink that
 * only compares, so an unchanged lane costs one pass over its items and makes nothing;
 * whatever the lane reads from the map, the comparison sees what it made of it.
 */
export function sameOutput(lane: ItemLane, context: LaneContext, previous: MeasuredLane): boolean {
  const items = previous.columns;
  const spans = previous.spans;
  let same = true;
  let box = -1;
  let para = 0;
  let paraEnd = 0;
  let spanIndex = -1;
  let span: SpanItem | undefined;
  let spanPara = 0;
  // A box is complete when the next one starts: all of its previous paragraphs were matched.
  const close = () => {
    if (span ? spanPara !== span.paragraphs.length : para !== paraEnd) same = false;
  };
  const sink: ItemSink = {
    col(column, kind, entityId) {
      if (!same) return;
      close();
      span = undefined;
      box++;
      if (box >= items.length || items.slots[box] !== column || items.kinds[box] !== kind || items.entityIds[box] !== entityId) same = false;
      para = items.firstParagraphOf(box);
      paraEnd = items.firstParagraphOf(box + 1);
    },
    span(group, kind, entityId) {
      if (!same) return;
      close();
      spanIndex++;
      span = spans[spanIndex];
      spanPara = 0;
      if (span === undefined || span.group !== group || span.kind !== kind || span.entityId !== entityId) same = false;
    },
    text(text, font, muted = false) {
      if (!same) return;
      if (span) {
        const p = span.paragraphs[spanPara++];
        if (p === undefined || p.text !== text || !sameFont(p.font, font) || (p.muted ?? false) !== muted) same = false;
      } else if (box < 0 || para >= paraEnd || !items.sameParagraph(para++, text, font, muted)) same = false;
    },
  };
  lane.items(context, sink);
  if (same) close();
  return same && box === items.length - 1 && spanIndex === spans.length - 1;
}
