/*
 * A plain, obviously correct implementation of the event analytics, written straight from
 * DESIGN.md with objects and sorts and no attention to speed, to compare the streaming
 * analyzer against.
 */
import { flowGraph, journeyOrder } from "../../src/model/flow-graph";
import type { JourneyMap } from "../../src/model/journey-map";
import type { EventRow } from "../../src/measure/event-row";

interface Ev {
  tp: string;
  time: number;
}

function globMatches(glob: string, name: string): boolean {
  // Recursive glob: "*" matches any run of characters.
  if (glob === "") return name === "";
  if (glob[0] === "*") {
    for (let i = 0; i <= name.length; i++) if (globMatches(glob.slice(1), name.slice(i))) return true;
    return false;
  }
  return name.length > 0 && glob[0] === name[0] && globMatches(glob.slice(1), name.slice(1));
}

function timeOf(t: EventRow["time"]): number {
  if (typeof t === "number") return t;
  if (t instanceof Date) return t.getTime();
  if (/^\d+$/.test(t)) return Number(t);
  return Date.parse(/Z|[+-]\d\d:\d\d$/.test(t) ? t : `${t}Z`);
}

/** Lower nearest-rank quantile of a sorted list, from the definition: the smallest value with at least q·n values at or below it. */
function quantile(sorted: number[], q: 0.5 | 0.9): number | null {
  if (sorted.length === 0) return null;
  const [num, den] = q === 0.5 ? [1, 2] : [9, 10];
  for (const value of sorted) if (sorted.filter((v) => v <= value).length * den >= num * sorted.length) return value;
  return sorted[sorted.length - 1] as number;
}

export interface OracleOptions {
  collapseRepeats?: boolean;
  sessionGapMinutes?: number;
}

/** The analytics of `rows` (event-only `observe` rules), computed the plain way. */
export function oracle(map: JourneyMap, rows: EventRow[], options: OracleOptions = {}) {
  const order = journeyOrder(map);
  const flow = flowGraph(map);
  const byCase = new Map<string, Ev[]>();
  let matchedEvents = 0;
  const tpEvents = new Map<string, number>();
  for (const row of rows) {
    const tp = order.find((t) => (t.observe ?? []).some((r) => r.event !== undefined && globMatches(r.event, row.event)));
    if (!tp) continue;
    matchedEvents++;
    tpEvents.set(tp.id, (tpEvents.get(tp.id) ?? 0) + 1);
    const list = byCase.get(row.caseId) ?? [];
    list.push({ tp: tp.id, time: timeOf(row.time) });
    byCase.set(row.caseId, list);
  }
  const sequences: Ev[][] = [];
  for (const events of byCase.values()) {
    const sorted = [...events].sort((a, b) => a.time - b.time);
    let current: Ev[] = [];
    let previous = Number.NaN;
    for (const e of sorted) {
      if (current.length > 0 && options.sessionGapMinutes !== undefined && e.time - previous > options.sessionGapMinutes * 60_000) {
        sequences.push(current);
        current = [];
      }
      previous = e.time;
      if (current.length > 0 && options.collapseRepeats !== false && current[current.length - 1]?.tp === e.tp) continue;
      current.push(e);
    }
    sequences.push(current);
  }
  const isEdge = (a: string, b: string) => flow.edges.some((e) => e.from === a && e.to === b);
  const pairs = new Map<string, { from: string; to: string; count: number; cases: Set<number>; minutes: number[] }>();
  const add = (from: string, to: string, s: number, minutes?: number) => {
    const key = JSON.stringify([from, to]);
    const p = pairs.get(key) ?? { from, to, count: 0, cases: new Set<number>(), minutes: [] };
    p.count++;
    p.cases.add(s);
    if (minutes !== undefined) p.minutes.push(minutes);
    pairs.set(key, p);
  };
  sequences.forEach((seq, s) => {
    add("start", (seq[0] as Ev).tp, s);
    for (let i = 0; i + 1 < seq.length; i++) add((seq[i] as Ev).tp, (seq[i + 1] as Ev).tp, s, ((seq[i + 1] as Ev).time - (seq[i] as Ev).time) / 60_000);
    add((seq[seq.length - 1] as Ev).tp, "end", s);
  });
  const rank = (id: string) => (id === "start" ? -1 : id === "end" ? order.length : order.findIndex((t) => t.id === id));
  const transitions = [...pairs.values()]
    .sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to))
    .map((p) => {
      const sorted = [...p.minutes].sort((a, b) => a - b);
      const edge = p.from === "start" || p.to === "end";
      return {
        from: p.from,
        to: p.to,
        count: p.count,
        cases: p.cases.size,
        medianMinutes: edge ? null : quantile(sorted, 0.5),
        p90Minutes: edge ? null : quantile(sorted, 0.9),
        designed: p.from === "start" ? flow.starts.includes(p.to) : p.to === "end" ? flow.ends.includes(p.from) : isEdge(p.from, p.to),
      };
    });
  const stageIndex = (tp: string) => map.stages.findIndex((s) => s.id === order.find((t) => t.id === tp)?.stageId);
  const lastStage = order.length ? stageIndex((order[order.length - 1] as { id: string }).id) : -1;
  const stages = map.stages.map((stage, si) => {
    let entered = 0;
    const minutes: number[] = [];
    for (const seq of sequences) {
      const first = seq.findIndex((e) => stageIndex(e.tp) === si);
      if (first === -1) continue;
      entered++;
      const later = seq.findIndex((e, i) => i > first && stageIndex(e.tp) > si);
      if (later !== -1) minutes.push(((seq[later] as Ev).time - (seq[first] as Ev).time) / 60_000);
    }
    minutes.sort((a, b) => a - b);
    return {
      stageId: stage.id,
      entered,
      continued: minutes.length,
      dropOff: si === lastStage ? null : entered - minutes.length,
      medianMinutes: quantile(minutes, 0.5),
      p90Minutes: quantile(minutes, 0.9),
    };
  });
  const variantCounts = new Map<string, number>();
  for (const seq of sequences) variantCounts.set(JSON.stringify(seq.map((e) => e.tp)), (variantCounts.get(JSON.stringify(seq.map((e) => e.tp))) ?? 0) + 1);
  const fit = sequences.filter((seq) => seq.every((e, i) => i === 0 || isEdge((seq[i - 1] as Ev).tp, e.tp))).length;
  return {
    cases: sequences.length,
    events: rows.length,
    matchedEvents,
    touchpoints: order.map((t) => ({ touchpointId: t.id, cases: sequences.filter((seq) => seq.some((e) => e.tp === t.id)).length, events: tpEvents.get(t.id) ?? 0 })),
    stages,
    transitions,
    variants: [...variantCounts].map(([key, cases]) => ({ touchpointIds: JSON.parse(key) as string[], cases })),
    conformance: {
      fitness: sequences.length === 0 ? null : fit / sequences.length,
      unobserved: order.filter((t) => (t.observe?.length ?? 0) > 0 && !sequences.some((seq) => seq.some((e) => e.tp === t.id))).map((t) => t.id),
      unusedEdges: flow.edges.filter((e) => !pairs.has(JSON.stringify([e.from, e.to]))).map((e) => ({ from: e.from, to: e.to })),
      undesigned: transitions.filter((t) => !t.designed && t.from !== "start" && t.to !== "end").map((t) => ({ from: t.from, to: t.to, cases: t.cases, count: t.count })),
    },
  };
}
