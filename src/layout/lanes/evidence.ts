import { defineLane, eachTouchpoint } from "./lane";

/** The evidence lane: the research each touchpoint cites, with its kind, sample size and date. */
export const evidenceLane = defineLane({
  id: "evidence",
  label: "Evidence",
  default: false,
  cells: { evidence: "itemFill" },
  items(context, sink) {
    const { map, fonts } = context;
    const evidence = new Map(map.evidence.map((e) => [e.id, e]));
    eachTouchpoint(context, (tp, c) => {
      for (const id of tp.evidenceIds) {
        const e = evidence.get(id);
        if (!e) continue;
        let detail: string = e.kind;
        if (e.sampleSize !== undefined) detail += `, n = ${e.sampleSize}`;
        if (e.collectedAt !== undefined) detail += `, ${e.collectedAt.slice(0, 10)}`;
        sink.col(c, "evidence", e.id);
        sink.text(e.title, fonts.body);
        sink.text(detail, fonts.small, true);
      }
    });
  },
});
