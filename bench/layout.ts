import { readFileSync } from "node:fs";
import { join } from "node:path";
import { layoutJourneyMap } from "../src/layout/layout-journey-map";
import { renderSvg } from "../src/render/render-svg";
import { parseJourneyMap } from "../src/validate/safe-parse-journey-map";
import { generateJourneyMap } from "../tests/fixtures/generate-map";
import { type BenchRow, measureSimple } from "./measure";

const exampleMap = (name: string) => parseJourneyMap(JSON.parse(readFileSync(join(import.meta.dirname, "..", "examples", `${name}.json`), "utf8")));

/**
 * Layout and SVG of the examples and of generated maps; the 10k/1k ratio (linear work keeps
 * it near 10); and the floor: building a string as long as the 10k SVG from pieces of the
 * same size, which no renderer can beat.
 */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const name of ["coffee-shop", "saas-onboarding"]) {
    const map = exampleMap(name);
    rows.push({ name: `layout: ${name}`, medianMs: measureSimple(() => layoutJourneyMap(map)), targetMs: 2 });
    const layout = layoutJourneyMap(map);
    rows.push({ name: `render: ${name}`, medianMs: measureSimple(() => renderSvg(layout)), targetMs: 2 });
    rows.push({ name: `layout + render: ${name}`, medianMs: measureSimple(() => renderSvg(layoutJourneyMap(map))), targetMs: 2 });
  }
  const both: Record<number, number> = {};
  let svg10k = "";
  for (const touchpoints of [1_000, 10_000]) {
    const map = generateJourneyMap({ touchpoints });
    const options = { samples: touchpoints === 10_000 ? 15 : 20, warmup: 2, maxTotalMs: 20_000 };
    // Map to SVG first, holding nothing else, as a server rendering one map does.
    const total = measureSimple(() => renderSvg(layoutJourneyMap(map)), options);
    const layoutMs = measureSimple(() => layoutJourneyMap(map), options);
    const layout = layoutJourneyMap(map);
    const renderMs = measureSimple(() => renderSvg(layout), options);
    both[touchpoints] = total;
    const size = renderSvg(layout).length;
    if (touchpoints === 10_000) svg10k = renderSvg(layout);
    const label = touchpoints.toLocaleString("en-US");
    rows.push({ name: `layout: ${label} touchpoints`, medianMs: layoutMs, note: `${layout.cells.length.toLocaleString("en-US")} cells` });
    rows.push({ name: `render: ${label} touchpoints`, medianMs: renderMs, note: `${(size / 1e6).toFixed(1)} MB of SVG` });
    rows.push({ name: `layout + render: ${label} touchpoints`, medianMs: total, ...(touchpoints === 10_000 ? { targetMs: 300 } : {}) });
  }
  const ratio = (both[10_000] as number) / (both[1_000] as number);
  rows.push({ name: "ratio 10k / 1k (layout + render)", medianMs: ratio, targetMs: 12, note: "a ratio, not ms" });

  // The floor: the same number of pieces of the same sizes, concatenated once each.
  const pieces = svg10k.split(/(?<=>)/);
  const floor = measureSimple(
    () => {
      let s = "";
      for (let i = 0; i < pieces.length; i++) s += pieces[i];
      return s.charCodeAt(0); // flattens the rope, as using the SVG would
    },
    { samples: 10, warmup: 2 },
  );
  const layout10k = layoutJourneyMap(generateJourneyMap({ touchpoints: 10_000 }));
  const render10k = measureSimple(() => renderSvg(layout10k).charCodeAt(0), { samples: 10, warmup: 2 });
  rows.push({ name: "string floor: 10k SVG from pieces", medianMs: floor, note: `${pieces.length.toLocaleString("en-US")} pieces` });
  rows.push({ name: "ratio render / floor (10k)", medianMs: render10k / floor, targetMs: 20, note: "a ratio, not ms" });
  return rows;
}
