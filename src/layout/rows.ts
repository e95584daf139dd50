import type { ColumnPlan } from "./columns";
import type { ResolvedLayoutOptions } from "./options";

/** A stage's run of columns within one row: the whole stage, or a part of one too wide for a row. */
export interface Piece {
  group: number;
  first: number;
  last: number;
  /** Whether this is the stage's first piece (boxes across the stage sit there; its name repeats in every piece). */
  firstOfGroup: boolean;
}

/** One row of stages: its columns `first…last`, as pieces of stages. */
export interface Row {
  first: number;
  last: number;
  pieces: Piece[];
}

/**
 * Returns the rows of the map: one row of every stage, or with `maxWidth` the stages in
 * rows whose columns fit the room right of the label column, in order. A stage moves to a
 * new row whole; only a stage wider than a row alone is split, its columns filling rows.
 */
export function planRows(plan: ColumnPlan, widths: readonly number[], options: ResolvedLayoutOptions): Row[] {
  const all = plan.groups.map((g, group) => ({ group, first: g.first, last: g.last, firstOfGroup: true }));
  const { maxWidth, margin, labelWidth, gap } = options;
  if (maxWidth === undefined || all.length === 0) return [{ first: 0, last: widths.length - 1, pieces: all }];
  const room = maxWidth - 2 * margin - labelWidth - gap;
  const rows: Row[] = [];
  let row: Piece[] = [];
  let used = 0;
  const close = () => {
    if (row.length > 0) rows.push({ first: (row[0] as Piece).first, last: (row[row.length - 1] as Piece).last, pieces: row });
    row = [];
    used = 0;
  };
  const span = (first: number, last: number) => {
    let w = gap * (last - first);
    for (let c = first; c <= last; c++) w += widths[c] as number;
    return w;
  };
  for (const piece of all) {
    const width = span(piece.first, piece.last);
    if (row.length > 0 && used + gap + width > room) close();
    if (width <= room) {
      row.push(piece);
      used += (row.length > 1 ? gap : 0) + width;
      continue;
    }
    let first = piece.first;
    for (let c = piece.first; c <= piece.last; c++) {
      if (c > first && span(first, c) > room) {
        row.push({ ...piece, first, last: c - 1, firstOfGroup: first === piece.first });
        close();
        first = c;
      }
    }
    row.push({ ...piece, first, last: piece.last, firstOfGroup: first === piece.first });
    used = span(first, piece.last);
  }
  close();
  return rows;
}
