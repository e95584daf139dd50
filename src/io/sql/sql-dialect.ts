/**
 * The differences between SQL engines that the generated query depends on, as one small
 * table per engine. Everything else in the query is standard SQL with window functions.
 */

/** The SQL engines {@link eventsSql} writes for. */
export const SQL_DIALECTS = ["duckdb", "postgres"] as const;

/** A SQL engine {@link eventsSql} writes for. */
export type SqlDialectName = (typeof SQL_DIALECTS)[number];

/** How one engine spells what standard SQL leaves open. */
export interface SqlDialect {
  /** Whether `text` matches the regular expression `pattern` (both SQL expressions). */
  regexMatch(text: string, pattern: string): string;
  /** Epoch milliseconds (a double) of a timestamp expression. */
  epochMs(timestamp: string): string;
  /** The double-precision type. */
  double: string;
  /** A collation clause that orders text by code point (byte order of UTF-8), or "". */
  binaryCollation: string;
  /** Integer division of two integer expressions. */
  intDiv(a: string, b: string): string;
  /**
   * A 64-bit hash of an integer expression below 2^48; seeds 0 and 1 give two independent
   * hashes. The variants sum them over a sequence's steps to group equal paths cheaply.
   */
  hashInt(value: string, seed: 0 | 1): string;
  /** The number of set bits of a BIGINT expression. */
  bitCount(value: string): string;
  /**
   * Whether the engine's regular expressions mix greedy and non-greedy quantifiers as Perl
   * does (RE2 does; PostgreSQL gives a whole expression the greediness of its first one):
   * a URL's path is then taken apart in one expression instead of three steps.
   */
  perlQuantifiers: boolean;
  /**
   * What ends a subquery so that the planner keeps it apart, or "": a column it computes
   * (a URL's path, the matched touchpoint) is then computed once, not again at every use.
   */
  fence: string;
}

const DIALECTS: Record<SqlDialectName, SqlDialect> = {
  duckdb: {
    regexMatch: (text, pattern) => `regexp_matches(${text}, ${pattern})`,
    epochMs: (ts) => `(epoch_us(${ts}) / 1000.0)`,
    double: "DOUBLE",
    binaryCollation: "",
    intDiv: (a, b) => `((${a}) // (${b}))`,
    // hash() is one fixed mixing function: the second hash reads values no first one can.
    hashInt: (value, seed) => (seed === 0 ? `hash(${value})` : `hash((${value}) + 281474976710656)`),
    bitCount: (value) => `bit_count(${value})`,
    perlQuantifiers: true,
    fence: "",
  },
  postgres: {
    regexMatch: (text, pattern) => `(${text} ~ ${pattern})`,
    epochMs: (ts) => `CAST(EXTRACT(EPOCH FROM ${ts}) * 1000 AS DOUBLE PRECISION)`,
    double: "DOUBLE PRECISION",
    binaryCollation: ` COLLATE "C"`,
    intDiv: (a, b) => `((${a}) / (${b}))`,
    hashInt: (value, seed) => `hashint8extended(${value}, ${seed})`,
    bitCount: (value) => `bit_count(CAST(${value} AS BIT(64)))`,
    perlQuantifiers: false,
    fence: " OFFSET 0",
  },
};

/** Returns the dialect table of `name`; throws a RangeError naming the known dialects. */
export function sqlDialect(name: unknown): SqlDialect {
  if (typeof name === "string" && Object.hasOwn(DIALECTS, name)) return DIALECTS[name as SqlDialectName];
  throw new RangeError(`invalid dialect: ${JSON.stringify(name)}; expected one of ${SQL_DIALECTS.map((d) => `"${d}"`).join(", ")}`);
}

/** A SQL string literal: quotes doubled, so that no user text ever ends the literal. NUL is refused. */
export function sqlString(text: string): string {
  if (text.includes("\u0000")) throw new RangeError("invalid SQL text: it contains a NUL character");
  return `'${text.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier (`"name"`, quotes doubled), or a dotted path of them for an array. */
export function sqlIdentifier(name: string | readonly string[]): string {
  const parts = typeof name === "string" ? [name] : name;
  if (parts.length === 0 || parts.some((p) => typeof p !== "string" || p === "" || p.includes("\u0000"))) {
    throw new RangeError(`invalid SQL identifier: ${JSON.stringify(name)}`);
  }
  return parts.map((p) => `"${p.replaceAll('"', '""')}"`).join(".");
}
