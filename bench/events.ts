/**
 * Event analytics (issue 16): the streaming analyzer from an in-memory array beside a bare
 * loop over the same rows; end to end from a CSV file beside papaparse parsing it alone;
 * peak RSS of 10M events of 1M cases, in a child process that measures its own peak; and
 * pm4js (CSV import, frequency and performance DFG) on the same 1M-event log.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { coffeeShopMeasuredMap, eventLogCsv, simulateEventLog, COFFEE_SHOP_FLOW, COFFEE_SHOP_QUIT } from "../scripts/generate-event-log";
import { readEventsCsv } from "../src/io/events/read-events-csv";
import { analyzeEvents } from "../src/measure/analyze-events";
import { createEventAnalyzer } from "../src/measure/create-event-analyzer";
import type { EventRow } from "../src/measure/event-row";
import { type BenchRow, median } from "./measure";

const EVENTS = 1_000_000;
const columns = { case: "customer_id", event: "event", time: "timestamp" };

function log(events: number): EventRow[] {
  const map = coffeeShopMeasuredMap();
  // About 8.4 rows per customer on this map.
  const rows = simulateEventLog(map, { cases: Math.ceil(events / 8), seed: 3, quit: COFFEE_SHOP_QUIT, emit: (id) => COFFEE_SHOP_FLOW[id]?.emit ?? { event: id } });
  return rows.slice(0, events);
}

/** CPU milliseconds (user + system) of the last timed call: on a shared machine, wall time also counts other processes. */
let lastCpuMs = 0;

function time(fn: () => unknown, samples: number): number {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let s = 0; s < samples; s++) {
    const usage = process.cpuUsage();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
  }
  lastCpuMs = median(cpu);
  return median(times);
}

async function timeAsync(fn: () => Promise<unknown>, samples: number): Promise<number> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let s = 0; s < samples; s++) {
    const usage = process.cpuUsage();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
  }
  lastCpuMs = median(cpu);
  return median(times);
}

const rate = (events: number, ms: number) => `${(events / ms / 1000).toFixed(2)}M events/s`;

/** The child: 10M events of 1M cases streamed through the analyzer, every case open at once; prints its peak RSS in MiB. */
function rssChild(): void {
  const map = coffeeShopMeasuredMap();
  const names = map.touchpoints.map((t) => COFFEE_SHOP_FLOW[t.id]?.emit.event ?? t.id);
  const analyzer = createEventAnalyzer(map);
  const cases = 1_000_000;
  const base = Date.UTC(2026, 2, 1);
  for (let round = 0; round < 10; round++) {
    for (let c = 0; c < cases; c++) {
      const event = names[(round + (c % 3 === 0 && round > 5 ? 1 : 0)) % names.length] as string;
      analyzer.add({ caseId: `customer-${c}`, event, time: base + round * 3_600_000 + c });
    }
  }
  const result = analyzer.result();
  process.stdout.write(
    `${JSON.stringify({ peakMiB: process.resourceUsage().maxRSS / 1024, events: result.matchedEvents + (result.events - result.matchedEvents), cases: result.cases })}\n`,
  );
}

function peakRss(): { peakMiB: number; events: number; cases: number } {
  const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--events-rss-child"], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`the RSS child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1) as string);
}

function pm4jsMs(text: string): number {
  createRequire(import.meta.url)("pm4js/init.js");
  const g = globalThis as unknown as Record<string, { apply: (...args: unknown[]) => unknown }>;
  const start = performance.now();
  const eventLog = g.CsvImporter?.apply(text, ",", '"', "customer_id", "event", "timestamp");
  g.FrequencyDfgDiscovery?.apply(eventLog, "event");
  g.PerformanceDfgDiscovery?.apply(eventLog, "event");
  return performance.now() - start;
}

export async function bench(): Promise<BenchRow[]> {
  const map = coffeeShopMeasuredMap();
  const rows = log(EVENTS);
  const bare = time(() => {
    let sum = 0;
    for (const row of rows) sum += row.caseId.length + row.event.length + (row.time as string).length;
    return sum;
  }, 5);
  const analyzer = time(() => {
    const a = createEventAnalyzer(map);
    a.addAll(rows);
    return a.result();
  }, 3);
  const analyzerCpu = lastCpuMs;
  const dir = mkdtempSync(join(tmpdir(), "journeykit-events-"));
  try {
    const file = join(dir, "events.csv");
    writeFileSync(file, eventLogCsv(rows));
    const text = readFileSync(file, "utf8");
    const endToEnd = await timeAsync(() => analyzeEvents(map, readEventsCsv(createReadStream(file), { columns })), 3);
    const endToEndCpu = lastCpuMs;
    const parseOnly = await timeAsync(
      () =>
        new Promise<void>((resolve, reject) => Papa.parse(createReadStream(file) as unknown as File, { header: true, chunk: () => {}, complete: () => resolve(), error: reject })),
      3,
    );
    const ours = await timeAsync(() => analyzeEvents(map, readEventsCsv(text, { columns })), 1);
    const theirs = pm4jsMs(text);
    const rss = peakRss();
    return [
      { name: "events: bare loop over 1M in-memory rows", medianMs: bare },
      {
        name: "events: createEventAnalyzer, 1M in-memory rows",
        medianMs: analyzer,
        targetMs: 1000,
        note: `${rate(EVENTS, analyzer)} (target ≥ 1M/s), ${analyzerCpu.toFixed(0)} ms CPU; bare loop ${bare.toFixed(1)} ms`,
      },
      { name: "events: papaparse parse only, 1M-row CSV file", medianMs: parseOnly, note: rate(EVENTS, parseOnly) },
      {
        name: "events: CSV file end to end (read, parse, match, analyse), 1M rows",
        medianMs: endToEnd,
        targetMs: 2000,
        note: `${rate(EVENTS, endToEnd)} (target ≥ 0.5M/s), ${endToEndCpu.toFixed(0)} ms CPU; papaparse alone ${parseOnly.toFixed(0)} ms`,
      },
      { name: "events: pm4js CSV import + frequency and performance DFG, 1M rows", medianMs: theirs, note: rate(EVENTS, theirs) },
      { name: "events: journeykit on the same CSV text", medianMs: ours, targetMs: theirs / 5, note: `${(theirs / ours).toFixed(1)}× pm4js (target ≥ 5×)` },
      {
        name: "events: peak RSS, 10M events of 1M cases (MiB, not ms)",
        medianMs: rss.peakMiB,
        targetMs: 1024,
        note: `${rss.events.toLocaleString("en-US")} events, ${rss.cases.toLocaleString("en-US")} cases, child process maxRSS`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes("--events-rss-child")) rssChild();
