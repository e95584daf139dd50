import type { JourneyMap } from "../../model/journey-map";
import type { JourneyAnalytics } from "../../measure/journey-analytics";
import { analyticsFromAggregates } from "./analytics-from-aggregates";
import { eventsSql } from "./events-sql";
import type { EventsSqlOptions } from "./events-sql-options";
import { sourceSql } from "./sequence-ctes";
import { MissingPeerDependencyError } from "../formats/journey-map-format";

/** The optional package the DuckDB engine loads when it is used. */
export const DUCKDB_PACKAGE = "@duckdb/node-api";

/** Options of {@link analyzeEventsInDuckDb}: those of `eventsSql` without the dialect, plus the segment threshold and the threads. */
export type AnalyzeEventsInDuckDbOptions = Omit<EventsSqlOptions, "dialect"> & {
  /** Segments with fewer cases are left out (counted in `suppressedSegments`), as in `analyzeEvents`. @defaultValue `30` */
  minSegmentCases?: number;
  /**
   * The threads DuckDB works with, from 1 to 1024: fewer leave cores to the rest of a
   * server. @defaultValue DuckDB's own, one per core
   */
  threads?: number;
};

function checkThreads(threads: unknown): void {
  if (threads !== undefined && !(Number.isInteger(threads) && (threads as number) >= 1 && (threads as number) <= 1024))
    throw new RangeError(`invalid threads: expected an integer from 1 to 1024, got ${JSON.stringify(threads)}`);
}

/**
 * Resolves to the `JourneyAnalytics` of a log that an embedded DuckDB reads — a CSV,
 * JSON Lines or Parquet file (`source`) or a table of a database file — by running the
 * query of `eventsSql` in it. Needs the optional peer dependency `@duckdb/node-api`;
 * rejects with a clear error when it is not installed, or with DuckDB's error when the
 * file cannot be read, or with a RangeError for a bad `threads`. Node only.
 *
 * @example
 * ```ts
 * import { analyzeEventsInDuckDb } from "journeykit/duckdb";
 *
 * const analytics = await analyzeEventsInDuckDb(map, { source: { parquet: "events.parquet" }, columns: { case: "user_id" } });
 * ```
 */
export async function analyzeEventsInDuckDb(map: JourneyMap, options: AnalyzeEventsInDuckDbOptions, database = ":memory:"): Promise<JourneyAnalytics> {
  const { minSegmentCases, threads, ...sqlOptions } = options;
  checkThreads(threads);
  let duckdb: typeof import("@duckdb/node-api");
  try {
    // A variable specifier keeps bundlers from resolving the optional package at build time.
    const specifier = DUCKDB_PACKAGE;
    duckdb = (await import(specifier)) as typeof import("@duckdb/node-api");
  } catch {
    throw new MissingPeerDependencyError(DUCKDB_PACKAGE, "The DuckDB engine");
  }
  const instance = await duckdb.DuckDBInstance.create(database);
  const connection = await instance.connect();
  try {
    // The aggregates are read back by key, so the engine need not keep rows in input order (less memory, more parallel).
    await connection.run("SET preserve_insertion_order = false");
    if (threads !== undefined) await connection.run(`SET threads = ${threads}`);
    // The file's own columns, so that url, segment and properties are read as the CSV reader reads them.
    const described = sqlOptions.source ? await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${sourceSql(sqlOptions.source)}`) : undefined;
    const knownColumns = described ? described.getRowObjectsJS().map((r) => String(r.column_name)) : sqlOptions.knownColumns;
    const sql = eventsSql(map, { ...sqlOptions, dialect: "duckdb", ...(knownColumns ? { knownColumns } : {}) });
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    const aggregates = {
      ...(options.segmentBy === undefined ? {} : { segmentBy: options.segmentBy }),
      ...(minSegmentCases === undefined ? {} : { minSegmentCases }),
      ...(options.maxVariants === undefined ? {} : { maxVariants: options.maxVariants }),
    };
    return analyticsFromAggregates(map, rows, aggregates);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
