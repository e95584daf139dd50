/*
 * The real SQL engines the SQL tests run on: DuckDB embedded (always available, a
 * devDependency) and PostgreSQL at JOURNEYKIT_POSTGRES_URL (started by .ci/run with
 * scripts/postgres.sh). Without that variable the PostgreSQL tests are skipped with a
 * message, except in CI, where a missing server fails the run.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";

/** One event of a test log, in the columns the tests' tables have. */
export interface LogRow {
  case_id: string | null;
  name: string | null;
  /** Epoch milliseconds. */
  ts: number | null;
  url: string | null;
  plan: string | null;
  seg: string | null;
  line: number;
}

/** The columns option matching {@link LogRow}. */
export const LOG_COLUMNS = { case: "case_id", event: "name", time: "ts", url: "url", segment: "seg", order: "line", properties: { plan: "plan" } } as const;

/** Runs `sql` in a fresh in-memory DuckDB holding `rows` in table `table` (times as epoch-ms BIGINT). */
export async function runDuckDb(rows: readonly LogRow[], sql: string, table = "events"): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  try {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    await connection.run(`CREATE TABLE ${quoted} (case_id VARCHAR, name VARCHAR, ts BIGINT, url VARCHAR, plan VARCHAR, seg VARCHAR, line BIGINT)`);
    const appender = await connection.createAppender(table);
    for (const r of rows) {
      for (const v of [r.case_id, r.name]) v === null ? appender.appendNull() : appender.appendVarchar(v);
      r.ts === null ? appender.appendNull() : appender.appendBigInt(BigInt(r.ts));
      for (const v of [r.url, r.plan, r.seg]) v === null ? appender.appendNull() : appender.appendVarchar(v);
      appender.appendBigInt(BigInt(r.line));
      appender.endRow();
    }
    appender.closeSync();
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    db.closeSync();
  }
}

/** The PostgreSQL URL, or undefined (and the reason) when the tests cannot use one. */
export const postgresUrl = process.env.JOURNEYKIT_POSTGRES_URL;

if (postgresUrl === undefined && process.env.CI) throw new Error("JOURNEYKIT_POSTGRES_URL is not set: .ci/run must start PostgreSQL (scripts/postgres.sh)");

/** Runs `sql` in PostgreSQL on a fresh schema holding `rows` in table `table`, dropped afterwards. */
export async function runPostgres(rows: readonly LogRow[], sql: string, table = "events"): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  const schema = `jk_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  try {
    await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    const quoted = `"${table.replaceAll('"', '""')}"`;
    await client.query(`CREATE TABLE ${quoted} (case_id TEXT, name TEXT, ts BIGINT, url TEXT, plan TEXT, seg TEXT, line BIGINT)`);
    const column = <K extends keyof LogRow>(k: K) => rows.map((r) => r[k]);
    await client.query(`INSERT INTO ${quoted} SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::bigint[])`, [
      column("case_id"),
      column("name"),
      column("ts"),
      column("url"),
      column("plan"),
      column("seg"),
      column("line"),
    ]);
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await client.end();
  }
}
