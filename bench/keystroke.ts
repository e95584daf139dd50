import { applyOperation } from "../src/edit/apply-operation";
import type { JourneyMap } from "../src/model";
import { createRenderer } from "../src/render/create-renderer";
import { renderJourneyMapSvg } from "../src/render/render-journey-map-svg";
import type { JourneyAnalytics } from "../src/measure/journey-analytics";
import { analyticsWith, transitionWith } from "../tests/support/analytics";
import { generateJourneyMap } from "../tests/support/generate-map";
import { type BenchRow, measure } from "./measure";
import { SIZES, samplesFor } from "./sizes";

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** The targets of issue 21, in ms: a keystroke at 1,000 and at 10,000 touchpoints. */
const keystrokeTarget = (touchpoints: number) => (touchpoints === 1_000 ? 2 : touchpoints === 10_000 ? 20 : undefined);

/** `map` with a branch at every tenth touchpoint (to the next two), so that its flow is drawn: tracks, arcs and labels. */
function withBranches(map: JourneyMap): JourneyMap {
  const tps = map.touchpoints;
  const next = (i: number) => [{ touchpointId: (tps[i + 1] as { id: string }).id }, { touchpointId: (tps[i + 2] as { id: string }).id, label: "Order ahead" }];
  return { ...map, touchpoints: tps.map((t, i) => (i % 10 === 0 && i + 2 < tps.length ? { ...t, next: next(i) } : t)) };
}

/**
 * Measurements of `map` as an event log of its journey would give them: every case walks
 * the touchpoints in turn, fewer at each, and every fifth touchpoint is never seen — so that
 * the observed lane is drawn, with a box per touchpoint naming the one that follows.
 */
function walkedAnalytics(map: JourneyMap): JourneyAnalytics {
  const ids = map.touchpoints.map((t) => t.id);
  const cases = 10 * ids.length;
  return analyticsWith({
    cases,
    events: cases,
    matchedEvents: cases,
    touchpoints: ids.map((touchpointId, i) => ({ touchpointId, cases: i % 5 === 4 ? 0 : cases - 5 * i, events: cases - 5 * i })),
    stages: map.stages.map((s) => ({ stageId: s.id, entered: cases, continued: cases, dropOff: 0, medianMinutes: 3, p90Minutes: 8 })),
    transitions: [transitionWith("start", ids[0] as string, cases), ...ids.slice(1).map((to, i) => transitionWith(ids[i] as string, to, cases - 5 * i))],
    conformance: { fitness: 0.9, unobserved: ids.filter((_, i) => i % 5 === 4), unusedEdges: [], undesigned: [] },
  });
}

/** The keystroke on `map` through a renderer (the SVG read or not) and through a full render, median ms each. */
function keystrokes(map: JourneyMap, touchpoints: number, view?: "blueprint", analytics?: JourneyAnalytics): { incremental: number; read: number; full: number } {
  const target = map.touchpoints[touchpoints >> 1] as JourneyMap["touchpoints"][number];
  let typed = 0;
  const keystroke = () => {
    const edit = applyOperation(map, { type: "updateTouchpoint", id: target.id, changes: { name: `${target.name}${LETTERS[typed++ % LETTERS.length]}` } });
    if (!edit.ok) throw new Error(edit.issue.message);
    return edit.map;
  };
  applyOperation(map, { type: "updateTouchpoint", id: target.id, changes: { name: target.name } }); // builds the map's id index, as an editor's first edit does
  const renderOptions = { ...(view ? { view } : {}), ...(analytics ? { analytics } : {}) };
  const renderer = createRenderer(renderOptions);
  const options = { ...samplesFor(touchpoints), minSampleMs: 0 };
  const before = () => void renderer.render(map);
  const incremental = measure(() => renderer.render(keystroke()), before, options);
  const read = measure(() => renderer.render(keystroke()).svg.charCodeAt(0), before, options);
  const full = measure(
    () => renderJourneyMapSvg(keystroke(), renderOptions),
    () => undefined,
    options,
  );
  return { incremental, read, full };
}

/** `map` with a service blueprint: behind each touchpoint a frontstage step that needs a support step, every seventh a fail point. */
function withSteps(map: JourneyMap): JourneyMap {
  const serviceSteps = map.touchpoints.flatMap((t, i) => [
    { id: `step-front-${i}`, touchpointId: t.id, layer: "frontstage" as const, text: `Serve ${t.name}`, dependsOn: [{ stepId: `step-support-${i}` }], evidenceIds: [] },
    { id: `step-support-${i}`, touchpointId: t.id, layer: "support" as const, text: "Point of sale", system: "POS", failPoint: i % 7 === 0, dependsOn: [], evidenceIds: [] },
  ]);
  return { ...map, serviceSteps };
}

/**
 * One keystroke in an editor at each size: a character added to the name of the touchpoint
 * in the middle of the map through `applyOperation`, then the map drawn again — by a
 * `createRenderer` that drew the map before the keystroke (untimed, before each sample), and
 * by `renderJourneyMapSvg` from scratch — side by side, with their ratio. Each sample types
 * another letter, so the edited name is new text to wrap. The renderer's SVG is a rope that
 * the host flattens when it reads it; the row "+ reading the SVG" counts that too. The
 * same keystroke on the map with a branch at every tenth touchpoint times the drawn flow,
 * with measurements passed the observed lane, and on the map with two service steps behind
 * each touchpoint, the blueprint view.
 */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const touchpoints of SIZES) {
    const map = generateJourneyMap({ touchpoints });
    const size = touchpoints.toLocaleString("en-US");
    const timed = keystrokes(map, touchpoints);
    const targetMs = keystrokeTarget(touchpoints);
    rows.push({ name: "keystroke: createRenderer", touchpoints, medianMs: timed.incremental, ...(targetMs ? { targetMs } : {}), note: "edit + render, changed cells reported" });
    rows.push({ name: "keystroke: createRenderer + reading the SVG", touchpoints, medianMs: timed.read, note: "the rope flattened, as innerHTML would" });
    rows.push({ name: "keystroke: renderJourneyMapSvg (full)", touchpoints, medianMs: timed.full, note: `edit + full render at ${size}` });
    rows.push({ name: "keystroke: full ÷ createRenderer", touchpoints, medianMs: timed.full / timed.incremental, ratio: true });
    const branched = keystrokes(withBranches(map), touchpoints);
    rows.push({ name: "keystroke, flow drawn: createRenderer", touchpoints, medianMs: branched.incremental, note: "a branch at every tenth touchpoint" });
    rows.push({ name: "keystroke, flow drawn: full ÷ createRenderer", touchpoints, medianMs: branched.full / branched.incremental, ratio: true });
    const measured = keystrokes(map, touchpoints, undefined, walkedAnalytics(map));
    rows.push({ name: "keystroke, observed lane: createRenderer", touchpoints, medianMs: measured.incremental, note: "measurements passed: reach and transitions drawn" });
    rows.push({ name: "keystroke, observed lane: full ÷ createRenderer", touchpoints, medianMs: measured.full / measured.incremental, ratio: true });
    if (touchpoints > 1_000) continue; // the blueprint of 10,000 touchpoints: 20,000 steps, a second a full render
    const blueprint = keystrokes(withSteps(map), touchpoints, "blueprint");
    rows.push({ name: "keystroke, blueprint view: createRenderer", touchpoints, medianMs: blueprint.incremental, note: "two steps behind each touchpoint" });
    rows.push({ name: "keystroke, blueprint view: full ÷ createRenderer", touchpoints, medianMs: blueprint.full / blueprint.incremental, ratio: true });
  }
  return rows;
}
