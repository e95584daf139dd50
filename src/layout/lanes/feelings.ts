import { defineLane, eachTouchpoint } from "./lane";

/** The feelings lane: one box per item of each touchpoint's `feelings`, stacked in its column. */
export const feelingsLane = defineLane({
  id: "feelings",
  label: "Feelings",
  default: true,
  cells: { feeling: "itemFill" },
  items(context, sink) {
    const font = context.fonts.body;
    eachTouchpoint(context, (tp, c) => {
      for (const text of tp.feelings) {
        sink.col(c, "feeling", tp.id);
        sink.text(text, font);
      }
    });
  },
});
