import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GCProfiler, getHeapStatistics } from "node:v8";
import { layoutJourneyMap } from "../src/layout/layout-journey-map";
import { renderSvg } from "../src/render/render-svg";
import { parseJourneyMap } from "../src/validate/safe-parse-journey-map";
import { generateJourneyMap } from "../tests/support/generate-map";
import { type BenchRow, measureSimple, median } from "./measure";
import { SIZES, samplesFor } from "./sizes";

const exampleMap = (name: string) => parseJourneyMap(JSON.parse(readFileSync(join(import.meta.dirname, "..", "examples", `${name}.json`), "utf8")));

/**
 * The floor: concatenating the same number of pieces of the same sizes as `svg` (split
 * after each `>`), which no renderer producing that output can beat.
 */
function stringFloor(svg: string, samples: { samples: number; warmup: number }): { ms: number; pieces: number } {
  const pieces = svg.split(/(?<=>)/);
  const ms = measureSimple(() => {
    let s = "";
    for (let i = 0; i < pieces.length; i++) s += pieces[i];
    return s.charCodeAt(0); // flattens the rope, as using the SVG would
  }, samples);
  return { ms, pieces: pieces.length };
}

/**
 * Bytes allocated by one call of `fn` (the median of `calls`), machine-independent where
 * times are not: the heap's growth between collections, summed over the collections the
 * call ran into (from V8's heap statistics before and after each), plus its growth after
 * the last one.
 */
function allocatedBytes(fn: () => unknown, calls = 5): number {
  const bytes: number[] = [];
  for (let i = 0; i < calls; i++) {
    const profiler = new GCProfiler();
    let last = getHeapStatistics().used_heap_size;
    profiler.start();
    fn();
    const end = getHeapStatistics().used_heap_size;
    let total = 0;
    for (const gc of profiler.stop().statistics) {
      total += gc.beforeGC.heapStatistics.usedHeapSize - last;
      last = gc.afterGC.heapStatistics.usedHeapSize;
    }
    bytes.push(total + end - last);
  }
  return median(bytes);
}

/**
 * What one call of `fn` costs in the kernel, as the mean of `calls` calls: the minor page
 * faults (memory the process touches for the first time since the heap last gave it back)
 * and the system CPU time, of the whole process (the collector's threads too). A fault
 * costs microseconds on a virtual machine, so a call that grows the heap by pages it had
 * given back pays for them again each time: the part of its time that grows faster than
 * its work.
 */
function kernelCost(fn: () => unknown, calls = 10): { faults: number; systemMs: number } {
  fn();
  const before = process.resourceUsage();
  for (let i = 0; i < calls; i++) fn();
  const after = process.resourceUsage();
  return { faults: (after.minorPageFault - before.minorPageFault) / calls, systemMs: (after.systemCPUTime - before.systemCPUTime) / 1000 / calls };
}

/**
 * Layout and SVG of the examples and of generated maps; the 10k/1k ratio (linear work keeps
 * it near 10); per size, the string-building floor for the same output and the kernel's
 * share (page faults); and the floor's own 10k/1k ratio, which shows how much faster than
 * the work this machine's time grows at that size (caches, fresh pages).
 */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const total: Record<number, number> = {};
  const floors: Record<number, number> = {};
  for (const touchpoints of SIZES) {
    const map = generateJourneyMap({ touchpoints });
    const options = samplesFor(touchpoints);
    // Map to SVG first, holding nothing else, as a server rendering one map does.
    total[touchpoints] = measureSimple(() => renderSvg(layoutJourneyMap(map)), options);
    const layoutMs = measureSimple(() => layoutJourneyMap(map), options);
    const layout = layoutJourneyMap(map);
    const renderMs = measureSimple(() => renderSvg(layout).charCodeAt(0), options);
    const svg = renderSvg(layout);
    const floor = stringFloor(svg, options);
    const size = touchpoints.toLocaleString("en-US");
    rows.push({ name: "layout", touchpoints, medianMs: layoutMs, note: `${layout.cells.length.toLocaleString("en-US")} cells at ${size}` });
    rows.push({ name: "render", touchpoints, medianMs: renderMs, note: `${(svg.length / 1e6).toFixed(1)} MB of SVG at ${size}` });
    const allocated = allocatedBytes(() => renderSvg(layoutJourneyMap(map)));
    rows.push({
      name: "layout + render",
      touchpoints,
      medianMs: total[touchpoints] as number,
      ...(touchpoints === 10_000 ? { targetMs: 120 } : {}),
      note: `${(allocated / 1e6).toFixed(1)} MB allocated a call at ${size}`,
    });
    rows.push({ name: "string floor, same SVG size", touchpoints, medianMs: floor.ms, note: `${floor.pieces.toLocaleString("en-US")} pieces at ${size}` });
    rows.push({ name: "render ÷ string floor", touchpoints, medianMs: renderMs / floor.ms, targetMs: 20, ratio: true });
    floors[touchpoints] = floor.ms;
    const kernel = kernelCost(() => renderSvg(layoutJourneyMap(map)), touchpoints >= 10_000 ? 10 : 50);
    rows.push({
      name: "kernel time, layout + render",
      touchpoints,
      medianMs: kernel.systemMs,
      note: `mean; ${Math.round(kernel.faults).toLocaleString("en-US")} page faults (${((kernel.faults * 4096) / 1e6).toFixed(1)} MB) a call`,
    });
  }
  rows.push({ name: "layout + render: ratio 10k ÷ 1k", medianMs: (total[10_000] as number) / (total[1_000] as number), targetMs: 11, ratio: true, note: "10 would be linear" });
  rows.push({
    name: "string floor: ratio 10k ÷ 1k",
    medianMs: (floors[10_000] as number) / (floors[1_000] as number),
    ratio: true,
    note: "the same pieces joined: the machine's own growth",
  });
  for (const name of ["coffee-shop", "saas-onboarding"]) {
    const map = exampleMap(name);
    const touchpoints = map.touchpoints.length;
    rows.push({ name: `layout + render: examples/${name}.json`, medianMs: measureSimple(() => renderSvg(layoutJourneyMap(map))), targetMs: 2, note: `${touchpoints} touchpoints` });
  }
  return rows;
}
