/**
 * The same journey analytics four ways, side by side on one generated log (the coffee-shop
 * walk of scripts/generate-event-log.ts, 1.2M cases, about 10.3M events): the Node streaming
 * path (CSV → readEventsCsv → analyzeEvents), DuckDB reading the CSV, DuckDB reading
 * Parquet, and PostgreSQL on a loaded table — wall time and peak memory, each in a process
 * of its own (Node and DuckDB from Parquet three times, interleaved, by their median run),
 * and a digest of each result to show that they agree.
 * `JOURNEYKIT_BENCH_CASES` changes the size; PostgreSQL needs JOURNEYKIT_POSTGRES_URL.
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import { coffeeShopMeasuredMap, COFFEE_SHOP_FLOW, COFFEE_SHOP_QUIT, simulateEventLog } from "../scripts/generate-event-log";
import type { BenchRow } from "./measure";

const CASES = Number(process.env.JOURNEYKIT_BENCH_CASES ?? 1_200_000);
const dir = join(tmpdir(), "journeykit-bench-sql");
const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

async function writeLog(file: string): Promise<number> {
  const map = coffeeShopMeasuredMap();
  const out = createWriteStream(file);
  out.write("customer_id,event,timestamp,url,segment,source\n");
  let events = 0;
  const chunk = 10_000;
  for (let from = 0; from < CASES; from += chunk) {
    const rows = simulateEventLog(map, {
      cases: Math.min(chunk, CASES - from),
      seed: from + 1,
      quit: COFFEE_SHOP_QUIT,
      emit: (id) => COFFEE_SHOP_FLOW[id]?.emit ?? { event: id },
      from: Date.UTC(2026, 2, 2, 8) + from * 60_000,
    });
    const text = rows
      .map((r) => [`${from}-${r.caseId}`, r.event, String(r.time), r.url ?? "", r.segment ?? "", String(r.properties?.source ?? "")].map(field).join(","))
      .join("\n");
    events += rows.length;
    if (!out.write(`${text}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return events;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function toParquet(csv: string, parquet: string): Promise<void> {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  await c.run(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet)`);
  c.closeSync();
  db.closeSync();
}

async function loadPostgres(csv: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.JOURNEYKIT_POSTGRES_URL });
  await client.connect();
  await client.query("DROP TABLE IF EXISTS bench_events; CREATE TABLE bench_events (customer_id text, event text, timestamp timestamptz, url text, segment text, source text)");
  await client.query(`COPY bench_events FROM '${csv}' WITH (FORMAT csv, HEADER true)`);
  await client.query("ANALYZE bench_events");
  await client.end();
}

function child(mode: string, csv: string, parquet: string): { ms: number; cpuMs: number; peakMb: number; serverPeakMb?: number; events: number; digest: string } {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "sql-child.ts"), mode, csv, parquet], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop() as string);
}

type ChildResult = ReturnType<typeof child>;

/** The run of median wall time of `runs` (they agree on everything else but time and memory). */
function medianRun(runs: readonly ChildResult[]): ChildResult {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)] as ChildResult;
}

/**
 * Each path in a process of its own; the two the speed-up compares (Node, DuckDB from
 * Parquet) `JOURNEYKIT_BENCH_SQL_RUNS` times (default 3), interleaved, each reported by its
 * median run — a shared machine's noise then falls on both alike.
 */
function runModes(modes: readonly string[], csv: string, parquet: string): Record<string, ChildResult> {
  const repeats = Math.max(1, Number(process.env.JOURNEYKIT_BENCH_SQL_RUNS ?? 3));
  const compared = ["node", "duckdb-parquet"];
  const runs: Record<string, ChildResult[]> = Object.fromEntries(modes.map((m) => [m, []]));
  for (let r = 0; r < repeats; r++) for (const mode of compared) runs[mode]?.push(child(mode, csv, parquet));
  for (const mode of modes) if (!compared.includes(mode)) runs[mode]?.push(child(mode, csv, parquet));
  return Object.fromEntries(modes.map((m) => [m, medianRun(runs[m] as ChildResult[])]));
}

/** Wall time of each path (in ms) and the ratios the issue sets targets for. */
export async function bench(): Promise<BenchRow[]> {
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `log-${CASES}.csv`);
  const parquet = join(dir, `log-${CASES}.parquet`);
  const generated = existsSync(csv) ? undefined : await timed(() => writeLog(csv));
  const convert = existsSync(parquet) ? undefined : await timed(() => toParquet(csv, parquet));
  const withPostgres = process.env.JOURNEYKIT_POSTGRES_URL !== undefined;
  const load = withPostgres ? await timed(() => loadPostgres(csv)) : undefined;
  const modes = ["node", "duckdb-csv", "duckdb-parquet", "duckdb-parquet-1-thread", ...(withPostgres ? ["postgres"] : [])];
  const results = runModes(modes, csv, parquet);
  const node = results.node as ReturnType<typeof child>;
  const agree = new Set(Object.values(results).map((r) => r.digest)).size === 1;
  const size = `${(statSync(csv).size / 2 ** 20).toFixed(0)} MB CSV, ${(statSync(parquet).size / 2 ** 20).toFixed(0)} MB Parquet`;
  const note = (r: ReturnType<typeof child>) =>
    `${(r.events / 1e6).toFixed(1)}M events, CPU ${(r.cpuMs / 1000).toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB${r.serverPeakMb ? ` (server backend ${r.serverPeakMb.toFixed(0)} MB)` : ""}, result ${r.digest}${agree ? "" : " (DIFFERS)"}`;
  const rows: BenchRow[] = modes.map((mode) => ({
    name: `events → analytics: ${mode}`,
    medianMs: (results[mode] as ReturnType<typeof child>).ms,
    note: note(results[mode] as ReturnType<typeof child>),
  }));
  rows.push({ name: "DuckDB Parquet speed-up over Node (≥ 3×)", medianMs: node.ms / (results["duckdb-parquet"] as ReturnType<typeof child>).ms, ratio: true, note: size });
  const parquetRun = results["duckdb-parquet"] as ReturnType<typeof child>;
  // On a machine shared with other work, CPU time is the steadier figure: Node's is one core's, DuckDB's spread over all of them.
  rows.push({
    name: "Node CPU time ÷ DuckDB Parquet CPU time",
    medianMs: node.cpuMs / parquetRun.cpuMs,
    ratio: true,
    note: `${availableParallelism()} cores; ÷ cores: ${((node.cpuMs / parquetRun.cpuMs) * availableParallelism()).toFixed(2)}× on an idle machine at best`,
  });
  const oneThread = results["duckdb-parquet-1-thread"] as ReturnType<typeof child>;
  // What the engine does per core, whatever the machine's cores: the speed-up above is at most this × the cores it uses.
  rows.push({ name: "Node ÷ DuckDB Parquet on one thread, wall", medianMs: node.ms / oneThread.ms, ratio: true, note: `CPU ${(node.cpuMs / oneThread.cpuMs).toFixed(2)}×` });
  rows.push({ name: "Node ÷ DuckDB CSV (≤ 2×)", medianMs: node.ms / (results["duckdb-csv"] as ReturnType<typeof child>).ms, ratio: true, targetMs: 2 });
  const setup = [
    generated && `log written in ${(generated / 1000).toFixed(1)} s`,
    convert && `Parquet in ${(convert / 1000).toFixed(1)} s`,
    load && `PostgreSQL COPY in ${(load / 1000).toFixed(1)} s`,
  ]
    .filter(Boolean)
    .join(", ");
  if (setup) rows.push({ name: "SQL bench setup (not timed above)", medianMs: (generated ?? 0) + (convert ?? 0) + (load ?? 0), note: setup });
  return rows;
}
