import type { Operation } from "../edit/operation-schema";
import type { IdGenerator } from "../model/create-id";
import type { JourneyMap } from "../model/journey-map";
import type { Metric } from "../model/metric";
import type { JourneyAnalytics } from "./journey-analytics";

/** Options of {@link analyticsToOperations}. */
export interface AnalyticsToOperationsOptions {
  /** The date of the measurement, the evidence's `collectedAt` (ISO 8601 or a Date; no clock is read). */
  asOf: string | Date;
  /** Makes the evidence id. @defaultValue `` `${prefix}-analytics-${asOf date}` ``, with `-2`, `-3`… when taken */
  generateId?: IdGenerator;
  /** The evidence title. @defaultValue `"Event log: <cases> cases, <events> events"` */
  title?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

function asOfText(asOf: unknown): string {
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw new RangeError("invalid asOf: the Date is invalid");
    return asOf.toISOString().slice(0, 10);
  }
  if (typeof asOf !== "string" || !ISO_DATE.test(asOf)) throw new TypeError(`invalid asOf: expected an ISO 8601 date such as "2026-06-01" or a Date, got ${JSON.stringify(asOf)}`);
  return asOf;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);
const minutes = (value: number) => Math.round(value * 100) / 100;

/** `metrics` with each measured metric replacing the one of the same name (whose target it keeps). */
function merge(metrics: readonly Metric[], measured: readonly Metric[]): Metric[] {
  const names = new Set(measured.map((m) => m.name));
  const kept = metrics.filter((m) => !names.has(m.name));
  return [
    ...kept,
    ...measured.map((m) => {
      const target = metrics.find((old) => old.name === m.name)?.target;
      return target === undefined ? m : { ...m, target };
    }),
  ];
}

function unusedId(map: JourneyMap, base: string): string {
  const used = new Set([map.id, ...map.evidence.map((e) => e.id), ...map.touchpoints.map((t) => t.id), ...map.stages.map((s) => s.id)]);
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  return id;
}

/**
 * Returns the operations that record `analytics` in `map`: one `addEvidence` of kind
 * `analytics` (`sampleSize` = cases, `collectedAt` = `asOf`), an `updateTouchpoint` per
 * touchpoint some case reached (the evidence linked, a "Reach" metric: its share of
 * cases), and an `updateStage` per stage some case entered ("Reach", "Conversion" and
 * "Drop-off" as shares, "Time to next stage" as the median in minutes). A metric replaces
 * the one of the same name and keeps its target, so a map measured twice diffs cleanly.
 * Apply them with `applyOperations` (undoable). Throws a TypeError or RangeError for a bad
 * `asOf`.
 *
 * @example
 * ```ts
 * import { analyticsToOperations, analyzeEvents, applyOperations, parseJourneyMap } from "journeykit";
 *
 * const map = parseJourneyMap({
 *   schemaVersion: 1, id: "m", title: "Shop", stages: [{ id: "s", name: "Buy" }],
 *   touchpoints: [{ id: "cart", stageId: "s", name: "Cart", observe: [{ event: "cart.*" }] }],
 * });
 * const analytics = await analyzeEvents(map, [{ caseId: "u1", event: "cart.add", time: 0 }]);
 * const result = applyOperations(map, analyticsToOperations(map, analytics, { asOf: "2026-06-01" }));
 * if (result.ok) result.map.evidence[0]?.kind; // "analytics"
 * ```
 */
export function analyticsToOperations(map: JourneyMap, analytics: JourneyAnalytics, options: AnalyticsToOperationsOptions): Operation[] {
  if (typeof options !== "object" || options === null) throw new TypeError("invalid options: expected { asOf }");
  const asOf = asOfText(options.asOf);
  const base = options.generateId ? options.generateId("ev") : `ev-analytics-${asOf.slice(0, 10)}`;
  const evidenceId = unusedId(map, base);
  const title = options.title ?? `Event log: ${analytics.cases} cases, ${analytics.events} events`;
  const ops: Operation[] = [{ type: "addEvidence", evidence: { id: evidenceId, kind: "analytics", title, collectedAt: asOf, sampleSize: analytics.cases } }];
  const reach = new Map(analytics.touchpoints.map((t) => [t.touchpointId, t]));
  for (const tp of map.touchpoints) {
    const seen = reach.get(tp.id);
    if (!seen || seen.cases === 0) continue;
    const metric: Metric = { name: "Reach", kind: "conversion", value: share(seen.cases, analytics.cases), unit: "share" };
    ops.push({ type: "updateTouchpoint", id: tp.id, changes: { evidenceIds: [...tp.evidenceIds, evidenceId], metrics: merge(tp.metrics, [metric]) } });
  }
  const funnel = new Map(analytics.stages.map((s) => [s.stageId, s]));
  for (const stage of map.stages) {
    const f = funnel.get(stage.id);
    if (!f || f.entered === 0) continue;
    const measured: Metric[] = [{ name: "Reach", kind: "conversion", value: share(f.entered, analytics.cases), unit: "share" }];
    if (f.dropOff !== null) {
      measured.push({ name: "Conversion", kind: "conversion", value: share(f.continued, f.entered), unit: "share" });
      measured.push({ name: "Drop-off", kind: "conversion", value: share(f.dropOff, f.entered), unit: "share", higherIsBetter: false });
    }
    if (f.medianMinutes !== null) measured.push({ name: "Time to next stage", kind: "duration", value: minutes(f.medianMinutes), unit: "min", higherIsBetter: false });
    ops.push({ type: "updateStage", id: stage.id, changes: { metrics: merge(stage.metrics, measured) } });
  }
  return ops;
}
