import type { JourneyMap } from "../model/journey-map";
import type { Opportunity } from "../model/opportunity";
import { type AnalysisContext, createAnalysisContext } from "./analysis-context";
import { suggestNearest } from "../validate/suggest";
import { describeValue, formatNumber, plural, round } from "./format";

/** Options of {@link prioritizeOpportunities}. */
export interface PrioritizeOpportunitiesOptions {
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
  /**
   * `impact × confidence × need ÷ effort`, 3 decimals; `null` when impact or effort is
   * unknown (such opportunities rank after every scored one: a score is never guessed).
   */
  score: number | null;
  /** The opportunity's impact, 1–5, or `null` when unknown. */
  impact: number | null;
  /** The opportunity's effort, 1–5, or `null` when unknown. */
  effort: number | null;
  /** The scores the opportunity lacks, so it could not be scored (`[]` when scored). */
  unknownScores: ("impact" | "effort")[];
  /** The confidence used: the opportunity's, or `defaultConfidence`. */
  confidence: number;
  /** `1 + painWeight × pain + reachWeight × reach`, 3 decimals. */
  need: number;
  /** Σ `severity / 5 × frequency` over the pain points addressed whose severity is known, 3 decimals. */
  pain: number;
  /** The pain points addressed whose severity is unknown, left out of `pain`. */
  unknownSeverityPainPointIds: string[];
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
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`invalid ${name}: expected a number, got ${describeValue(value)}`);
  if (value < 0 || value > 1) throw new RangeError(`invalid ${name}: ${value} is outside 0…1`);
  return value;
}

function weight(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`invalid ${name}: expected a number, got ${describeValue(value)}`);
  if (value < 0) throw new RangeError(`invalid ${name}: ${value} is negative`);
  return value;
}

const OPTION_NAMES = ["closed", "defaultConfidence", "defaultFrequency", "painWeight", "reachWeight"] as const;

type ResolvedOptions = Required<PrioritizeOpportunitiesOptions>;

function resolveOptions(options: PrioritizeOpportunitiesOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null) throw new TypeError("invalid options: expected an object");
  for (const name of Object.keys(options)) {
    if ((OPTION_NAMES as readonly string[]).includes(name)) continue;
    const near = suggestNearest(name, OPTION_NAMES);
    throw new TypeError(`invalid options: unknown option ${JSON.stringify(name)}${near ? `; did you mean "${near}"?` : ""}`);
  }
  const closed = options.closed ?? "last";
  if (closed !== "last" && closed !== "exclude") throw new RangeError(`invalid closed: ${describeValue(closed)}; expected "last" or "exclude"`);
  return {
    closed,
    defaultConfidence: share(options.defaultConfidence, "defaultConfidence", 0.5),
    defaultFrequency: share(options.defaultFrequency, "defaultFrequency", 0.5),
    painWeight: weight(options.painWeight, "painWeight", 1),
    reachWeight: weight(options.reachWeight, "reachWeight", 0.25),
  };
}

/** What an opportunity addresses: pain (known severities only) and the touchpoints it reaches. */
function addressed(opportunity: Opportunity, context: AnalysisContext, defaultFrequency: number) {
  const painIds = new Set<string>();
  const unknownSeverity: string[] = [];
  let pain = 0;
  const touchpoints = new Set<string>();
  for (const id of opportunity.touchpointIds) if (context.touchpointById.has(id)) touchpoints.add(id);
  for (const id of opportunity.painPointIds) {
    const painPoint = context.painPointById.get(id);
    if (!painPoint || painIds.has(id)) continue;
    painIds.add(id);
    if (painPoint.severity === undefined) unknownSeverity.push(id);
    else pain += (painPoint.severity / 5) * (painPoint.frequency ?? defaultFrequency);
    for (const tp of painPoint.touchpointIds) if (context.touchpointById.has(tp)) touchpoints.add(tp);
  }
  const touchpointIds = [...touchpoints].sort((a, b) => (context.anchor.get(a) ?? 0) - (context.anchor.get(b) ?? 0));
  let momentsOfTruth = 0;
  for (const id of touchpointIds) if (context.touchpointById.get(id)?.momentOfTruth === true) momentsOfTruth++;
  return { painPointIds: [...painIds], unknownSeverity, pain, touchpointIds, momentsOfTruth };
}

function explain(o: PrioritizedOpportunity, raw: number, defaulted: boolean): string {
  const known = o.painPointIds.length - o.unknownSeverityPainPointIds.length;
  const unknown = o.unknownSeverityPainPointIds.length;
  const painText = o.painPointIds.length
    ? `pain ${formatNumber(o.pain)} from ${plural(known, "pain point")}${unknown ? ` (${plural(unknown, "pain point")} of unknown severity not counted)` : ""}`
    : "no pain point";
  const truths = o.momentsOfTruth ? ` (${o.momentsOfTruth} ${o.momentsOfTruth === 1 ? "moment" : "moments"} of truth)` : "";
  const reachText = `reach ${formatNumber(o.reach)} from ${plural(o.touchpointIds.length, "touchpoint")}${truths}`;
  const confidenceText = `confidence ${formatNumber(o.confidence)}${defaulted ? " (assumed)" : ""}`;
  const need = `need = 1 + ${painText} + ${reachText}`;
  const closed = o.closed ? `; ${o.status}, ranked last` : "";
  if (o.score === null) {
    const missing = o.unknownScores.join(" and ");
    return `not scored: ${missing} unknown, ranked after the scored opportunities; ${confidenceText}, need ${formatNumber(o.need)}; ${need}${closed}`;
  }
  return `impact ${o.impact} × ${confidenceText} × need ${formatNumber(o.need)} ÷ effort ${o.effort} = ${formatNumber(raw)}; ${need}${closed}`;
}

function prioritize(opportunity: Opportunity, context: AnalysisContext, options: ResolvedOptions): { entry: PrioritizedOpportunity; key: number } {
  const { painPointIds, unknownSeverity, pain, touchpointIds, momentsOfTruth } = addressed(opportunity, context, options.defaultFrequency);
  const reach = touchpointIds.length + momentsOfTruth;
  const confidence = opportunity.confidence ?? options.defaultConfidence;
  const need = 1 + options.painWeight * pain + options.reachWeight * reach;
  const { impact, effort } = opportunity;
  const unknownScores = [...(impact === undefined ? ["impact" as const] : []), ...(effort === undefined ? ["effort" as const] : [])];
  const raw = impact === undefined || effort === undefined ? Number.NaN : (impact * confidence * need) / effort;
  const entry: PrioritizedOpportunity = {
    rank: 0,
    opportunityId: opportunity.id,
    title: opportunity.title,
    status: opportunity.status,
    closed: opportunity.status === "done" || opportunity.status === "dropped",
    score: Number.isNaN(raw) ? null : round(raw),
    impact: impact ?? null,
    effort: effort ?? null,
    unknownScores,
    confidence,
    need: round(need),
    pain: round(pain),
    unknownSeverityPainPointIds: unknownSeverity,
    reach,
    painPointIds,
    touchpointIds,
    momentsOfTruth,
    explanation: "",
  };
  entry.explanation = explain(entry, raw, opportunity.confidence === undefined);
  return { entry, key: Number.isNaN(raw) ? Number.NEGATIVE_INFINITY : round(raw, 6) };
}

/**
 * Returns the map's opportunities ranked by
 * `score = impact × confidence × need ÷ effort`, where
 * `need = 1 + painWeight × pain + reachWeight × reach`, `pain` sums `severity / 5 ×
 * frequency` over the pain points the opportunity addresses whose severity is known, and
 * `reach` counts the touchpoints it addresses directly or through those pain points (a
 * moment of truth counts twice). An opportunity without impact or effort is not scored
 * (`score: null`, a guess would be invented data) and ranks after every scored one, by
 * need; its explanation says what is unknown. Ties go to higher impact, then lower effort,
 * then higher confidence, then document order. Done and dropped opportunities come last
 * (or are left out with `closed: "exclude"`). Throws a `TypeError` or `RangeError` naming
 * a bad or unknown option.
 *
 * @example
 * ```ts
 * import { prioritizeOpportunities } from "journeykit";
 *
 * const ranked = prioritizeOpportunities(map).map((o) => `${o.rank}. ${o.title} (${o.score ?? "unscored"}): ${o.explanation}`);
 * ```
 */
export function prioritizeOpportunities(map: JourneyMap, options: PrioritizeOpportunitiesOptions = {}): PrioritizedOpportunity[] {
  const resolved = resolveOptions(options);
  const context = createAnalysisContext(map);
  const entries = map.opportunities.map((opportunity, index) => {
    const { entry, key } = prioritize(opportunity, context, resolved);
    return { entry, key, index };
  });
  const kept = resolved.closed === "exclude" ? entries.filter((e) => !e.entry.closed) : entries;
  const low = Number.NEGATIVE_INFINITY;
  kept.sort(
    (a, b) =>
      Number(a.entry.closed) - Number(b.entry.closed) ||
      Number(a.entry.score === null) - Number(b.entry.score === null) ||
      (a.key === b.key ? 0 : b.key - a.key) ||
      (a.entry.score === null ? b.entry.need - a.entry.need : 0) ||
      (b.entry.impact ?? low) - (a.entry.impact ?? low) ||
      (a.entry.effort ?? -low) - (b.entry.effort ?? -low) ||
      b.entry.confidence - a.entry.confidence ||
      a.index - b.index,
  );
  return kept.map((e, i) => {
    e.entry.rank = i + 1;
    return e.entry;
  });
}
