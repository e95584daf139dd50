/** How much a finding matters, from most to least urgent. */
export const FINDING_SEVERITIES = ["critical", "warning", "info"] as const;

/** `"critical"`, `"warning"` or `"info"`. */
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/**
 * The codes of the built-in rules, in the order the guide explains them (and the order
 * that breaks ties between findings of one severity on one subject).
 */
export const FINDING_CODES = [
  "empty_stage",
  "experience_gap",
  "negative_moment_of_truth",
  "emotion_drop",
  "unowned_touchpoint",
  "handoff_risk",
  "unaddressed_pain_point",
  "orphan_opportunity",
  "missing_evidence",
  "stale_evidence",
  "metric_below_target",
  "channel_gap",
  "unmet_persona_goal",
] as const;

/** The code of a built-in rule (`"experience_gap"`, `"handoff_risk"`, …). */
export type FindingCode = (typeof FINDING_CODES)[number];

/** Numbers and names behind a finding, for programs: plain JSON. */
export type FindingData = Record<string, string | number | boolean | null | readonly (string | number)[]>;

/**
 * One gap found in a journey map. `id` is stable across runs (the code, the subject ids and
 * a discriminator where one subject can yield several findings of one code) and unique
 * within one analysis, so findings can be tracked over time and diffed in CI.
 * `subjectIds` name the entities the finding is about, most specific first; every one of
 * them exists in the analysed map.
 */
export interface Finding {
  /** Stable id: `code:subject/subject` plus `#discriminator` where needed. */
  id: string;
  /** What kind of gap: a built-in {@link FindingCode} or a custom rule's own code. */
  code: FindingCode | (string & {});
  /** How much it matters. */
  severity: FindingSeverity;
  /** A sentence for people that names the entities by name, with the numbers. */
  message: string;
  /** The entities concerned, most specific first. */
  subjectIds: string[];
  /** The numbers behind the finding. */
  data?: FindingData;
}

/**
 * Returns the stable id of a finding: `code:` then the subject ids joined by `/`, then
 * `#discriminator` when one is given. Ids never contain `/` or `#`, so the parts cannot run
 * together. Never throws.
 *
 * @example
 * ```ts
 * import { findingId } from "journeykit";
 *
 * findingId("handoff_risk", ["tp-order", "tp-pickup"]); // "handoff_risk:tp-order/tp-pickup"
 * findingId("metric_below_target", ["s-purchase"], "CSAT"); // "metric_below_target:s-purchase#CSAT"
 * ```
 */
export function findingId(code: string, subjectIds: readonly string[], discriminator?: string): string {
  const base = `${code}:${subjectIds.length === 1 ? subjectIds[0] : subjectIds.join("/")}`;
  return discriminator === undefined ? base : `${base}#${discriminator}`;
}

/**
 * Returns a finding with its stable id made by {@link findingId}. For rules, built-in and
 * custom. Never throws.
 *
 * @example
 * ```ts
 * import { makeFinding } from "journeykit";
 *
 * makeFinding({ code: "slow_page", severity: "warning", subjectIds: ["tp-search"], message: "Search: 4 s to load" });
 * // { id: "slow_page:tp-search", code: "slow_page", … }
 * ```
 */
export function makeFinding(spec: {
  code: string;
  severity: FindingSeverity;
  subjectIds: string[];
  message: string;
  data?: FindingData;
  discriminator?: string;
}): Finding {
  const id = findingId(spec.code, spec.subjectIds, spec.discriminator);
  if (spec.data === undefined) return { id, code: spec.code, severity: spec.severity, message: spec.message, subjectIds: spec.subjectIds };
  return { id, code: spec.code, severity: spec.severity, message: spec.message, subjectIds: spec.subjectIds, data: spec.data };
}
