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

/** The helper tables the aggregates share. */
export function factCtes(d: SqlDialect, touchpointCount: number, designed: readonly number[]): string[] {
  const width = Math.max(1, String(Math.max(0, touchpointCount - 1)).length);
  const undesigned = designed.length === 0 ? "TRUE" : `(tp * ${touchpointCount} + next_tp) NOT IN (${designed.join(", ")})`;
  return [
    "jk_x AS (SELECT q.*, s.scope FROM jk_q q JOIN jk_scope s ON s.case_id = q.case_id)",
    `jk_steps AS (SELECT scope, case_id, sess, -1 AS f, tp AS t, CAST(NULL AS ${d.double}) AS minutes FROM jk_x WHERE pos = 1 UNION ALL SELECT scope, case_id, sess, tp, next_tp, (next_ts - ts) / 60000.0 FROM jk_x WHERE next_tp IS NOT NULL UNION ALL SELECT scope, case_id, sess, tp, ${touchpointCount}, NULL FROM jk_x WHERE pos = len)`,
    "jk_first AS (SELECT case_id, sess, stage, pos, ts FROM (SELECT case_id, sess, stage, pos, ts, ROW_NUMBER() OVER (PARTITION BY case_id, sess, stage ORDER BY pos) AS r FROM jk_q) t WHERE r = 1)",
    "jk_stage_fact AS (SELECT f.case_id, f.stage, (MIN(q.ts) - f.ts) / 60000.0 AS minutes FROM jk_first f LEFT JOIN jk_q q ON q.case_id = f.case_id AND q.sess = f.sess AND q.pos > f.pos AND q.stage > f.stage GROUP BY f.case_id, f.sess, f.stage, f.ts)",
    "jk_stage_x AS (SELECT s.scope, f.stage, f.minutes FROM jk_stage_fact f JOIN jk_scope s ON s.case_id = f.case_id)",
    `jk_var AS (SELECT case_id, string_agg(lpad(CAST(tp AS VARCHAR), ${width}, '0'), ',' ORDER BY pos) AS path FROM jk_q GROUP BY case_id, sess)`,
    `jk_unfit AS (SELECT DISTINCT case_id, sess FROM jk_q WHERE next_tp IS NOT NULL AND ${undesigned})`,
  ];
}

/** The UNION ALL branches of every figure. */
export function aggregateBranches(d: SqlDialect, maxVariants: number, maxUnmatched: number): string[] {
  const c = d.binaryCollation;
  return [
    row(d, "totals", { n: ["(SELECT COUNT(*) FROM jk_rows)", "(SELECT COUNT(*) FROM jk_ok)", "(SELECT MIN(ts) FROM jk_m)", "(SELECT MAX(ts) FROM jk_m)"] }),
    `${row(d, "cases", { scope: "scope", n: ["COUNT(*)"] })} FROM jk_x WHERE pos = 1 GROUP BY scope`,
    `${row(d, "events", { scope: "s.scope", a: "m.tp", n: ["COUNT(*)"] })} FROM jk_m m JOIN jk_scope s ON s.case_id = m.case_id GROUP BY s.scope, m.tp`,
    `${row(d, "reach", { scope: "scope", a: "tp", n: ["COUNT(*)"] })} FROM (SELECT DISTINCT scope, case_id, sess, tp FROM jk_x) t GROUP BY scope, tp`,
    `${row(d, "step", { scope: "scope", a: "f", b: "t", n: ["SUM(c)", "COUNT(*)"] })} FROM (SELECT scope, f, t, COUNT(*) AS c FROM jk_steps GROUP BY scope, case_id, sess, f, t) t GROUP BY scope, f, t`,
    `${row(d, "step_time", { scope: "scope", a: "f", b: "t", n: ["median", "p90"] })} FROM (${quantiles(d, "jk_steps", "scope, f, t", "minutes")}) t`,
    `${row(d, "stage", { scope: "scope", a: "stage", n: ["COUNT(*)", "COUNT(minutes)"] })} FROM jk_stage_x GROUP BY scope, stage`,
    `${row(d, "stage_time", { scope: "scope", a: "stage", n: ["median", "p90"] })} FROM (${quantiles(d, "jk_stage_x", "scope, stage", "minutes")}) t`,
    `${row(d, "variant", { scope: "scope", k: "path", n: ["c"] })} FROM (SELECT scope, path, c, ROW_NUMBER() OVER (PARTITION BY scope ORDER BY c DESC, path${c}) AS r FROM (SELECT s.scope, v.path, COUNT(*) AS c FROM jk_var v JOIN jk_scope s ON s.case_id = v.case_id GROUP BY s.scope, v.path) t) t WHERE r <= ${maxVariants}`,
    `${row(d, "unfit", { scope: "s.scope", n: ["COUNT(*)"] })} FROM jk_unfit u JOIN jk_scope s ON s.case_id = u.case_id GROUP BY s.scope`,
    `${row(d, "unmatched", { k: "event", n: ["c"] })} FROM (SELECT event, c, ROW_NUMBER() OVER (ORDER BY c DESC, event${c}) AS r FROM (SELECT event, COUNT(*) AS c FROM jk_matched WHERE tp IS NULL GROUP BY event) t) t WHERE r <= ${maxUnmatched}`,
    `${row(d, "overlap", { a: "tp", b: "other", n: ["COUNT(*)"] })} FROM jk_m WHERE other IS NOT NULL GROUP BY tp, other`,
  ];
}
