import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEventsCsv } from "../../src/io/events/read-events-csv";
import { analyzeEvents } from "../../src/measure/analyze-events";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { coffeeShopMeasuredMap } from "../../scripts/generate-event-log";
import { type CliResult, buildCli, runCli } from "./run-cli";

const root = join(import.meta.dirname, "..", "..");
const log = join(root, "examples", "coffee-shop-events.csv");
const columns = "case=customer_id,time=timestamp";
let cli: string;
let work: string;
const run = (args: string[]): CliResult => runCli(cli, args, { cwd: work });
const map = coffeeShopMeasuredMap();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "journeykit-measure-"));
  writeFileSync(join(work, "map.json"), JSON.stringify(map));
  // Bundled like the published CLI, next to node_modules so that the optional DuckDB is found.
  cli = await buildCli(mkdtempSync(join(root, "node_modules", ".journeykit-cli-")));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(cli, ".."), { recursive: true, force: true });
});

const streamed = async () => analyzeEvents(map, readEventsCsv(readFileSync(log, "utf8"), { columns: { case: "customer_id", time: "timestamp" } }));

describe("journeykit measure", () => {
  it("prints the analytics of an event log, as analyzeEvents computes them", async () => {
    const result = run(["measure", "map.json", log, "--columns", columns]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(await streamed())));
  });

  it("gives the same result from an embedded DuckDB (--engine duckdb)", async () => {
    const result = run(["measure", "map.json", log, "--columns", columns, "--engine", "duckdb"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ...JSON.parse(JSON.stringify(await streamed())), rejected: [] });
  });

  it("prints the SQL (--sql), and reads its result back (--from-aggregates)", async () => {
    // A table's columns are not known to the SQL: name the url column the CSV reader finds by itself.
    const sql = run(["measure", "map.json", "--sql", "--dialect", "duckdb", "--table", "events", "--columns", `${columns},url=url`]);
    expect(sql.code).toBe(0);
    expect(sql.stdout.startsWith("WITH")).toBe(true);
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    await connection.run(`CREATE TABLE events AS SELECT * FROM read_csv('${log}', header = true)`);
    await connection.run(`COPY (${sql.stdout.trim()}) TO '${join(work, "result.csv")}' (HEADER, DELIMITER ',')`);
    connection.closeSync();
    db.closeSync();
    const back = run(["measure", "map.json", "--from-aggregates", "result.csv"]);
    expect(back.stderr).toBe("");
    expect(JSON.parse(back.stdout)).toEqual({ ...JSON.parse(JSON.stringify(await streamed())), rejected: [] });
  });

  it("records the measurement in the map with --apply --as-of, as undoable operations would", () => {
    const result = run(["measure", "map.json", log, "--columns", columns, "--apply", "--as-of", "2026-06-30", "-o", "measured.json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("wrote measured.json");
    const measured = safeParseJourneyMap(readFileSync(join(work, "measured.json"), "utf8"));
    expect(measured.success).toBe(true);
    const evidence = measured.data!.evidence.find((e) => e.kind === "analytics" && e.collectedAt === "2026-06-30");
    expect(evidence).toMatchObject({ collectedAt: "2026-06-30", sampleSize: 300 });
    expect(measured.data!.touchpoints.filter((t) => t.evidenceIds.includes(evidence!.id)).length).toBeGreaterThan(5);
  });

  it("reads survey answers (--surveys), prints their summaries, and records them with --apply", () => {
    const answers = ["touchpoint,scale,value,persona", ...Array.from({ length: 40 }, (_, i) => `tp-queue,csat-5,${1 + (i % 3)},p-maya`)].join("\n");
    writeFileSync(join(work, "answers.csv"), answers);
    const printed = run(["measure", "map.json", "--surveys", "answers.csv"]);
    expect(printed.stderr).toBe("");
    const [first] = JSON.parse(printed.stdout) as { survey: { touchpointId: string; counts: number[] }; summary: { n: number; mean: number } }[];
    expect(first?.survey).toMatchObject({ touchpointId: "tp-queue", counts: [14, 13, 13, 0, 0] });
    expect(first?.summary.n).toBe(40);
    expect(first?.summary.mean).toBeCloseTo((14 * 1 + 13 * 2 + 13 * 3) / 40, 12);
    const applied = run(["measure", "map.json", "--surveys", "answers.csv", "--apply", "--as-of", "2026-06-30", "-o", "surveyed.json"]);
    expect(applied.code).toBe(0);
    const surveyed = safeParseJourneyMap(readFileSync(join(work, "surveyed.json"), "utf8"));
    expect(surveyed.success).toBe(true);
    expect(surveyed.data!.surveys).toHaveLength(1);
    expect(surveyed.data!.evidence.some((e) => e.kind === "survey" && e.sampleSize === 40)).toBe(true);
    writeFileSync(join(work, "bad.csv"), "touchpoint,scale,value\ntp-nowhere,csat-5,3\n");
    const bad = run(["measure", "map.json", "--surveys", "bad.csv"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.csv:2/);
  });

  it("refuses what it cannot do with a usage error (exit 2)", () => {
    expect(run(["measure", "map.json", log, "--columns", "cse=customer_id"]).stderr).toContain('did you mean "case"');
    expect(run(["measure", "map.json", log, "--apply"]).stderr).toContain("--apply needs --as-of");
    expect(run(["measure", "map.json", log, "--engine", "spark"]).code).toBe(2);
    expect(run(["measure", "map.json", "log.parquet"]).stderr).toContain("DuckDB only");
    expect(run(["measure", "map.json", "--sql", "--dialect", "oracle"]).code).toBe(2);
  });
});
