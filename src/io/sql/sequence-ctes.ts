/*
 * The first half of the query of `eventsSql`: from the log's rows to sequences. Rows are
 * checked, matched to the first touchpoint (in journey order) whose `observe` rules match,
 * ordered per case by time (ties by `columns.order`, then touchpoint), split into sessions
 * after a gap, and consecutive repeats collapsed, exactly as the streaming analyzer does.
 * `jk_q` holds one row per step of each sequence (case, session) with its position, the
 * next step and the stages entered so far, and `jk_cseg` (with `segmentBy`) the segment of
 * each case: that of its earliest matched event. The matching itself is in match-ctes.ts.
 */
import type { JourneyMap } from "../../model/journey-map";
import type { Touchpoint } from "../../model/touchpoint";
import type { EventsSqlOptions, ResolvedEventsSqlOptions } from "./events-sql-options";
import { urlBareSql, urlPathSql } from "./observe-sql";
import { sqlIdentifier, sqlString } from "./sql-dialect";

const col = (name: string) => sqlIdentifier(name);

/** The FROM target of the query: the quoted table, or DuckDB's reader of the file. */
export function fromClause(o: ResolvedEventsSqlOptions): string {
  return "table" in o.from ? sqlIdentifier(o.from.table) : sourceSql(o.from.source);
}

/** DuckDB's table function that reads a file directly, its path an escaped literal. */
export function sourceSql(source: NonNullable<EventsSqlOptions["source"]>): string {
  if ("csv" in source) return `read_csv(${sqlString(source.csv)}, header = true, delim = ',', quote = '"', escape = '"')`;
  if ("parquet" in source) return `read_parquet(${sqlString(source.parquet)})`;
  return `read_json(${sqlString(source.jsonl)}, format = 'newline_delimited')`;
}

/** The property names that rules and `segmentBy` read. */
export function propertyNames(order: readonly Touchpoint[], segmentBy: string | undefined): string[] {
  const names = new Set<string>();
  for (const tp of order) for (const rule of tp.observe ?? []) for (const key of Object.keys(rule.where ?? {})) names.add(key);
  if (segmentBy !== undefined && segmentBy !== "segment") names.add(segmentBy);
  return [...names].sort();
}

/** `jk_rows`: only the columns the query reads (so a Parquet file's others stay unread), under fixed names and types. */
export function rowsCte(o: ResolvedEventsSqlOptions, properties: readonly string[]): string {
  const { columns: c, dialect: d } = o;
  const text = (expr: string) => `CAST(${expr} AS VARCHAR)`;
  const time = o.timeType === "epoch_ms" ? `CAST(${col(c.time)} AS ${d.double})` : d.epochMs(col(c.time));
  const fields = [
    `${text(col(c.case))} AS case_id`,
    `${text(col(c.event))} AS event`,
    `${time} AS ts`,
    c.url === undefined ? "CAST(NULL AS VARCHAR) AS url" : `${text(col(c.url))} AS url`,
    c.order === undefined ? "CAST(NULL AS BIGINT) AS ord" : `${col(c.order)} AS ord`,
    ...properties.map((p, i) =>
      o.knownColumns === undefined || o.knownColumns.has(c.properties[p] ?? p) ? `${text(col(c.properties[p] ?? p))} AS p${i}` : `CAST(NULL AS VARCHAR) AS p${i}`,
    ),
  ];
  if (o.segmentBy === undefined) fields.push("CAST(NULL AS VARCHAR) AS seg");
  else {
    const column = o.segmentBy === "segment" ? c.segment : (c.properties[o.segmentBy] ?? o.segmentBy);
    fields.push(o.knownColumns === undefined || o.knownColumns.has(column) ? `${text(col(column))} AS seg` : "CAST(NULL AS VARCHAR) AS seg");
  }
  return `jk_rows AS (SELECT ${fields.join(", ")} FROM ${fromClause(o)})`;
}

/**
 * Every row with `ok` (1 when it has a case, an event and a time within the length limits)
 * and its URL path: the rows are not filtered here, so that `jk_rows` and `jk_ok` are
 * read once and engines stream them instead of keeping a copy.
 */
export function okCte(o: ResolvedEventsSqlOptions): string {
  const max = o.maxFieldLength;
  const checks = `case_id IS NOT NULL AND case_id <> '' AND event IS NOT NULL AND event <> '' AND ts IS NOT NULL AND length(case_id) <= ${max} AND length(event) <= ${max} AND (url IS NULL OR length(url) <= ${max})`;
  const ok = `CASE WHEN ${checks} THEN 1 ELSE 0 END AS ok`;
  if (o.columns.url === undefined) return `jk_ok AS (SELECT *, ${ok}, CAST(NULL AS VARCHAR) AS path FROM jk_rows)`;
  // The bare path is computed once per row in the inner query: the CASE reads it four times.
  return `jk_ok AS (SELECT *, ${ok}, ${urlPathSql("bare", o.dialect)} AS path FROM (SELECT *, ${urlBareSql("url", o.dialect)} AS bare FROM jk_rows${o.dialect.fence}) t)`;
}

/**
 * Stage index of the touchpoint index in `column`, as a CASE over ranges (touchpoints are in
 * journey order); NULL when the column is NULL.
 */
export function stageOfSql(map: JourneyMap, order: readonly Touchpoint[], column = "tp"): string {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const bounds: string[] = [];
  order.forEach((tp, i) => {
    const stage = stageIndex.get(tp.stageId) as number;
    if (i === 0 || stage !== stageIndex.get((order[i - 1] as Touchpoint).stageId)) bounds.push(`WHEN ${column} >= ${i} THEN ${stage}`);
  });
  return bounds.length === 0 ? `CASE WHEN ${column} IS NOT NULL THEN 0 END` : `CASE ${bounds.reverse().join(" ")} END`;
}

/** The stage indices that hold touchpoints, ascending: the only stages a sequence can enter. */
export function touchpointStages(map: JourneyMap, order: readonly Touchpoint[]): number[] {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  return [...new Set(order.map((tp) => stageIndex.get(tp.stageId) as number))].sort((a, b) => a - b);
}

/** Bits of index `i` in masks of 62 (a BIGINT each, sign bit unused): the mask's number and the bit's value. */
export function maskBit(i: number): { mask: number; bit: string } {
  return { mask: Math.floor(i / 62), bit: (2n ** BigInt(i % 62)).toString() };
}

/** The masks of `column` (an index) that cover `indices`: each the bit of the row's index when it falls in that mask, else 0. */
export function maskTerms(column: string, indices: readonly number[]): { mask: number; term: string }[] {
  const masks = [...new Set(indices.map((i) => maskBit(i).mask))];
  return masks.map((m) => ({ mask: m, term: `CASE WHEN ${column} >= ${m * 62} AND ${column} < ${m * 62 + 62} THEN CAST(1 AS BIGINT) << (${column} - ${m * 62}) ELSE 0 END` }));
}

/** The conditions under which an event and the next one make their case not plain (see {@link sequenceCtes}). */
function oddConditions(o: ResolvedEventsSqlOptions, stageOf: (column: string) => string, stages: readonly number[]): string[] {
  return [
    ...(o.collapseRepeats ? ["next_tp = tp"] : []),
    ...(Number.isFinite(o.sessionGapMinutes) ? [`next_ts - ts > ${o.sessionGapMinutes * 60_000}`] : []),
    ...(stages.length > 1 ? [`${stageOf("next_tp")} < stage`] : []),
  ];
}

/**
 * The sequences, from one window pass over each case's events ordered by time (numbered
 * `rn`) with the next event — three window functions, since each one more costs engines
 * nearly as much as the ordering itself. A plain case — one session, nothing to collapse,
 * stages never going back — is its own sequence, so that pass is all it needs; which
 * cases are not plain (`jk_odd`, few in most logs) is read from each event and the next
 * one. Only those go through a second pass (`jk_qo`), which adds the previous event (for
 * sessions and repeats) and, over their kept steps, a running mask of the stages entered
 * so far (`sm<n>`, for every stage that a later stage can follow). The funnel reads the
 * mask in place of a self-join; in a plain case every later stage comes after every
 * earlier one, so it needs no mask. `jk_q` holds the steps of every sequence.
 */
export function sequenceCtes(o: ResolvedEventsSqlOptions, stageOf: (column: string) => string, stages: readonly number[]): string[] {
  const tie = o.columns.order === undefined ? "tp" : "ord, tp";
  const gapMs = Number.isFinite(o.sessionGapMinutes) ? o.sessionGapMinutes * 60_000 : undefined;
  const entered = maskTerms("stage", stages.slice(0, -1))
    .map(({ mask, term }) => `, bit_or(${term}) OVER (w ROWS UNBOUNDED PRECEDING) AS sm${mask}`)
    .join("");
  const odd = oddConditions(o, stageOf, stages);
  // A sequence (a case's session) as one integer: sessions of a case stay below 2^32.
  const plain = "SELECT cid * 4294967296 + 1 AS sid, cid, tp, ts, stage, rn AS pos, next_tp, next_ts FROM jk_e";
  const ctes = [
    `jk_e AS (SELECT cid, tp, ts, stage, ROW_NUMBER() OVER w AS rn, LEAD(tp) OVER w AS next_tp, LEAD(ts) OVER w AS next_ts FROM (SELECT cid, tp, ts, ord, ${stageOf("tp")} AS stage FROM jk_m) t WINDOW w AS (PARTITION BY cid ORDER BY ts, ${tie}))`,
  ];
  if (odd.length === 0) ctes.push(`jk_q AS (${plain})`);
  else {
    const previous = `LAG(tp) OVER p AS prev_tp${gapMs === undefined ? "" : ", LAG(ts) OVER p AS prev_ts"}`;
    const fresh = `CASE WHEN rn = 1${gapMs === undefined ? "" : ` OR ts - prev_ts > ${gapMs}`} THEN 1 ELSE 0 END`;
    const sess = gapMs === undefined ? "1" : "SUM(fresh) OVER (PARTITION BY cid ORDER BY rn ROWS UNBOUNDED PRECEDING)";
    ctes.push(
      `jk_odd AS (SELECT DISTINCT cid FROM jk_e WHERE ${odd.join(" OR ")})`,
      `jk_s AS (SELECT *, ${sess} AS sess FROM (SELECT cid, tp, ts, stage, rn, prev_tp, ${fresh} AS fresh FROM (SELECT cid, tp, ts, stage, rn, ${previous} FROM jk_e WHERE cid IN (SELECT cid FROM jk_odd) WINDOW p AS (PARTITION BY cid ORDER BY rn)) t) t)`,
      `jk_k AS (SELECT cid * 4294967296 + sess AS sid, cid, tp, ts, rn, stage FROM jk_s${o.collapseRepeats ? " WHERE fresh = 1 OR prev_tp <> tp" : ""})`,
      `jk_qo AS (SELECT sid, cid, tp, ts, stage, ROW_NUMBER() OVER w AS pos, LEAD(tp) OVER w AS next_tp, LEAD(ts) OVER w AS next_ts${entered} FROM jk_k WINDOW w AS (PARTITION BY sid ORDER BY rn))`,
      `jk_q AS (${plain} WHERE cid NOT IN (SELECT cid FROM jk_odd) UNION ALL SELECT sid, cid, tp, ts, stage, pos, next_tp, next_ts FROM jk_qo)`,
    );
  }
  if (o.segmentBy !== undefined)
    ctes.push(
      `jk_cseg AS (SELECT cid, seg FROM (SELECT cid, seg, ROW_NUMBER() OVER (PARTITION BY cid ORDER BY ts, ${tie}) AS r FROM jk_m WHERE seg IS NOT NULL AND seg <> '') t WHERE r = 1)`,
    );
  return ctes;
}
