import { defineLane, eachTouchpoint } from "./lane";

/**
 * The physical-evidence lane of a service blueprint: one box per item of each touchpoint's
 * `props` (what customers see or hold there), stacked in its column. Not shown by default;
 * part of `view: "blueprint"`.
 */
export const propsLane = defineLane({
  id: "props",
  label: "Physical evidence",
  default: false,
  cells: { prop: "itemFill" },
  items(context, sink) {
    const font = context.fonts.body;
    eachTouchpoint(context, (tp, c) => {
      for (const text of tp.props ?? []) {
        sink.col(c, "prop", tp.id);
        sink.text(text, font);
      }
    });
  },
});
