/*
 * The matching part of the query of `eventsSql`: each row's touchpoint (`tp`, the first in
 * journey order whose `observe` rules match, as the streaming matcher decides) and the
 * next one that also matches (`other`, counted as an overlap), then every case numbered
 * once (`cid`) so that the windows and groups after it work on integers, not on text.
 */
import type { Touchpoint } from "../../model/touchpoint";
import type { ResolvedEventsSqlOptions } from "./events-sql-options";
import { observeCondition, rulesMayOverlap } from "./observe-sql";

/** The condition under which a row belongs to each touchpoint (any of its rules), `FALSE` for none. */
export function touchpointConditions(o: ResolvedEventsSqlOptions, order: readonly Touchpoint[], properties: readonly string[]): string[] {
  const readable = (name: string) => properties.includes(name) && (o.knownColumns === undefined || o.knownColumns.has(o.columns.properties[name] ?? name));
  const columns = {
    event: "event",
    path: o.columns.url === undefined ? undefined : "path",
    property: (name: string) => (readable(name) ? `p${properties.indexOf(name)}` : undefined),
  };
  return order.map((tp) => {
    const rules = (tp.observe ?? []).map((rule) => `(${observeCondition(rule, columns, o.dialect)})`);
    return rules.length === 0 ? "FALSE" : rules.join(" OR ");
  });
}

/** Whether `column` is one of `indices` (ascending), as ranges: engines turn long IN lists into joins. */
function indexRanges(column: string, indices: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const i of indices) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs.map(([a, b]) => (a === b ? `${column} = ${a}` : `${column} BETWEEN ${a} AND ${b}`)).join(" OR ");
}

/** For each touchpoint, the earlier ones whose rules a row could match together with its own. */
export function overlapCandidates(order: readonly Touchpoint[]): number[][] {
  return order.map((tp, i) => order.slice(0, i).flatMap((earlier, j) => ((earlier.observe ?? []).some((a) => (tp.observe ?? []).some((b) => rulesMayOverlap(a, b))) ? [j] : [])));
}

/**
 * The touchpoint of each row (`tp`, the first in journey order whose rules match) and the
 * next one that also matches (`other`, for overlaps; tried only after the touchpoints it
 * can overlap with). `jk_matched` keeps the event name of unmatched rows only, the one
 * text the aggregates still read.
 */
export function matchCtes(conditions: readonly string[], candidates: readonly (readonly number[])[], fence: string): string[] {
  const live = conditions.map((c, i) => [c, i] as const).filter(([c]) => c !== "FALSE");
  const winner = live.length === 0 ? "CAST(NULL AS INTEGER)" : `CASE WHEN ok = 1 THEN CASE ${live.map(([c, i]) => `WHEN ${c} THEN ${i}`).join(" ")} END END`;
  const tried = live.map(([c, i]) => [c, i, (candidates[i] ?? []).filter((j) => conditions[j] !== "FALSE")] as const).filter(([, , before]) => before.length > 0);
  const other = tried.length === 0 ? "CAST(NULL AS INTEGER)" : `CASE ${tried.map(([c, i, before]) => `WHEN (${indexRanges("tp", before)}) AND (${c}) THEN ${i}`).join(" ")} END`;
  return [
    `jk_matched AS (SELECT case_id, CASE WHEN tp IS NULL THEN event END AS event, ts, ord, seg, ok, tp, ${other} AS other FROM (SELECT *, ${winner} AS tp FROM jk_ok${fence}) t)`,
    // Cases numbered once, so that every later window and group works on integers, not on text; in any
    // order (no sort), since no figure depends on which number a case gets.
    "jk_cid AS (SELECT case_id, ROW_NUMBER() OVER () AS cid FROM (SELECT DISTINCT case_id FROM jk_matched WHERE tp IS NOT NULL) t)",
    "jk_m AS (SELECT i.cid, m.ts, m.ord, m.seg, m.tp, m.other FROM jk_matched m JOIN jk_cid i ON i.case_id = m.case_id WHERE m.tp IS NOT NULL)",
  ];
}
