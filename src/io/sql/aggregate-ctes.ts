/*
 * The second half of the query of `eventsSql`: the aggregates, one UNION ALL branch per
 * kind of figure, each row `(kind, scope, a, b, k, n1, n2, n3, n4)`. `scope` is NULL for
 * the whole log and the segment's value otherwise; `a`/`b` are touchpoint or stage indices
 * (−1 for "start", the touchpoint count for "end"), `k` a text key, `n1…n4` the figures.
 * `analyticsFromAggregates` documents what each kind carries.
 *
 * What a sequence contributes as a whole (its length, path hashes, fitness, whether it
 * visits a touchpoint twice, the first event in each stage and the first event of a later
 * stage after it) is one grouped pass, `jk_seqs`, one row per sequence; the funnel, cases,
 * fitness and variants read that. The path hashes (XOR of a 64-bit hash of each position
 * and touchpoint, twice with independent hashes) group equal paths without building a
 * string per sequence; two different paths of one length would have to collide in both.
 * Quantiles rank the distinct values of each group with their counts, not every row.
 */
import { maskBit, maskTerms } from "./sequence-ctes";
import type { SqlDialect } from "./sql-dialect";

/** The branch columns, typed once so that every engine agrees on the union's types. */
function row(d: SqlDialect, kind: string, parts: { scope?: string; a?: string; b?: string; k?: string; n?: readonly string[] }): string {
  const n = parts.n ?? [];
  const num = (i: number) => `CAST(${n[i] ?? "NULL"} AS ${d.double})`;
  return `SELECT '${kind}' AS kind, CAST(${parts.scope ?? "NULL"} AS VARCHAR) AS scope, CAST(${parts.a ?? "NULL"} AS BIGINT) AS a, CAST(${parts.b ?? "NULL"} AS BIGINT) AS b, CAST(${parts.k ?? "NULL"} AS VARCHAR) AS k, ${num(0)} AS n1, ${num(1)} AS n2, ${num(2)} AS n3, ${num(3)} AS n4`;
}

/**
 * The lower median and the lower p90 (ranks ⌈n/2⌉ and ⌈9n/10⌉) of `minutes` within
 * `partition`, from `source` holding each distinct value once with its count `c`: the value
 * of rank r is the smallest whose running count reaches r.
 */
function quantiles(d: SqlDialect, source: string, partition: string): string {
  const reach = (rank: string) => `MIN(CASE WHEN cum >= ${rank} THEN minutes END)`;
  const running = `CAST(SUM(c) OVER (PARTITION BY ${partition} ORDER BY minutes ROWS UNBOUNDED PRECEDING) AS BIGINT) AS cum, CAST(SUM(c) OVER (PARTITION BY ${partition}) AS BIGINT) AS n`;
  return `SELECT ${partition}, ${reach(d.intDiv("n + 1", "2"))} AS median, ${reach(d.intDiv("9 * n + 9", "10"))} AS p90 FROM (SELECT ${partition}, minutes, ${running} FROM ${source} WHERE minutes IS NOT NULL) t GROUP BY ${partition}`;
}

/**
 * The rows of `table` (which has `cid`) in every scope they count in: the whole log
 * (scope NULL) and, with segments, once more under their case's segment.
 */
function scoped(table: string, segmented: boolean): string {
  const all = `SELECT t.*, CAST(NULL AS VARCHAR) AS scope FROM ${table} t`;
  return segmented ? `(${all} UNION ALL SELECT t.*, c.seg AS scope FROM ${table} t JOIN jk_cseg c ON c.cid = t.cid)` : `(${all})`;
}

/** How the helper tables are read: segmented logs keep the scoped rows once, others scope them in place. */
export interface FactTables {
  /** The steps of every sequence with their scope. */
  steps: string;
  /** The steps of the sequences that visit a touchpoint twice, with their scope. */
  repeatSteps: string;
  /** One row per sequence with its scope. */
  sequences: string;
}

/** The tables that {@link aggregateBranches} reads, after {@link factCtes}. */
export function factTables(segmented: boolean): FactTables {
  if (segmented) return { steps: "jk_x", repeatSteps: "jk_dx", sequences: "jk_sx" };
  return { steps: scoped("jk_q", false), repeatSteps: scoped("jk_dq", false), sequences: scoped("jk_seqs", false) };
}

/**
 * The first event of a later stage after stage `s` was entered (`c<s>`), per sequence of
 * the second pass, from its running masks: the only sequences whose stages can go back.
 */
function laterStageCte(stages: readonly number[]): string {
  const columns = stages.slice(0, -1).map((s) => {
    const { mask, bit } = maskBit(s);
    return `MIN(CASE WHEN stage > ${s} AND (sm${mask} & ${bit}) <> 0 THEN ts END) AS c${s}`;
  });
  return `jk_co AS (SELECT sid, ${columns.join(", ")} FROM jk_qo GROUP BY sid)`;
}

/** What a sequence contributes as a whole: see the file comment. */
function sequencesCtes(d: SqlDialect, touchpointCount: number, designed: readonly number[], stages: readonly number[]): string[] {
  const undesigned = designed.length === 0 ? "TRUE" : `(tp * ${touchpointCount} + next_tp) NOT IN (${designed.join(", ")})`;
  const step = `pos * ${touchpointCount + 1} + tp`;
  // A sequence that visits no touchpoint twice has each transition once: only the others need DISTINCT.
  const visited = maskTerms(
    "tp",
    Array.from({ length: touchpointCount }, (_, i) => i),
  ).map(({ term }) => d.bitCount(`bit_or(${term})`));
  const repeats = visited.length === 0 ? "0" : `CASE WHEN ${visited.join(" + ")} < COUNT(*) THEN 1 ELSE 0 END`;
  const columns = [
    "COUNT(*) AS len",
    `bit_xor(${d.hashInt(step, 0)}) AS h1`,
    `bit_xor(${d.hashInt(step, 1)}) AS h2`,
    `MAX(CASE WHEN next_tp IS NOT NULL AND ${undesigned} THEN 1 ELSE 0 END) AS unfit`,
    `${repeats} AS repeats`,
    ...stages.map((s) => `MIN(CASE WHEN stage = ${s} THEN ts END) AS e${s}`),
  ];
  // In a sequence whose stages never go back, the first event of a later stage is the earliest entry of one;
  // the others are the second pass's (two stages or more always make one, since a step back sends a case there).
  const later = stages.slice(0, -1).map((s, i) => {
    const entries = stages.slice(i + 1).map((t) => `s.e${t}`);
    const least = entries.length === 1 ? (entries[0] as string) : `LEAST(${entries.join(", ")})`;
    return `CASE WHEN o.sid IS NULL THEN ${least} ELSE o.c${s} END AS c${s}`;
  });
  const grouped = `(SELECT sid, ${columns.join(", ")} FROM jk_q GROUP BY sid) s`;
  const from = later.length > 0 ? `${grouped} LEFT JOIN jk_co o ON o.sid = s.sid` : grouped;
  // Grouped by the one integer key; the case is read back from it (sid = cid × 2^32 + session).
  return [
    ...(later.length > 0 ? [laterStageCte(stages)] : []),
    `jk_seqs AS (SELECT s.*${later.map((c) => `, ${c}`).join("")}, ${d.intDiv("s.sid", "4294967296")} AS cid FROM ${from})`,
  ];
}

/** The helper tables the aggregates share. */
export function factCtes(d: SqlDialect, touchpointCount: number, designed: readonly number[], segmented: boolean, stages: readonly number[]): string[] {
  const width = Math.max(1, String(Math.max(0, touchpointCount - 1)).length);
  const t = factTables(segmented);
  const last = stages[stages.length - 1];
  const stageMinutes = stages.map(
    (s) => `SELECT scope, ${s} AS stage, ${s === last ? `CAST(NULL AS ${d.double})` : `(c${s} - e${s}) / 60000.0`} AS minutes FROM ${t.sequences} q WHERE e${s} IS NOT NULL`,
  );
  const noStage = `SELECT CAST(NULL AS VARCHAR) AS scope, 0 AS stage, CAST(NULL AS ${d.double}) AS minutes WHERE FALSE`;
  return [
    ...sequencesCtes(d, touchpointCount, designed, stages),
    "jk_dq AS (SELECT q.* FROM jk_q q WHERE q.sid IN (SELECT sid FROM jk_seqs WHERE repeats = 1))",
    ...(segmented
      ? [`jk_x AS (SELECT * FROM ${scoped("jk_q", true)} t)`, `jk_dx AS (SELECT * FROM ${scoped("jk_dq", true)} t)`, `jk_sx AS (SELECT * FROM ${scoped("jk_seqs", true)} t)`]
      : []),
    `jk_step_v AS (SELECT scope, f, t, minutes, COUNT(*) AS c FROM (SELECT scope, tp AS f, next_tp AS t, (next_ts - ts) / 60000.0 AS minutes FROM ${t.steps} q WHERE next_tp IS NOT NULL) t GROUP BY scope, f, t, minutes)`,
    `jk_stage_v AS (SELECT scope, stage, minutes, COUNT(*) AS c FROM (${stageMinutes.length === 0 ? noStage : stageMinutes.join(" UNION ALL ")}) t GROUP BY scope, stage, minutes)`,
    // Sequences grouped by length and path hashes; only one sequence of each group is spelt out.
    `jk_vg AS (SELECT scope, len, h1, h2, COUNT(*) AS c, MIN(sid) AS rep FROM ${t.sequences} q GROUP BY scope, len, h1, h2)`,
    `jk_vp AS (SELECT sid, string_agg(lpad(CAST(tp AS VARCHAR), ${width}, '0'), ',' ORDER BY pos) AS path FROM jk_q WHERE sid IN (SELECT rep FROM jk_vg) GROUP BY sid)`,
  ];
}

/** The UNION ALL branches of every figure. */
export function aggregateBranches(d: SqlDialect, touchpointCount: number, maxVariants: number, maxUnmatched: number, segmented: boolean): string[] {
  const c = d.binaryCollation;
  const t = factTables(segmented);
  // Cases per touchpoint and per transition: rows counted, less the repeats within the sequences that have any.
  const steps = [
    `SELECT scope, -1 AS f, tp AS t, COUNT(*) AS n1, COUNT(*) AS n2 FROM ${t.steps} q WHERE pos = 1 GROUP BY scope, tp`,
    `SELECT scope, tp, COALESCE(next_tp, ${touchpointCount}), COUNT(*), COUNT(*) FROM ${t.steps} q GROUP BY scope, tp, next_tp`,
    `SELECT scope, tp, COALESCE(next_tp, ${touchpointCount}), 0, COUNT(DISTINCT sid) - COUNT(*) FROM ${t.repeatSteps} q GROUP BY scope, tp, next_tp`,
  ].join(" UNION ALL ");
  const reach = `SELECT scope, tp, COUNT(*) AS n FROM ${t.steps} q GROUP BY scope, tp UNION ALL SELECT scope, tp, COUNT(DISTINCT sid) - COUNT(*) FROM ${t.repeatSteps} q GROUP BY scope, tp`;
  return [
    // The counts over the matched rows read jk_matched, so that the numbered rows (jk_m) feed the window pass alone.
    `${row(d, "totals", { n: ["COUNT(*)", "COUNT(CASE WHEN ok = 1 THEN 1 END)", "MIN(CASE WHEN tp IS NOT NULL THEN ts END)", "MAX(CASE WHEN tp IS NOT NULL THEN ts END)"] })} FROM jk_matched`,
    `${row(d, "cases", { scope: "scope", n: ["COUNT(*)"] })} FROM ${t.sequences} q GROUP BY scope`,
    segmented
      ? `${row(d, "events", { scope: "scope", a: "tp", n: ["COUNT(*)"] })} FROM ${scoped("jk_m", true)} t GROUP BY scope, tp`
      : `${row(d, "events", { a: "tp", n: ["COUNT(*)"] })} FROM jk_matched WHERE tp IS NOT NULL GROUP BY tp`,
    `${row(d, "reach", { scope: "scope", a: "tp", n: ["SUM(n)"] })} FROM (${reach}) t GROUP BY scope, tp`,
    `${row(d, "step", { scope: "scope", a: "f", b: "t", n: ["SUM(n1)", "SUM(n2)"] })} FROM (${steps}) t GROUP BY scope, f, t`,
    `${row(d, "step_time", { scope: "scope", a: "f", b: "t", n: ["median", "p90"] })} FROM (${quantiles(d, "jk_step_v", "scope, f, t")}) t`,
    `${row(d, "stage", { scope: "scope", a: "stage", n: ["SUM(c)", "SUM(CASE WHEN minutes IS NULL THEN 0 ELSE c END)"] })} FROM jk_stage_v GROUP BY scope, stage`,
    `${row(d, "stage_time", { scope: "scope", a: "stage", n: ["median", "p90"] })} FROM (${quantiles(d, "jk_stage_v", "scope, stage")}) t`,
    `${row(d, "variant", { scope: "scope", k: "path", n: ["c"] })} FROM (SELECT g.scope, p.path, g.c, ROW_NUMBER() OVER (PARTITION BY g.scope ORDER BY g.c DESC, p.path${c}) AS r FROM jk_vg g JOIN jk_vp p ON p.sid = g.rep) t WHERE r <= ${maxVariants}`,
    `${row(d, "unfit", { scope: "scope", n: ["SUM(unfit)"] })} FROM ${t.sequences} q GROUP BY scope`,
    `${row(d, "unmatched", { k: "event", n: ["c"] })} FROM (SELECT event, c, ROW_NUMBER() OVER (ORDER BY c DESC, event${c}) AS r FROM (SELECT event, COUNT(*) AS c FROM jk_matched WHERE ok = 1 AND tp IS NULL GROUP BY event) t) t WHERE r <= ${maxUnmatched}`,
    `${row(d, "overlap", { a: "tp", b: "other", n: ["COUNT(*)"] })} FROM jk_matched WHERE other IS NOT NULL GROUP BY tp, other`,
  ];
}
