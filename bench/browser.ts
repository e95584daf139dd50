import { fromMermaid } from "../src/io/mermaid/from-mermaid";
import { toMermaid } from "../src/io/mermaid/to-mermaid";
import { bundleForBrowser, launchChromium, mermaidBundle, openPage } from "../tests/browser/browser";
import { generateJourneyMap } from "../tests/support/generate-map";
import type { BenchRow } from "./measure";

interface PageTimes {
  mermaidMs: number;
  journeykitMs: number;
  fullMs: number;
  mermaidBytes: number;
  journeykitBytes: number;
}

/**
 * Runs in the page: Mermaid's `journey` and journeykit's renderer on the same journey,
 * each warmed up, then timed. Mermaid is async and slow, so each call is timed; journeykit
 * runs in batches so the page clock's 0.1 ms resolution does not dominate. Medians.
 */
async function timeInPage({ mapJson, fullJson, mermaidText, samples }: { mapJson: string; fullJson: string; mermaidText: string; samples: number }): Promise<PageTimes> {
  const w = window as unknown as {
    mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> };
    journeykit: { renderJourneyMapSvg(map: unknown): string };
  };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
  w.mermaid.initialize({ startOnLoad: false });
  const map = JSON.parse(mapJson);
  let mermaidBytes = 0;
  for (let i = 0; i < 3; i++) mermaidBytes = (await w.mermaid.render(`warm${i}`, mermaidText)).svg.length;
  const mermaidTimes: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await w.mermaid.render(`m${i}`, mermaidText);
    mermaidTimes.push(performance.now() - start);
  }
  let journeykitBytes = 0;
  for (let i = 0; i < 20; i++) journeykitBytes = w.journeykit.renderJourneyMapSvg(map).length;
  const batch = 20;
  const journeykitTimes: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) w.journeykit.renderJourneyMapSvg(map);
    journeykitTimes.push((performance.now() - start) / batch);
  }
  const full = JSON.parse(fullJson);
  for (let i = 0; i < 20; i++) w.journeykit.renderJourneyMapSvg(full);
  const fullTimes: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) w.journeykit.renderJourneyMapSvg(full);
    fullTimes.push((performance.now() - start) / batch);
  }
  return { mermaidMs: median(mermaidTimes), journeykitMs: median(journeykitTimes), fullMs: median(fullTimes), mermaidBytes, journeykitBytes };
}

/**
 * Side by side in one Chromium page: Mermaid's `journey` renderer against journeykit's
 * layout + SVG on the same content — the Mermaid diagram of a generated map, imported
 * with `fromMermaid` (task names, scores, actors) — at 10 and 50 touchpoints. Target:
 * journeykit at least 100× faster at 50. Also timed: journeykit on the full generated map
 * (actions, thoughts, feelings, pain points, opportunities, owners), which Mermaid cannot
 * draw at all.
 */
export async function bench(): Promise<BenchRow[]> {
  const browser = await launchChromium();
  try {
    const page = await openPage(browser, [mermaidBundle(), await bundleForBrowser()]);
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.evaluate("globalThis.__name = (fn) => fn");
    const rows: BenchRow[] = [];
    for (const touchpoints of [10, 50]) {
      const full = generateJourneyMap({ touchpoints, stages: 5 });
      const mermaidText = toMermaid(full);
      const same = fromMermaid(mermaidText);
      if (!same.success) throw new Error("the generated map's Mermaid diagram does not import");
      const times = await page.evaluate(timeInPage, { mapJson: JSON.stringify(same.data), fullJson: JSON.stringify(full), mermaidText, samples: 15 });
      const ratio = times.mermaidMs / times.journeykitMs;
      rows.push({ name: `chromium: mermaid journey, ${touchpoints} tasks`, medianMs: times.mermaidMs, note: `${(times.mermaidBytes / 1024).toFixed(0)} KB of SVG` });
      rows.push({
        name: `chromium: journeykit render, ${touchpoints} touchpoints`,
        medianMs: times.journeykitMs,
        ...(touchpoints === 50 ? { targetMs: times.mermaidMs / 100 } : {}),
        note: `${ratio.toFixed(0)}× faster than Mermaid${touchpoints === 50 ? " (target 100×)" : ""}; ${(times.journeykitBytes / 1024).toFixed(0)} KB of SVG`,
      });
      rows.push({
        name: `chromium: journeykit render, ${touchpoints} touchpoints, full map`,
        medianMs: times.fullMs,
        note: `${(times.mermaidMs / times.fullMs).toFixed(0)}× faster than Mermaid, drawing every lane`,
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
