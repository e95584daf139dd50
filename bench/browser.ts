import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { fromMermaid } from "../src/io/mermaid/from-mermaid";
import { toMermaid } from "../src/io/mermaid/to-mermaid";
import { bundleForBrowser, launchChromium, mermaidBundle, openPage } from "../tests/browser/browser";
import { generateJourneyMap } from "../tests/support/generate-map";
import { type BenchRow, median } from "./measure";

const DIST = join(import.meta.dirname, "..", "dist");

/**
 * A page that only draws maps, as a user's bundler makes it: `renderJourneyMapSvg` imported
 * from the built package (dist/index.js), bundled and minified by esbuild. Returns the
 * script and its gzip size.
 */
async function renderOnlyPage(): Promise<{ script: string; gzipBytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), "journeykit-render-only-"));
  const entry = join(dir, "page.js");
  const outfile = join(dir, "page.min.js");
  await build({
    stdin: {
      contents: `import { renderJourneyMapSvg } from ${JSON.stringify(join(DIST, "index.js"))}; globalThis.renderOnly = renderJourneyMapSvg;`,
      resolveDir: dir,
      sourcefile: entry,
    },
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    outfile,
    logLevel: "silent",
  });
  const script = readFileSync(outfile, "utf8");
  return { script, gzipBytes: gzipSync(script, { level: 9 }).length };
}

/**
 * The script evaluation of that page in Chromium: parse, compile and run the bundle as an
 * inline script (nothing drawn), in a fresh page each time and with a unique comment, so
 * that no compiled code is reused. Median of `samples`.
 */
async function timeEvaluation(browser: Browser, script: string, samples: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const page = await openPage(browser, []);
    try {
      await page.evaluate("globalThis.__name = (fn) => fn");
      const ms = await page.evaluate((source) => {
        const element = document.createElement("script");
        element.textContent = source;
        const start = performance.now();
        document.head.appendChild(element);
        return performance.now() - start;
      }, `/* sample ${i} */\n${script}`);
      times.push(ms);
    } finally {
      await page.close();
    }
  }
  return median(times);
}

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
 * draw at all. Last, the script evaluation of a page that imports only the renderer from the
 * built package (`npm run bench` builds it first).
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
        ...(touchpoints === 50 ? { targetMs: times.mermaidMs / 200 } : {}),
        note: `${ratio.toFixed(0)}× faster than Mermaid${touchpoints === 50 ? " (target 200×)" : ""}; ${(times.journeykitBytes / 1024).toFixed(0)} KB of SVG`,
      });
      rows.push({
        name: `chromium: journeykit render, ${touchpoints} touchpoints, full map`,
        medianMs: times.fullMs,
        ...(touchpoints === 50 ? { targetMs: Math.min(0.3, times.mermaidMs / 100) } : {}),
        note: `${(times.mermaidMs / times.fullMs).toFixed(0)}× faster than Mermaid, drawing every lane${touchpoints === 50 ? " (target 100× and ≤ 0.3 ms)" : ""}`,
      });
    }
    const renderOnly = await renderOnlyPage();
    rows.push({
      name: "chromium: script evaluation, render only",
      medianMs: await timeEvaluation(browser, renderOnly.script, 15),
      targetMs: 8,
      note: `renderJourneyMapSvg from dist/, bundled: ${(renderOnly.script.length / 1024).toFixed(0)} KB minified, ${(renderOnly.gzipBytes / 1024).toFixed(1)} KB gzip (target ≤ 50)`,
    });
    return rows;
  } finally {
    await browser.close();
  }
}
