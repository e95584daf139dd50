import { defineLane, eachTouchpoint } from "./lane";

/** The thoughts lane: one box per item of each touchpoint's `thoughts`, stacked in its column. */
export const thoughtsLane = defineLane({
  id: "thoughts",
  label: "Thoughts",
  default: true,
  cells: { thought: "itemFill" },
  items(context, sink) {
    const font = context.fonts.body;
    eachTouchpoint(context, (tp, c) => {
      for (const text of tp.thoughts) {
        sink.col(c, "thought", tp.id);
        sink.text(text, font);
      }
    });
  },
});
