import { defineLane, eachTouchpoint } from "./lane";

/** The owners lane: the team that owns each touchpoint. */
export const ownersLane = defineLane({
  id: "owners",
  label: "Owners",
  default: true,
  cells: { owner: "itemFill" },
  items(context, sink) {
    const { map, fonts } = context;
    const teams = new Map(map.teams.map((t) => [t.id, t.name]));
    eachTouchpoint(context, (tp, c) => {
      const name = tp.ownerId === undefined ? undefined : teams.get(tp.ownerId);
      if (name === undefined || tp.ownerId === undefined) return;
      sink.col(c, "owner", tp.ownerId);
      sink.text(name, fonts.body);
    });
  },
});
