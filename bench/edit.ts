import { applyOperation } from "../src/edit/apply-operation";
import { applyOperations } from "../src/edit/apply-operations";
import { createHistory } from "../src/edit/history";
import type { Operation } from "../src/edit/operation-schema";
import { generateJourneyMap } from "../tests/fixtures/generate-map";
import { type BenchRow, measure, measureSimple } from "./measure";

/** Edits of a 10,000-touchpoint map: one update, its undo and redo, and a 1,000-operation transaction. */
export async function bench(): Promise<BenchRow[]> {
  const map = generateJourneyMap({ touchpoints: 10_000 });
  const id = map.touchpoints[5_000]!.id;
  let emotion = 1;
  const update = (): Operation => ({ type: "updateTouchpoint", id, changes: { emotion: (emotion++ % 5) + 1 } });
  applyOperation(map, update()); // builds the id index of the map once, as the first edit of a session does
  const rows: BenchRow[] = [
    { name: "edit: updateTouchpoint, 10,000 touchpoints", medianMs: measureSimple(() => applyOperation(map, update())), targetMs: 0.2 },
  ];

  // Undo and redo through the history: each sample edits, then times the undo (or redo).
  const history = createHistory(map);
  rows.push({
    name: "edit: undo, 10,000 touchpoints",
    medianMs: measure(
      () => history.undo(),
      () => {
        history.apply(update());
      },
      { minSampleMs: 0 },
    ),
    note: "history.undo() of one update",
  });
  rows.push({
    name: "edit: redo, 10,000 touchpoints",
    medianMs: measure(
      () => history.redo(),
      () => {
        history.apply(update());
        history.undo();
      },
      { minSampleMs: 0 },
    ),
    note: "history.redo() of one update",
  });

  const ops: Operation[] = map.touchpoints.slice(0, 1_000).map((tp, i) => ({ type: "updateTouchpoint", id: tp.id, changes: { emotion: (i % 5) + 1, name: `Renamed ${i}` } }));
  rows.push({
    name: "edit: 1,000 operations in one transaction",
    medianMs: measureSimple(() => applyOperations(map, ops), { samples: 10, maxTotalMs: 10_000 }),
    note: "applyOperations on 10,000 touchpoints",
  });
  return rows;
}
