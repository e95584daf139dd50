/*
 * The `observe` rules of a map's touchpoints compiled to SQL conditions, with the meaning
 * the streaming matcher gives them (src/measure/compile-matcher.ts): an `event` glob
 * becomes LIKE (`*` → `%`, every `%`, `_` and `\` of the user's text escaped), a URL path
 * pattern becomes an anchored regular expression over the row's path (scheme and host,
 * query, hash and one trailing slash removed), `where` an equality of the property's text.
 * Every user string is written as an escaped literal, never pasted raw.
 */
import { globToRegExp, urlPatternSource } from "../../measure/compile-matcher";
import type { ObserveRule } from "../../model/touchpoint";
import { type SqlDialect, sqlString } from "./sql-dialect";

/** The regular expression (as text) of a URL path pattern, for an engine: the streaming matcher's, dot matching newlines. */
export const urlPatternSqlSource = (pattern: string): string => `(?s)${urlPatternSource(pattern)}`;

/** The LIKE pattern of an event glob, with `\` as the escape character. */
export function globLikePattern(glob: string): string {
  return glob
    .split("*")
    .map((part) => part.replace(/[\\%_]/g, "\\$&"))
    .join("%");
}

/** The columns a rule reads, as SQL expressions. */
export interface ObserveColumns {
  event: string;
  /** The row's URL path, already normalised (see {@link urlPathSql}); undefined when the log has no URL column. */
  path: string | undefined;
  /** The text of each property column by property name. */
  property: (name: string) => string | undefined;
}

/**
 * SQL that removes scheme and host, query and hash from a URL column: the bare path, maybe
 * empty or with a trailing slash — or, where quantifiers mix as in Perl, already without
 * its trailing slash (the shortest path before an optional `/`), so that only an empty
 * path is left to {@link urlPathSql}.
 */
export function urlBareSql(url: string, dialect: SqlDialect): string {
  if (dialect.perlQuantifiers) return `regexp_extract(${url}, ${sqlString("(?s)^(?:[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*)?([^?#]*?)/?(?:[?#].*)?$")}, 1)`;
  const noHost = `regexp_replace(${url}, ${sqlString("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")}, '')`;
  return `regexp_replace(${noHost}, ${sqlString("(?s)[?#].*$")}, '')`;
}

/** SQL that turns a bare path (see {@link urlBareSql}) into the path the rules match: `/` for an empty one, one trailing slash removed. */
export function urlPathSql(bare: string, dialect: SqlDialect): string {
  if (dialect.perlQuantifiers) return `CASE WHEN ${bare} = '' THEN '/' ELSE ${bare} END`;
  return `CASE WHEN ${bare} IS NULL THEN NULL WHEN ${bare} = '' THEN '/' WHEN length(${bare}) > 1 AND substr(${bare}, length(${bare}), 1) = '/' THEN substr(${bare}, 1, length(${bare}) - 1) ELSE ${bare} END`;
}

/** The condition under which one rule matches a row, or `FALSE` when it reads a column the log lacks. */
export function observeCondition(rule: ObserveRule, columns: ObserveColumns, dialect: SqlDialect): string {
  const parts: string[] = [];
  if (rule.event !== undefined) {
    parts.push(rule.event.includes("*") ? `${columns.event} LIKE ${sqlString(globLikePattern(rule.event))} ESCAPE '\\'` : `${columns.event} = ${sqlString(rule.event)}`);
  }
  if (rule.url !== undefined) {
    if (columns.path === undefined) return "FALSE";
    parts.push(`${columns.path} IS NOT NULL AND ${dialect.regexMatch(columns.path, sqlString(urlPatternSqlSource(rule.url)))}`);
  }
  for (const [key, expected] of Object.entries(rule.where ?? {})) {
    const column = columns.property(key);
    if (column === undefined) return "FALSE";
    parts.push(`${column} = ${sqlString(String(expected))}`);
  }
  return parts.length === 0 ? "TRUE" : parts.map((p) => `(${p})`).join(" AND ");
}

/** Whether an event glob (or name) can match the same event name as another: exact for a name, `true` for two globs. */
function eventsMayMeet(a: string, b: string): boolean {
  if (!a.includes("*") && !b.includes("*")) return a === b;
  if (a.includes("*") && b.includes("*")) return true;
  return a.includes("*") ? globToRegExp(a).test(b) : globToRegExp(b).test(a);
}

/**
 * Whether one row can match both rules, as far as their text tells: `false` only when
 * their event names or one `where` property can never agree, so that the query looks for
 * overlaps only where they can be.
 */
export function rulesMayOverlap(a: ObserveRule, b: ObserveRule): boolean {
  if (a.event !== undefined && b.event !== undefined && !eventsMayMeet(a.event, b.event)) return false;
  for (const [key, value] of Object.entries(a.where ?? {})) {
    const other = b.where?.[key];
    if (other !== undefined && String(other) !== String(value)) return false;
  }
  return true;
}
