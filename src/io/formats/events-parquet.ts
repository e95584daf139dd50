import type { JourneyMapFormat } from "./journey-map-format";

/**
 * Event logs as Parquet: read only by an embedded DuckDB (`--engine duckdb`), which reads
 * the columns it needs straight from the file.
 *
 * @example
 * ```ts
 * import { eventsParquetFormat } from "journeykit";
 *
 * eventsParquetFormat.peer; // "@duckdb/node-api"
 * ```
 */
export const eventsParquetFormat: JourneyMapFormat = {
  name: "parquet",
  aliases: [],
  extensions: [".parquet"],
  description: "an event log in Parquet (read by DuckDB: --engine duckdb)",
  role: "events",
  peer: "@duckdb/node-api",
  engineSource: "parquet",
};
