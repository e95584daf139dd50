import type { JourneyMap } from "../model/journey-map";
import type { Opportunity } from "../model/opportunity";
import { createAnalysisContext } from "./analysis-context";
import { formatNumber, plural, round } from "./format";

/** Options of {@link prioritizeOpportunities}. */
export interface PrioritizeOptions {
  /**
   * What to do with `"done"` and `"dropped"` opportunities: rank them after all open ones,
   * or leave them out. @defaultValue `"last"`
   */
  closed?: "last" | "exclude";
  /** Confidence (0–1) assumed where an opportunity gives none. @defaultValue `0.5` */
  defaultConfidence?: number;
  /** Frequency (0–1) assumed where a pain point gives none. @defaultValue `0.5` */
  defaultFrequency?: number;
  /** Weight of the pain addressed in `need`. @defaultValue `1` */
  painWeight?: number;
  /** Weight of the reach (touchpoints addressed) in `need`. @defaultValue `0.25` */
  reachWeight?: number;
}

/** One opportunity of the ranked list, with every number behind its score. */
export interface PrioritizedOpportunity {
  /** 1 for the first. */
  rank: number;
  /** The opportunity. */
  opportunityId: string;
  /** Its title. */
  title: string;
  /** Its status. */
  status: Opportunity["status"];
  /** Whether it is done or dropped. */
  closed: boolean;
  /** `impact × confidence × need ÷ effort`, 3 decimals. */
  score: number;
  /** The opportunity's impact, 1–5. */
  impact: number;
  /** The opportunity's effort, 1–5. */
  effort: number;
  /** The confidence used: the opportunity's, or `defaultConfidence`. */
  confidence: number;
  /** `1 + painWeight × pain + reachWeight × reach`, 3 decimals. */
  need: number;
  /** Σ `severity / 5 × frequency` over the pain points addressed, 3 decimals. */
  pain: number;
  /** Touchpoints addressed (directly or through its pain points), moments of truth counting twice. */
  reach: number;
  /** The pain points it addresses, in document order. */
  painPointIds: string[];
  /** The touchpoints it addresses, directly or through its pain points, in journey order. */
  touchpointIds: string[];
  /** How many of those touchpoints are moments of truth. */
  momentsOfTruth: number;
  /** The score's arithmetic in words. */
  explanation: string;
}

function share(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`invalid ${name}: expected a number`);
  if (value < 0 || value > 1) throw new RangeError(`invalid ${name}: ${value} is outside 0…1`);
  return value;
}

function weight(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`invalid ${name}: expected a number`);
  if (value < 0) throw new RangeError(`invalid ${name}: ${value} is negative`);
  return value;
}

/**
 * Returns the map's opportunities ranked by
 * `score = impact × confidence × need ÷ effort`, where
 * `need = 1 + painWeight × pain + reachWeight × reach`, `pain` sums `severity / 5 ×
 * frequency` over the pain points the opportunity addresses, and `reach` counts the
 * touchpoints it addresses directly or through those pain points (a moment of truth
 * counts twice). Ties go to higher impact, then lower effort, then higher confidence,
 * then document order. Done and dropped opportunities come last (or are left out with
 * `closed: "exclude"`). Throws a `TypeError` or `RangeError` naming a bad option.
 *
 * @example
 * ```ts
 * import { prioritizeOpportunities } from "journeykit";
 *
 * const ranked = prioritizeOpportunities(map).map((o) => `${o.rank}. ${o.title} (${o.score}): ${o.explanation}`);
 * ```
 */
export function prioritizeOpportunities(map: JourneyMap, options: PrioritizeOptions = {}): PrioritizedOpportunity[] {
  if (typeof options !== "object" || options === null) throw new TypeError("invalid options: expected an object");
  const closedMode = options.closed ?? "last";
  if (closedMode !== "last" && closedMode !== "exclude") throw new RangeError(`invalid closed: ${JSON.stringify(closedMode)}; expected "last" or "exclude"`);
  const defaultConfidence = share(options.defaultConfidence, "defaultConfidence", 0.5);
  const defaultFrequency = share(options.defaultFrequency, "defaultFrequency", 0.5);
  const painWeight = weight(options.painWeight, "painWeight", 1);
  const reachWeight = weight(options.reachWeight, "reachWeight", 0.25);
  const context = createAnalysisContext(map);

  const entries = map.opportunities.map((opportunity, index) => {
    const painIds = new Set<string>();
    let pain = 0;
    const touchpoints = new Set<string>();
    for (const id of opportunity.touchpointIds) if (context.touchpointById.has(id)) touchpoints.add(id);
    for (const id of opportunity.painPointIds) {
      const painPoint = context.painPointById.get(id);
      if (!painPoint || painIds.has(id)) continue;
      painIds.add(id);
      pain += (painPoint.severity / 5) * (painPoint.frequency ?? defaultFrequency);
      for (const tp of painPoint.touchpointIds) if (context.touchpointById.has(tp)) touchpoints.add(tp);
    }
    const touchpointIds = [...touchpoints].sort((a, b) => (context.anchor.get(a) ?? 0) - (context.anchor.get(b) ?? 0));
    let momentsOfTruth = 0;
    for (const id of touchpointIds) if (context.touchpointById.get(id)?.momentOfTruth === true) momentsOfTruth++;
    const reach = touchpointIds.length + momentsOfTruth;
    const confidence = opportunity.confidence ?? defaultConfidence;
    const need = 1 + painWeight * pain + reachWeight * reach;
    const raw = (opportunity.impact * confidence * need) / opportunity.effort;
    const closed = opportunity.status === "done" || opportunity.status === "dropped";
    const painText = painIds.size
      ? `pain ${formatNumber(pain)} from ${plural(painIds.size, "pain point")}`
      : "no pain point";
    const reachText = `reach ${formatNumber(reach)} from ${plural(touchpointIds.length, "touchpoint")}${momentsOfTruth ? ` (${momentsOfTruth} ${momentsOfTruth === 1 ? "moment" : "moments"} of truth)` : ""}`;
    const confidenceText = `confidence ${formatNumber(confidence)}${opportunity.confidence === undefined ? " (assumed)" : ""}`;
    const entry: PrioritizedOpportunity = {
      rank: 0,
      opportunityId: opportunity.id,
      title: opportunity.title,
      status: opportunity.status,
      closed,
      score: round(raw),
      impact: opportunity.impact,
      effort: opportunity.effort,
      confidence,
      need: round(need),
      pain: round(pain),
      reach,
      painPointIds: [...painIds],
      touchpointIds,
      momentsOfTruth,
      explanation: `impact ${opportunity.impact} × ${confidenceText} × need ${formatNumber(need)} ÷ effort ${opportunity.effort} = ${formatNumber(raw)}; need = 1 + ${painText} + ${reachText}${closed ? `; ${opportunity.status}, ranked last` : ""}`,
    };
    return { entry, index, key: round(raw, 6) };
  });

  const kept = closedMode === "exclude" ? entries.filter((e) => !e.entry.closed) : entries;
  kept.sort(
    (a, b) =>
      Number(a.entry.closed) - Number(b.entry.closed) ||
      b.key - a.key ||
      b.entry.impact - a.entry.impact ||
      a.entry.effort - b.entry.effort ||
      b.entry.confidence - a.entry.confidence ||
      a.index - b.index,
  );
  return kept.map((e, i) => ({ ...e.entry, rank: i + 1 }));
}
