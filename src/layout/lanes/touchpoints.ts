import { defineLane, eachTouchpoint } from "./lane";

/** The touchpoints lane: each touchpoint's name, with its channel below. */
export const touchpointsLane = defineLane({
  id: "touchpoints",
  label: "Touchpoints",
  default: true,
  cells: { touchpoint: "touchpointFill" },
  items(context, sink) {
    const { map, fonts } = context;
    const channels = new Map(map.channels.map((ch) => [ch.id, ch.name]));
    eachTouchpoint(context, (tp, c) => {
      sink.col(c, "touchpoint", tp.id);
      sink.text(tp.name, fonts.heading);
      const channel = tp.channelId === undefined ? undefined : channels.get(tp.channelId);
      if (channel !== undefined) sink.text(channel, fonts.small, true);
    });
  },
});
