/** Which column (CSV) or key (JSON Lines) holds each field of an event row. */
export interface EventColumns {
  /** The case id. @defaultValue `"caseId"` */
  case?: string;
  /** The event name. @defaultValue `"event"` */
  event?: string;
  /** The time: ISO 8601 (zone-less read as UTC) or epoch milliseconds. @defaultValue `"time"` */
  time?: string;
  /** The URL or path. @defaultValue `"url"` where present */
  url?: string;
  /** The segment. @defaultValue `"segment"` where present */
  segment?: string;
}

/** Options of {@link readEventsCsv} and {@link readEventsJsonLines}. */
export interface ReadEventsCsvOptions {
  /** The column mapping. @defaultValue `{ case: "caseId", event: "event", time: "time" }` (and `url`, `segment` where present) */
  columns?: EventColumns;
  /** Columns (or keys) copied into `properties` for `where` rules: their names, or `"rest"` for every unmapped one. @defaultValue `"rest"` */
  properties?: readonly string[] | "rest";
  /** A longer line is reported as a bad row and skipped, so that one runaway line cannot exhaust memory. @defaultValue `1048576` */
  maxLineLength?: number;
  /** The field separator of CSV. @defaultValue `","` */
  delimiter?: string;
}

/** The resolved mapping. */
export interface ResolvedColumns {
  case: string;
  event: string;
  time: string;
  url: string | undefined;
  segment: string | undefined;
  optionalDefaults: boolean;
}

const FIELDS = ["case", "event", "time", "url", "segment"] as const;

/** Checks the options of the readers; throws a TypeError or RangeError naming a bad one. */
export function resolveReadOptions(options: ReadEventsCsvOptions = {}): {
  columns: ResolvedColumns;
  properties: readonly string[] | "rest";
  maxLineLength: number;
  delimiter: string;
} {
  const columns = options.columns ?? {};
  if (typeof columns !== "object" || columns === null) throw new TypeError('invalid columns: expected an object such as { case: "user_id", event: "name", time: "ts" }');
  for (const [key, value] of Object.entries(columns)) {
    if (!(FIELDS as readonly string[]).includes(key)) throw new TypeError(`invalid columns: unknown field ${JSON.stringify(key)}; fields: ${FIELDS.join(", ")}`);
    if (typeof value !== "string" || value === "") throw new TypeError(`invalid columns.${key}: expected a column name, got ${JSON.stringify(value)}`);
  }
  const { maxLineLength = 1_048_576, delimiter = ",", properties = "rest" } = options;
  if (!Number.isInteger(maxLineLength) || maxLineLength < 1) throw new RangeError(`invalid maxLineLength: expected a whole number ≥ 1, got ${JSON.stringify(maxLineLength)}`);
  if (typeof delimiter !== "string" || delimiter.length !== 1 || /["\r\n]/.test(delimiter))
    throw new TypeError(`invalid delimiter: expected one character other than a quote or newline, got ${JSON.stringify(delimiter)}`);
  if (properties !== "rest" && !(Array.isArray(properties) && properties.every((p) => typeof p === "string")))
    throw new TypeError('invalid properties: expected "rest" or an array of column names');
  return {
    columns: { case: columns.case ?? "caseId", event: columns.event ?? "event", time: columns.time ?? "time", url: columns.url, segment: columns.segment, optionalDefaults: true },
    properties,
    maxLineLength,
    delimiter,
  };
}
