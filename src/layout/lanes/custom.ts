import { defineLane, eachTouchpoint } from "./lane";

/**
 * The one module behind every custom lane of a map: the items of each touchpoint's `notes`
 * for that lane (its id is the lane's own, given in the context), one box each.
 */
export const customLane = defineLane({
  id: "custom",
  label: "Custom lane",
  default: false,
  cells: { note: "itemFill" },
  items(context, sink) {
    const { laneId, fonts } = context;
    eachTouchpoint(context, (tp, c) => {
      for (const note of tp.notes) {
        if (note.laneId !== laneId) continue;
        for (const text of note.items) {
          sink.col(c, "note", tp.id);
          sink.text(text, fonts.body);
        }
      }
    });
  },
});
