/*
 * The second half of the query of `eventsSql`: the aggregates, one UNION ALL branch per
 * kind of figure, each row `(kind, scope, a, b, k, n1, n2, n3, n4)`. `scope` is NULL for
 * the whole log and the segment's value otherwise; `a`/`b` are touchpoint or stage indices
 * (−1 for "start", the touchpoint count for "end"), `k` a text key, `n1…n4` the figures.
 * `analyticsFromAggregates` documents what each kind carries.
 */
import type { SqlDialect } from "./sql-dialect";

/** The branch columns, typed once so that every engine agrees on the union's types. */
function row(d: SqlDialect, kind: string, parts: { scope?: string; a?: string; b?: string; k?: string; n?: readonly string[] }): string {
  const n = parts.n ?? [];
  const num = (i: number) => `CAST(${n[i] ?? "NULL"} AS ${d.double})`;
  return `SELECT '${kind}' AS kind, CAST(${parts.scope ?? "NULL"} AS VARCHAR) AS scope, CAST(${parts.a ?? "NULL"} AS BIGINT) AS a, CAST(${parts.b ?? "NULL"} AS BIGINT) AS b, CAST(${parts.k ?? "NULL"} AS VARCHAR) AS k, ${num(0)} AS n1, ${num(1)} AS n2, ${num(2)} AS n3, ${num(3)} AS n4`;
}

/** Ranks `value` within `partition` and keeps the lower median and the lower p90 (ranks ⌈n/2⌉ and ⌈9n/10⌉). */
function quantiles(d: SqlDialect, source: string, partition: string, value: string): string {
  const rank = (q: string) => `MAX(CASE WHEN r = ${q} THEN ${value} END)`;
  const median = d.intDiv("n + 1", "2");
  const p90 = d.intDiv("9 * n + 9", "10");
  return `SELECT ${partition}, ${rank(median)} AS median, ${rank(p90)} AS p90 FROM (SELECT ${partition}, ${value}, ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${value}) AS r, COUNT(*) OVER (PARTITION BY ${partition}) AS n FROM ${source} WHERE ${value} IS NOT NULL) t GROUP BY ${partition}`;
}

/**
 * The rows of `table` (which has `cid`) in every scope they count in: the whole log
 * (scope NULL) and, with segments, once more under their case's segment.
 */
function scoped(table: string, segmented: boolean): string {
  const all = `SELECT t.*, CAST(NULL AS VARCHAR) AS scope FROM ${table} t`;
  return segmented ? `(${all} UNION ALL SELECT t.*, c.seg AS scope FROM ${table} t JOIN jk_cseg c ON c.cid = t.cid)` : `(${all})`;
}

/** The helper tables the aggregates share. */
export function factCtes(d: SqlDialect, touchpointCount: number, designed: readonly number[], segmented: boolean): string[] {
  const width = Math.max(1, String(Math.max(0, touchpointCount - 1)).length);
  const undesigned = designed.length === 0 ? "TRUE" : `(tp * ${touchpointCount} + next_tp) NOT IN (${designed.join(", ")})`;
  return [
    `jk_x AS (SELECT * FROM ${scoped("jk_q", segmented)} t)`,
    `jk_steps AS (SELECT scope, sid, -1 AS f, tp AS t, CAST(NULL AS ${d.double}) AS minutes FROM jk_x WHERE pos = 1 UNION ALL SELECT scope, sid, tp, next_tp, (next_ts - ts) / 60000.0 FROM jk_x WHERE next_tp IS NOT NULL UNION ALL SELECT scope, sid, tp, ${touchpointCount}, NULL FROM jk_x WHERE pos = len)`,
    "jk_first AS (SELECT sid, cid, stage, pos, ts FROM (SELECT sid, cid, stage, pos, ts, ROW_NUMBER() OVER (PARTITION BY sid, stage ORDER BY pos) AS r FROM jk_q) t WHERE r = 1)",
    "jk_stage_fact AS (SELECT f.cid, f.stage, (MIN(q.ts) - f.ts) / 60000.0 AS minutes FROM jk_first f LEFT JOIN jk_q q ON q.sid = f.sid AND q.pos > f.pos AND q.stage > f.stage GROUP BY f.sid, f.cid, f.stage, f.ts)",
    `jk_stage_x AS (SELECT scope, stage, minutes FROM ${scoped("jk_stage_fact", segmented)} t)`,
    `jk_var AS (SELECT cid, string_agg(lpad(CAST(tp AS VARCHAR), ${width}, '0'), ',' ORDER BY pos) AS path FROM jk_q GROUP BY sid, cid)`,
    `jk_unfit AS (SELECT DISTINCT sid, cid FROM jk_q WHERE next_tp IS NOT NULL AND ${undesigned})`,
  ];
}

/** The UNION ALL branches of every figure. */
export function aggregateBranches(d: SqlDialect, maxVariants: number, maxUnmatched: number, segmented: boolean): string[] {
  const c = d.binaryCollation;
  return [
    row(d, "totals", { n: ["(SELECT COUNT(*) FROM jk_rows)", "(SELECT COUNT(*) FROM jk_ok)", "(SELECT MIN(ts) FROM jk_m)", "(SELECT MAX(ts) FROM jk_m)"] }),
    `${row(d, "cases", { scope: "scope", n: ["COUNT(*)"] })} FROM jk_x WHERE pos = 1 GROUP BY scope`,
    `${row(d, "events", { scope: "scope", a: "tp", n: ["COUNT(*)"] })} FROM ${scoped("jk_m", segmented)} t GROUP BY scope, tp`,
    `${row(d, "reach", { scope: "scope", a: "tp", n: ["COUNT(DISTINCT sid)"] })} FROM jk_x GROUP BY scope, tp`,
    `${row(d, "step", { scope: "scope", a: "f", b: "t", n: ["COUNT(*)", "COUNT(DISTINCT sid)"] })} FROM jk_steps GROUP BY scope, f, t`,
    `${row(d, "step_time", { scope: "scope", a: "f", b: "t", n: ["median", "p90"] })} FROM (${quantiles(d, "jk_steps", "scope, f, t", "minutes")}) t`,
    `${row(d, "stage", { scope: "scope", a: "stage", n: ["COUNT(*)", "COUNT(minutes)"] })} FROM jk_stage_x GROUP BY scope, stage`,
    `${row(d, "stage_time", { scope: "scope", a: "stage", n: ["median", "p90"] })} FROM (${quantiles(d, "jk_stage_x", "scope, stage", "minutes")}) t`,
    `${row(d, "variant", { scope: "scope", k: "path", n: ["c"] })} FROM (SELECT scope, path, c, ROW_NUMBER() OVER (PARTITION BY scope ORDER BY c DESC, path${c}) AS r FROM (SELECT scope, path, COUNT(*) AS c FROM ${scoped("jk_var", segmented)} v GROUP BY scope, path) t) t WHERE r <= ${maxVariants}`,
    `${row(d, "unfit", { scope: "scope", n: ["COUNT(*)"] })} FROM ${scoped("jk_unfit", segmented)} u GROUP BY scope`,
    `${row(d, "unmatched", { k: "event", n: ["c"] })} FROM (SELECT event, c, ROW_NUMBER() OVER (ORDER BY c DESC, event${c}) AS r FROM (SELECT event, COUNT(*) AS c FROM jk_matched WHERE tp IS NULL GROUP BY event) t) t WHERE r <= ${maxUnmatched}`,
    `${row(d, "overlap", { a: "tp", b: "other", n: ["COUNT(*)"] })} FROM jk_m WHERE other IS NOT NULL GROUP BY tp, other`,
  ];
}
