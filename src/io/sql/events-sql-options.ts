import { type SqlDialect, type SqlDialectName, sqlDialect } from "./sql-dialect";

/** Which columns of the table hold the fields of an event row. */
export interface EventsSqlColumns {
  /** The case (customer, account, order). @defaultValue `"caseId"` */
  case?: string;
  /** The event name. @defaultValue `"event"` */
  event?: string;
  /** The time: a TIMESTAMP column, or epoch milliseconds with `timeType: "epoch_ms"`. @defaultValue `"time"` */
  time?: string;
  /** The page or screen, for `observe[].url` rules. @defaultValue none: URL rules match nothing */
  url?: string;
  /** The segment, for `segmentBy: "segment"`. @defaultValue `"segment"` */
  segment?: string;
  /**
   * A column that orders events of one case at the same time (a line number or an event
   * id). Engines have no input order, so without it ties are ordered by touchpoint; give
   * it for results identical to the streaming analyzer on logs with ties.
   * @defaultValue none
   */
  order?: string;
  /** The column of each property that `observe[].where` or `segmentBy` names. @defaultValue the property's own name */
  properties?: Readonly<Record<string, string>>;
}

/** Options of {@link eventsSql}. */
export interface EventsSqlOptions {
  /** The engine to write for. */
  dialect: SqlDialectName;
  /**
   * The table or view that holds the log: a name, or `[schema, name]`; quoted as an
   * identifier. Give `table` or `source`.
   * @defaultValue none
   */
  table?: string | readonly string[];
  /** DuckDB only: a file read directly by path (`read_csv`, `read_parquet`, `read_json`). @defaultValue none */
  source?: { csv: string } | { parquet: string } | { jsonl: string };
  /** Column names. @defaultValue the field names of an event row */
  columns?: EventsSqlColumns;
  /** How the time column is stored. @defaultValue `"timestamp"` */
  timeType?: "timestamp" | "epoch_ms";
  /** As the streaming analyzer's option. @defaultValue `true` */
  collapseRepeats?: boolean;
  /** As the streaming analyzer's option. @defaultValue no splitting */
  sessionGapMinutes?: number;
  /** As the streaming analyzer's option: `"segment"` or a property name. @defaultValue no segments */
  segmentBy?: string;
  /** Variants returned per segment. @defaultValue `20` */
  maxVariants?: number;
  /** Unmatched event names returned. @defaultValue `20` */
  maxUnmatched?: number;
  /** Rows with a longer case id, event name or URL are rejected, as in the streaming analyzer. @defaultValue `1000` */
  maxFieldLength?: number;
  /**
   * The columns the table has, where known (DuckDB tells for a file). Then, as the CSV
   * reader does, `url` and `segment` are read when columns of those names exist, and a
   * `where` rule on a property the table lacks matches nothing instead of failing the query.
   * @defaultValue unknown: only the columns named in `columns` are read
   */
  knownColumns?: readonly string[];
}

/** The options of {@link eventsSql} checked, with every default set. */
export interface ResolvedEventsSqlOptions {
  dialect: SqlDialect;
  from: { table: string | readonly string[] } | { source: NonNullable<EventsSqlOptions["source"]> };
  columns: Required<Omit<EventsSqlColumns, "url" | "order" | "properties">> & Pick<EventsSqlColumns, "url" | "order"> & { properties: Readonly<Record<string, string>> };
  timeType: "timestamp" | "epoch_ms";
  collapseRepeats: boolean;
  sessionGapMinutes: number;
  segmentBy: string | undefined;
  maxVariants: number;
  maxUnmatched: number;
  maxFieldLength: number;
  knownColumns: ReadonlySet<string> | undefined;
}

const KNOWN = [
  "dialect",
  "table",
  "source",
  "columns",
  "timeType",
  "collapseRepeats",
  "sessionGapMinutes",
  "segmentBy",
  "maxVariants",
  "maxUnmatched",
  "maxFieldLength",
  "knownColumns",
];

function whole(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw new RangeError(`invalid ${name}: expected a whole number ≥ 1, got ${JSON.stringify(value)}`);
  return value;
}

function resolveFrom(options: EventsSqlOptions, dialect: SqlDialectName): ResolvedEventsSqlOptions["from"] {
  const { table, source } = options;
  if ((table === undefined) === (source === undefined)) throw new TypeError("invalid options: give exactly one of table and source");
  if (table !== undefined) return { table };
  if (dialect !== "duckdb") throw new RangeError(`invalid source: reading files directly needs dialect "duckdb", got "${dialect}"`);
  const paths = Object.values(source ?? {});
  if (
    typeof source !== "object" ||
    source === null ||
    Object.keys(source).length !== 1 ||
    !["csv", "parquet", "jsonl"].includes(Object.keys(source)[0]!) ||
    typeof paths[0] !== "string"
  ) {
    throw new TypeError("invalid source: expected { csv: path }, { parquet: path } or { jsonl: path }");
  }
  return { source: source as NonNullable<EventsSqlOptions["source"]> };
}

/** Checks the options of {@link eventsSql}; throws a TypeError or RangeError naming a bad one. */
export function resolveEventsSqlOptions(options: EventsSqlOptions): ResolvedEventsSqlOptions {
  if (typeof options !== "object" || options === null) throw new TypeError("invalid options: expected an object with a dialect");
  for (const key of Object.keys(options)) if (!KNOWN.includes(key)) throw new TypeError(`invalid option ${JSON.stringify(key)}; known options: ${KNOWN.join(", ")}`);
  const dialect = sqlDialect(options.dialect);
  const c = options.columns ?? {};
  const known = options.knownColumns === undefined ? undefined : new Set(options.knownColumns);
  const present = (name: string) => (known?.has(name) ? name : undefined);
  const { collapseRepeats = true, sessionGapMinutes = Number.POSITIVE_INFINITY, segmentBy, timeType = "timestamp" } = options;
  if (typeof collapseRepeats !== "boolean") throw new TypeError(`invalid collapseRepeats: expected true or false, got ${JSON.stringify(collapseRepeats)}`);
  if (typeof sessionGapMinutes !== "number" || !(sessionGapMinutes > 0))
    throw new RangeError(`invalid sessionGapMinutes: expected a number > 0, got ${JSON.stringify(sessionGapMinutes)}`);
  if (timeType !== "timestamp" && timeType !== "epoch_ms") throw new RangeError(`invalid timeType: ${JSON.stringify(timeType)}; expected "timestamp" or "epoch_ms"`);
  if (segmentBy !== undefined && (typeof segmentBy !== "string" || segmentBy === ""))
    throw new TypeError(`invalid segmentBy: expected "segment" or a property name, got ${JSON.stringify(segmentBy)}`);
  return {
    dialect,
    from: resolveFrom(options, options.dialect),
    columns: {
      case: c.case ?? "caseId",
      event: c.event ?? "event",
      time: c.time ?? "time",
      url: c.url ?? present("url"),
      segment: c.segment ?? "segment",
      order: c.order,
      properties: c.properties ?? {},
    },
    timeType,
    collapseRepeats,
    sessionGapMinutes,
    segmentBy,
    maxVariants: whole("maxVariants", options.maxVariants, 20),
    maxUnmatched: whole("maxUnmatched", options.maxUnmatched, 20),
    maxFieldLength: whole("maxFieldLength", options.maxFieldLength, 1000),
    knownColumns: known,
  };
}
