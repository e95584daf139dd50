/**
 * One path of the SQL benchmark, run in a process of its own so that its peak memory is its
 * own: `tsx bench/sql-child.ts <node|duckdb-csv|duckdb-parquet|duckdb-parquet-1-thread|postgres> <csv> <parquet>`.
 * Prints one JSON line: wall time, peak RSS, and a digest of the result to compare paths.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFileSync } from "node:fs";
import pg from "pg";
import { analyzeEventsInDuckDb } from "../src/io/sql/duckdb";
import { analyticsFromAggregates } from "../src/io/sql/analytics-from-aggregates";
import { eventsSql } from "../src/io/sql/events-sql";
import { readEventsCsv } from "../src/io/events/read-events-csv";
import { analyzeEvents } from "../src/measure/analyze-events";
import type { JourneyAnalytics } from "../src/measure/journey-analytics";
import { coffeeShopMeasuredMap } from "../scripts/generate-event-log";

export const BENCH_COLUMNS = { case: "customer_id", time: "timestamp", url: "url", segment: "segment", properties: { source: "source" } } as const;

function backendPeakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** CPU milliseconds of a process (user + system), and of its reaped children (PostgreSQL's parallel workers end up in the postmaster's). */
function processCpuMs(pid: number, children = false): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
    .replace(/^.*\) /s, "")
    .split(" ")
    .map(Number);
  // After the name: state is field 3, so utime/stime/cutime/cstime (14–17) are at 11–14 here; ticks of 10 ms.
  const ticks = children ? (fields[13] ?? 0) + (fields[14] ?? 0) : (fields[11] ?? 0) + (fields[12] ?? 0);
  return ticks * 10;
}

async function run(mode: string, csv: string, parquet: string): Promise<{ analytics: JourneyAnalytics; serverPeakMb?: number; serverCpuMs?: number }> {
  const map = coffeeShopMeasuredMap();
  const { properties, ...columns } = BENCH_COLUMNS;
  if (mode === "node") return { analytics: await analyzeEvents(map, readEventsCsv(createReadStream(csv), { columns, properties: Object.keys(properties) })) };
  if (mode === "duckdb-csv") return { analytics: await analyzeEventsInDuckDb(map, { source: { csv }, columns: BENCH_COLUMNS }) };
  if (mode === "duckdb-parquet") return { analytics: await analyzeEventsInDuckDb(map, { source: { parquet }, columns: BENCH_COLUMNS }) };
  if (mode === "duckdb-parquet-1-thread") return { analytics: await analyzeEventsInDuckDb(map, { source: { parquet }, columns: BENCH_COLUMNS, threads: 1 }) };
  const client = new pg.Client({ connectionString: process.env.JOURNEYKIT_POSTGRES_URL });
  await client.connect();
  try {
    const pid = (await client.query("SELECT pg_backend_pid() AS pid")).rows[0].pid as number;
    const dataDir = (await client.query("SHOW data_directory")).rows[0].data_directory as string;
    const postmaster = Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
    await client.query("SET work_mem = '256MB'");
    const before = processCpuMs(pid) + processCpuMs(postmaster, true);
    const rows = (await client.query(eventsSql(map, { dialect: "postgres", table: "bench_events", columns: BENCH_COLUMNS }))).rows;
    const serverCpuMs = processCpuMs(pid) + processCpuMs(postmaster, true) - before;
    return { analytics: analyticsFromAggregates(map, rows), serverPeakMb: backendPeakMb(pid), serverCpuMs };
  } finally {
    await client.end();
  }
}

if (process.argv[1]?.endsWith("sql-child.ts")) await main();
async function main() {
  const [mode = "node", csv = "", parquet = ""] = process.argv.slice(2);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { analytics, serverPeakMb, serverCpuMs } = await run(mode, csv, parquet);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000 + (serverCpuMs ?? 0);
  const digest = createHash("sha256")
    .update(JSON.stringify({ ...analytics, rejected: [] }))
    .digest("hex")
    .slice(0, 16);
  process.stdout.write(
    `${JSON.stringify({ mode, ms, cpuMs, peakMb: process.resourceUsage().maxRSS / 1024, serverPeakMb, events: analytics.events, cases: analytics.cases, digest })}\n`,
  );
}
