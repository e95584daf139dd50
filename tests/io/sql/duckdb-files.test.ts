import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeEventsInDuckDb } from "../../../src/io/sql/duckdb";
import { createEventAnalyzer } from "../../../src/measure/create-event-analyzer";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { LOG_COLUMNS, type LogRow } from "./engines";
import { logRows, mapWithRules, toEventRows } from "./log-arbitraries";

const dir = mkdtempSync(join(tmpdir(), "journeykit-duckdb-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quote = (v: string | number | null) => (v === null ? "" : `"${String(v).replaceAll('"', '""')}"`);
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "").replace(".000", "");

/** The log as a CSV file with zone-less ISO times (read as UTC by both paths). */
function writeCsv(rows: readonly LogRow[], file: string): void {
  const lines = rows.map((r) => [r.case_id, r.name, r.ts === null ? null : iso(r.ts), r.url, r.plan, r.seg, r.line].map(quote).join(","));
  writeFileSync(file, `case_id,name,ts,url,plan,seg,line\n${lines.join("\n")}\n`);
}

async function convert(csv: string, target: string, format: "parquet" | "json"): Promise<void> {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  await c.run(`COPY (SELECT * FROM read_csv('${csv}', header = true, types = {'ts': 'TIMESTAMP', 'line': 'BIGINT'})) TO '${target}' (FORMAT ${format})`);
  c.closeSync();
  db.closeSync();
}

const valid = logRows.map((rows) => rows.filter((r) => r.case_id && r.name && r.ts !== null));

describe("analyzeEventsInDuckDb reading files directly", () => {
  it("gives the streaming analyzer's result from CSV, JSON Lines and Parquet", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(mapWithRules, valid, fc.boolean(), async (map, rows, collapseRepeats) => {
        fc.pre(rows.length > 0);
        const csv = join(dir, `log-${run}.csv`);
        const parquet = join(dir, `log-${run}.parquet`);
        const jsonl = join(dir, `log-${run++}.jsonl`);
        writeCsv(rows, csv);
        await convert(csv, parquet, "parquet");
        await convert(csv, jsonl, "json");
        const analyzer = createEventAnalyzer(map, { collapseRepeats });
        analyzer.addAll(toEventRows(rows).map((r) => ({ ...r, time: iso(r.time as number) })));
        const expected = JSON.stringify({ ...analyzer.result(), rejected: [] });
        for (const source of [{ csv }, { parquet }, { jsonl }]) {
          const result = await analyzeEventsInDuckDb(map, { source, columns: LOG_COLUMNS, collapseRepeats });
          expect(JSON.stringify(result), Object.keys(source)[0]).toBe(expected);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("rejects with DuckDB's error naming a file that does not exist", async () => {
    const map = fc.sample(mapWithRules, { numRuns: 1, seed: 1 })[0]!;
    await expect(analyzeEventsInDuckDb(map, { source: { csv: join(dir, "missing.csv") } })).rejects.toThrow(/missing\.csv/);
  });

  it("gives the same result on one thread as on every core", async () => {
    const map = parseJourneyMap({
      schemaVersion: 1,
      id: "m",
      title: "Shop",
      stages: [{ id: "s", name: "Buy" }],
      touchpoints: [
        { id: "tp-view", stageId: "s", name: "View", observe: [{ event: "view" }] },
        { id: "tp-cart", stageId: "s", name: "Cart", observe: [{ event: "cart.*" }] },
      ],
    });
    const names = ["view", "cart.add", "view", "other", "cart.pay"];
    const rows: LogRow[] = Array.from({ length: 200 }, (_, i) => ({
      case_id: `c${i % 23}`,
      name: names[i % 5] as string,
      ts: Date.UTC(2026, 2, 1) + i * 60_000,
      url: null,
      plan: null,
      seg: null,
      line: i,
    }));
    const csv = join(dir, "threads.csv");
    const parquet = join(dir, "threads.parquet");
    writeCsv(rows, csv);
    await convert(csv, parquet, "parquet");
    const every = await analyzeEventsInDuckDb(map, { source: { parquet }, columns: LOG_COLUMNS });
    const one = await analyzeEventsInDuckDb(map, { source: { parquet }, columns: LOG_COLUMNS, threads: 1 });
    expect(one.cases).toBe(23);
    expect(JSON.stringify(one)).toBe(JSON.stringify(every));
  });

  it.each([0, 1.5, 2000, "2"])("rejects threads %j with a RangeError naming the option", async (threads) => {
    const map = fc.sample(mapWithRules, { numRuns: 1, seed: 1 })[0]!;
    await expect(analyzeEventsInDuckDb(map, { source: { csv: join(dir, "threads.csv") }, threads: threads as number })).rejects.toThrow(
      /invalid threads: expected an integer from 1 to 1024/,
    );
  });
});
