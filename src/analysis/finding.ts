/** How much a finding matters, from most to least urgent. */
export const FINDING_SEVERITIES = ["critical", "warning", "info"] as const;

/** `"critical"`, `"warning"` or `"info"`. */
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** Numbers and names behind a custom rule's finding, for programs: plain JSON. */
export type FindingData = Record<string, string | number | boolean | null | readonly (string | number)[]>;

/**
 * One gap found in a journey map, of code `C` with data `D`. `id` is stable across runs
 * (the code, the subject ids and a discriminator where one subject can yield several
 * findings of one code) and unique within one analysis, so findings can be tracked over
 * time and diffed in CI. `subjectIds` name the entities the finding is about, most
 * specific first; every one of them exists in the analysed map.
 */
export interface FindingOf<C extends string, D> {
  /** Stable id: `code:subject/subject` plus `#discriminator` where needed. */
  id: string;
  /** What kind of gap. */
  code: C;
  /** How much it matters. */
  severity: FindingSeverity;
  /** A sentence for people that names the entities by name, with the numbers. */
  message: string;
  /** The entities concerned, most specific first. */
  subjectIds: string[];
  /** The numbers behind the finding. */
  data: D;
}

/**
 * A finding made by a custom rule: any code, data optional. Give your rule its code as a
 * type (`Rule<CustomFinding<"slow_page">>`) and the analysis result keeps narrowing
 * built-in findings by `code`.
 */
export interface CustomFinding<C extends string = string> extends Omit<FindingOf<C, FindingData>, "data"> {
  /** The numbers behind the finding. */
  data?: FindingData;
}

export type { Finding, FindingCode, FindingByCode } from "./rule-registry";

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

/** What {@link makeFinding} takes: a finding without its id, plus an optional discriminator. */
export interface MakeFindingSpec<C extends string, D> {
  /** The finding's code. */
  code: C;
  /** How much it matters. */
  severity: FindingSeverity;
  /** The entities concerned, most specific first. */
  subjectIds: string[];
  /** A sentence for people. */
  message: string;
  /** The numbers behind the finding. */
  data: D;
  /** Tells apart several findings of one code on one subject (a metric's name). @defaultValue `undefined` */
  discriminator?: string;
}

/**
 * Returns a finding with its stable id made by {@link findingId}, typed by its code and
 * data. For rules, built-in and custom. Never throws.
 *
 * @example
 * ```ts
 * import { makeFinding } from "journeykit";
 *
 * makeFinding({ code: "slow_page", severity: "warning", subjectIds: ["tp-search"], message: "Search: 4 s to load" });
 * // { id: "slow_page:tp-search", code: "slow_page", … }
 * ```
 */
export function makeFinding<const C extends string, D>(spec: MakeFindingSpec<C, D>): FindingOf<C, D>;
export function makeFinding<const C extends string>(spec: Omit<MakeFindingSpec<C, FindingData>, "data"> & { data?: FindingData }): CustomFinding<C>;
export function makeFinding(spec: Omit<MakeFindingSpec<string, unknown>, "data"> & { data?: unknown }): CustomFinding | FindingOf<string, unknown> {
  const id = findingId(spec.code, spec.subjectIds, spec.discriminator);
  if (spec.data === undefined) return { id, code: spec.code, severity: spec.severity, message: spec.message, subjectIds: spec.subjectIds };
  return { id, code: spec.code, severity: spec.severity, message: spec.message, subjectIds: spec.subjectIds, data: spec.data };
}
