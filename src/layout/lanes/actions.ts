import { defineLane, eachTouchpoint } from "./lane";

/** The actions lane: one box per item of each touchpoint's `actions`, stacked in its column. */
export const actionsLane = defineLane({
  id: "actions",
  label: "Actions",
  default: true,
  cells: { action: "itemFill" },
  items(context, sink) {
    const font = context.fonts.body;
    eachTouchpoint(context, (tp, c) => {
      for (const text of tp.actions) {
        sink.col(c, "action", tp.id);
        sink.text(text, font);
      }
    });
  },
});
