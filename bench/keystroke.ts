import { applyOperation } from "../src/edit/apply-operation";
import type { JourneyMap } from "../src/model";
import { createRenderer } from "../src/render/create-renderer";
import { renderJourneyMapSvg } from "../src/render/render-journey-map-svg";
import { generateJourneyMap } from "../tests/support/generate-map";
import { type BenchRow, measure } from "./measure";
import { SIZES, samplesFor } from "./sizes";

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** The targets of issue 21, in ms: a keystroke at 1,000 and at 10,000 touchpoints. */
const keystrokeTarget = (touchpoints: number) => (touchpoints === 1_000 ? 2 : touchpoints === 10_000 ? 20 : undefined);

/**
 * One keystroke in an editor at each size: a character added to the name of the touchpoint
 * in the middle of the map through `applyOperation`, then the map drawn again — by a
 * `createRenderer` that drew the map before the keystroke (untimed, before each sample), and
 * by `renderJourneyMapSvg` from scratch — side by side, with their ratio. Each sample types
 * another letter, so the edited name is new text to wrap. The renderer's SVG is a rope that
 * the host flattens when it reads it; the row "+ reading the SVG" counts that too.
 */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const touchpoints of SIZES) {
    const map = generateJourneyMap({ touchpoints });
    const target = map.touchpoints[touchpoints >> 1] as JourneyMap["touchpoints"][number];
    let typed = 0;
    const keystroke = () => {
      const edit = applyOperation(map, { type: "updateTouchpoint", id: target.id, changes: { name: `${target.name}${LETTERS[typed++ % LETTERS.length]}` } });
      if (!edit.ok) throw new Error(edit.issue.message);
      return edit.map;
    };
    applyOperation(map, { type: "updateTouchpoint", id: target.id, changes: { name: target.name } }); // builds the map's id index, as an editor's first edit does
    const renderer = createRenderer();
    const options = { ...samplesFor(touchpoints), minSampleMs: 0 };
    const before = () => void renderer.render(map);
    const incremental = measure(() => renderer.render(keystroke()), before, options);
    const read = measure(() => renderer.render(keystroke()).svg.charCodeAt(0), before, options);
    const full = measure(
      () => renderJourneyMapSvg(keystroke()),
      () => undefined,
      options,
    );
    const size = touchpoints.toLocaleString("en-US");
    const targetMs = keystrokeTarget(touchpoints);
    rows.push({ name: "keystroke: createRenderer", touchpoints, medianMs: incremental, ...(targetMs ? { targetMs } : {}), note: "edit + render, changed cells reported" });
    rows.push({ name: "keystroke: createRenderer + reading the SVG", touchpoints, medianMs: read, note: "the rope flattened, as innerHTML would" });
    rows.push({ name: "keystroke: renderJourneyMapSvg (full)", touchpoints, medianMs: full, note: `edit + full render at ${size}` });
    rows.push({ name: "keystroke: full ÷ createRenderer", touchpoints, medianMs: full / incremental, ratio: true });
  }
  return rows;
}
