/*
 * The result rows of `eventsSql`, read into one lookup per scope. Engines hand numbers
 * back as numbers, bigints or decimal strings, and some upper-case column names; both are
 * accepted here, and anything else is a RangeError naming the row.
 */

/** The figures of one scope (the whole log, or one segment), keyed as the query writes them. */
export interface ScopeFigures {
  cases: number;
  unfit: number;
  events: Map<number, number>;
  reach: Map<number, number>;
  /** `(from, to)` → [count, cases]. */
  steps: Map<string, [number, number]>;
  stepTimes: Map<string, [number | null, number | null]>;
  /** stage → [entered, continued]. */
  stages: Map<number, [number, number]>;
  stageTimes: Map<number, [number | null, number | null]>;
  variants: { path: number[]; cases: number }[];
}

/** Every figure of a result, by scope (`null` for the whole log). */
export interface AggregateFigures {
  totals: { rows: number; events: number; first: number | null; last: number | null };
  unmatched: { event: string; count: number }[];
  overlaps: { winner: number; other: number; events: number }[];
  scopes: Map<string | null, ScopeFigures>;
}

const KINDS = ["totals", "cases", "events", "reach", "step", "step_time", "stage", "stage_time", "variant", "unfit", "unmatched", "overlap"];

function lower(row: unknown, index: number): Record<string, unknown> {
  if (typeof row !== "object" || row === null) throw new RangeError(`invalid aggregate row ${index}: expected an object`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key.toLowerCase()] = value;
  return out;
}

function num(value: unknown, index: number, column: string): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "bigint" ? Number(value) : typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new RangeError(`invalid aggregate row ${index}: ${column} is not a number (${JSON.stringify(String(value)).slice(0, 40)})`);
  return n;
}

function emptyScope(): ScopeFigures {
  return { cases: 0, unfit: 0, events: new Map(), reach: new Map(), steps: new Map(), stepTimes: new Map(), stages: new Map(), stageTimes: new Map(), variants: [] };
}

function take(figures: AggregateFigures, r: Record<string, unknown>, i: number): void {
  const kind = r.kind;
  if (typeof kind !== "string" || !KINDS.includes(kind)) throw new RangeError(`invalid aggregate row ${i}: unknown kind ${JSON.stringify(kind)}`);
  const at = (c: string) => num(r[c], i, c);
  const need = (c: string) => at(c) ?? 0;
  // CSV has no NULL: an empty scope is the whole log (segments are never empty).
  const scopeKey = r.scope === null || r.scope === undefined || r.scope === "" ? null : String(r.scope);
  let scope = figures.scopes.get(scopeKey);
  if (scope === undefined) {
    scope = emptyScope();
    figures.scopes.set(scopeKey, scope);
  }
  const pair = `${need("a")},${need("b")}`;
  switch (kind) {
    case "totals":
      figures.totals = { rows: need("n1"), events: need("n2"), first: at("n3"), last: at("n4") };
      break;
    case "cases":
      scope.cases = need("n1");
      break;
    case "unfit":
      scope.unfit = need("n1");
      break;
    case "events":
    case "reach":
      scope[kind].set(need("a"), need("n1"));
      break;
    case "step":
      scope.steps.set(pair, [need("n1"), need("n2")]);
      break;
    case "step_time":
      scope.stepTimes.set(pair, [at("n1"), at("n2")]);
      break;
    case "stage":
      scope.stages.set(need("a"), [need("n1"), need("n2")]);
      break;
    case "stage_time":
      scope.stageTimes.set(need("a"), [at("n1"), at("n2")]);
      break;
    case "variant":
      scope.variants.push({
        path: String(r.k ?? "")
          .split(",")
          .map(Number),
        cases: need("n1"),
      });
      break;
    case "unmatched":
      figures.unmatched.push({ event: String(r.k ?? ""), count: need("n1") });
      break;
    default:
      figures.overlaps.push({ winner: need("a"), other: need("b"), events: need("n1") });
  }
}

/** Reads the result rows of `eventsSql`; throws a RangeError naming a row that is not one. */
export function readAggregateRows(rows: Iterable<unknown>): AggregateFigures {
  const figures: AggregateFigures = { totals: { rows: 0, events: 0, first: null, last: null }, unmatched: [], overlaps: [], scopes: new Map([[null, emptyScope()]]) };
  let i = 0;
  for (const row of rows) take(figures, lower(row, i), i++);
  return figures;
}
