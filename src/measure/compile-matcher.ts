/*
 * Matching rows to touchpoints. Rules are compiled once; per distinct event name the
 * rules that can match it (their `event` glob matches, or they have none) are found once
 * and cached, so that a row costs one map lookup when rules only name events, and a few
 * regular-expression tests when they name URLs or properties too.
 */
import type { Touchpoint } from "../model/touchpoint";

interface CompiledRule {
  /** Index of the touchpoint in journey order. */
  touchpoint: number;
  url?: RegExp;
  where?: [string, string | number | boolean][];
}

/** Candidate rules for one event name, in journey order; `fixed` is the answer when no rule needs the row. */
interface Candidates {
  rules: CompiledRule[];
  fixed?: { winner: number; overlap: number };
}

/** The result of matching one row: the touchpoint index (−1 for none) and the first other touchpoint that matched too (−1 for none). */
export interface MatchResult {
  winner: number;
  overlap: number;
}

/** Matches rows to touchpoints by their `observe` rules, as returned by {@link compileMatcher}. */
export type RowMatcher = (event: string, url: string | undefined, properties: Record<string, unknown> | undefined) => MatchResult;

const NO_MATCH: MatchResult = { winner: -1, overlap: -1 };
const MAX_CACHED_EVENTS = 10_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The regular expression of an event glob: `*` matches any run of characters. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split("*").map(escapeRegExp).join(".*")}$`, "s");
}

/**
 * The source of the anchored regular expression of a URL path pattern: `:name` one
 * segment, a trailing `*` the rest. The same text serves JavaScript and the SQL engines
 * (`(?:…)`, `[^/]`, escapes), so a pattern matches the same paths in both.
 */
export function urlPatternSource(pattern: string): string {
  let base = pattern;
  let tail = "";
  if (base.endsWith("/*")) [base, tail] = [base.slice(0, -2), "(?:/.*)?"];
  else if (base.endsWith("*")) [base, tail] = [base.slice(0, -1), ".*"];
  else if (base.length > 1 && base.endsWith("/")) base = base.slice(0, -1);
  const body = base
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : escapeRegExp(segment)))
    .join("/");
  return `^${body}${tail}$`;
}

/** The regular expression of a URL path pattern (see {@link urlPatternSource}). */
export function urlPatternToRegExp(pattern: string): RegExp {
  return new RegExp(urlPatternSource(pattern), "s");
}

/** The path of a URL or path: scheme and host, query and hash removed, no trailing slash. */
export function urlPath(url: string): string {
  let path = url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, "");
  const cut = path.search(/[?#]/);
  if (cut !== -1) path = path.slice(0, cut);
  if (path === "") return "/";
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

function whereMatches(where: CompiledRule["where"], properties: Record<string, unknown> | undefined): boolean {
  if (!where) return true;
  if (!properties) return false;
  for (const [key, expected] of where) {
    const actual = Object.hasOwn(properties, key) ? properties[key] : undefined;
    // CSV cells are strings: "2" equals 2 and "true" equals true.
    if (actual !== expected && !(typeof actual === "string" && actual === String(expected))) return false;
  }
  return true;
}

/** The candidates for one event name. */
function candidatesFor(event: string, rules: readonly { glob?: RegExp | string; rule: CompiledRule }[]): Candidates {
  const list: CompiledRule[] = [];
  for (const { glob, rule } of rules) {
    if (glob === undefined || (typeof glob === "string" ? glob === event : glob.test(event))) list.push(rule);
  }
  if (list.every((r) => r.url === undefined && r.where === undefined)) {
    const winner = list[0]?.touchpoint ?? -1;
    const other = list.find((r) => r.touchpoint !== winner);
    return { rules: list, fixed: { winner, overlap: other ? other.touchpoint : -1 } };
  }
  return { rules: list };
}

/**
 * Returns a function that matches a row to the first touchpoint (in the order given,
 * journey order) with an `observe` rule that matches, and names the first other
 * touchpoint that matched too; it never throws on rows. Rules must be valid (the map
 * validated).
 *
 * @example
 * ```ts
 * import { compileMatcher } from "journeykit";
 *
 * const match = compileMatcher([{ observe: [{ event: "checkout.*" }] }, { observe: [{ url: "/orders/:id" }] }]);
 * match("checkout.start", undefined, undefined); // { winner: 0, overlap: -1 }
 * match("page_view", "https://shop.example/orders/42?ref=mail", undefined); // { winner: 1, overlap: -1 }
 * ```
 */
export function compileMatcher(touchpoints: readonly Pick<Touchpoint, "observe">[]): RowMatcher {
  const rules: { glob?: RegExp | string; rule: CompiledRule }[] = [];
  touchpoints.forEach((tp, touchpoint) => {
    for (const observe of tp.observe ?? []) {
      const rule: CompiledRule = { touchpoint };
      if (observe.url !== undefined) rule.url = urlPatternToRegExp(observe.url);
      if (observe.where !== undefined && Object.keys(observe.where).length > 0) rule.where = Object.entries(observe.where);
      const glob = observe.event === undefined ? undefined : observe.event.includes("*") ? globToRegExp(observe.event) : observe.event;
      rules.push(glob === undefined ? { rule } : { glob, rule });
    }
  });
  if (rules.length === 0) return () => NO_MATCH;
  const cache = new Map<string, Candidates>();
  return (event, url, properties) => {
    let candidates = cache.get(event);
    if (candidates === undefined) {
      candidates = candidatesFor(event, rules);
      if (cache.size < MAX_CACHED_EVENTS) cache.set(event, candidates);
    }
    if (candidates.fixed) return candidates.fixed;
    const path = url === undefined ? undefined : urlPath(url);
    let winner = -1;
    for (const rule of candidates.rules) {
      if (rule.touchpoint === winner) continue;
      if (rule.url !== undefined && (path === undefined || !rule.url.test(path))) continue;
      if (!whereMatches(rule.where, properties)) continue;
      if (winner === -1) winner = rule.touchpoint;
      else return { winner, overlap: rule.touchpoint };
    }
    return winner === -1 ? NO_MATCH : { winner, overlap: -1 };
  };
}
