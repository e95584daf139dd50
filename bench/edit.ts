import { applyOperation } from "../src/edit/apply-operation";
import { applyOperations } from "../src/edit/apply-operations";
import { createHistory } from "../src/edit/history";
import type { Operation } from "../src/edit/operation-schema";
import type { JourneyMap } from "../src/model";
import { generateJourneyMap } from "../tests/support/generate-map";
import { type BenchRow, measure, measureSimple } from "./measure";
import { SIZES } from "./sizes";

/** One update of a touchpoint in the middle of the map, its undo and its redo. */
function editRows(map: JourneyMap, touchpoints: number): BenchRow[] {
  const id = map.touchpoints[touchpoints >> 1]?.id as string;
  let emotion = 1;
  const update = (): Operation => ({ type: "updateTouchpoint", id, changes: { emotion: (emotion++ % 5) + 1 } });
  applyOperation(map, update()); // builds the id index of the map once, as the first edit of a session does
  const rows: BenchRow[] = [
    {
      name: "edit: updateTouchpoint",
      touchpoints,
      medianMs: measureSimple(() => applyOperation(map, update())),
      ...(touchpoints === 10_000 ? { targetMs: 0.2 } : {}),
      note: "applyOperation, patches included",
    },
  ];
  // Undo and redo through the history: each sample edits, then times the undo (or redo).
  const history = createHistory(map);
  const apply = () => void history.apply(update());
  rows.push({ name: "edit: undo", touchpoints, medianMs: measure(() => history.undo(), apply, { minSampleMs: 0 }), note: "history.undo() of one update" });
  const applyAndUndo = () => {
    history.apply(update());
    history.undo();
  };
  rows.push({ name: "edit: redo", touchpoints, medianMs: measure(() => history.redo(), applyAndUndo, { minSampleMs: 0 }), note: "history.redo() of one update" });
  return rows;
}

/** Edits of generated maps, and a 1,000-operation transaction on the largest. */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let largest: JourneyMap | undefined;
  for (const touchpoints of SIZES) {
    const map = generateJourneyMap({ touchpoints });
    rows.push(...editRows(map, touchpoints));
    largest = map;
  }
  const map = largest as JourneyMap;
  const ops: Operation[] = map.touchpoints.slice(0, 1_000).map((tp, i) => ({ type: "updateTouchpoint", id: tp.id, changes: { emotion: (i % 5) + 1, name: `Renamed ${i}` } }));
  rows.push({
    name: "edit: 1,000 operations in one transaction",
    medianMs: measureSimple(() => applyOperations(map, ops), { samples: 10, maxTotalMs: 10_000 }),
    note: `applyOperations on ${map.touchpoints.length.toLocaleString("en-US")} touchpoints`,
  });
  return rows;
}
