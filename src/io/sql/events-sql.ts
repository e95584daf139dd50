import { flowGraph, journeyOrder } from "../../model/flow-graph";
import type { JourneyMap } from "../../model/journey-map";
import { aggregateBranches, factCtes } from "./aggregate-ctes";
import { type EventsSqlOptions, resolveEventsSqlOptions } from "./events-sql-options";
import { matchCtes, overlapCandidates, touchpointConditions } from "./match-ctes";
import { okCte, propertyNames, rowsCte, sequenceCtes, stageOfSql, touchpointStages } from "./sequence-ctes";

/** The designed pairs of the flow as `from × n + to`, by touchpoint index in journey order. */
function designedPairs(map: JourneyMap, ids: readonly string[]): number[] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const pairs = new Set<number>();
  for (const edge of flowGraph(map).edges) pairs.add((index.get(edge.from) as number) * n + (index.get(edge.to) as number));
  return [...pairs].sort((a, b) => a - b);
}

/**
 * Returns one SQL query that computes, inside the engine that holds an event log, every
 * aggregate that `JourneyAnalytics` needs; read its result rows back with
 * {@link analyticsFromAggregates}. The query does what the streaming analyzer does — the
 * map's `observe` rules compiled to SQL (every user string escaped as a literal, every
 * table and column name quoted as an identifier), sequences ordered by time with ties in a
 * stable order, repeats collapsed, sessions split, quantiles as lower nearest-rank values
 * — with standard window functions, so that DuckDB, PostgreSQL and warehouses that run
 * standard SQL agree with it exactly. Throws a TypeError or RangeError for a bad option;
 * the map must be valid.
 *
 * @example
 * ```ts
 * import { eventsSql, parseJourneyMap } from "journeykit";
 *
 * const map = parseJourneyMap({
 *   schemaVersion: 1, id: "m", title: "Shop", stages: [{ id: "s", name: "Buy" }],
 *   touchpoints: [{ id: "cart", stageId: "s", name: "Cart", observe: [{ event: "cart.*" }] }],
 * });
 * const sql = eventsSql(map, { dialect: "postgres", table: ["analytics", "events"], columns: { case: "user_id", event: "name", time: "ts" } });
 * sql.startsWith("WITH"); // true
 * ```
 */
export function eventsSql(map: JourneyMap, options: EventsSqlOptions): string {
  const o = resolveEventsSqlOptions(options);
  const order = journeyOrder(map);
  const properties = propertyNames(order, o.segmentBy);
  const stages = touchpointStages(map, order);
  const segmented = o.segmentBy !== undefined;
  const ctes = [
    rowsCte(o, properties),
    okCte(o),
    ...matchCtes(touchpointConditions(o, order, properties), overlapCandidates(order), o.dialect.fence),
    ...sequenceCtes(o, (column) => stageOfSql(map, order, column), stages),
    ...factCtes(
      o.dialect,
      order.length,
      designedPairs(
        map,
        order.map((t) => t.id),
      ),
      segmented,
      stages,
    ),
  ];
  return `WITH\n${ctes.join(",\n")}\n${aggregateBranches(o.dialect, order.length, o.maxVariants, o.maxUnmatched, segmented).join("\nUNION ALL\n")}\n`;
}
