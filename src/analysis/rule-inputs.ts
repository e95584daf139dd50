/*
 * The inputs a rule may need beyond the map and its thresholds — today the date evidence
 * is judged against; later measurements such as event analytics or surveys. Each has one
 * entry here: how the option is checked and what `summary.skipped` says when a rule needs
 * it and it is missing. A rule lists the inputs it needs in `requires`.
 */
import type { JourneyAnalytics } from "../measure/journey-analytics";
import { describeValue } from "./format";
import { isCalendarDate } from "./iso-date";

/** The inputs rules may require, as the rules receive them (after the options are resolved). */
export interface RuleInputs {
  /** The date evidence age is judged against (ISO 8601 text), or `undefined` when there is none. */
  asOf: string | undefined;
  /** What customers did, measured from an event log ({@link analyzeEvents}), or `undefined` without one. */
  analytics: JourneyAnalytics | undefined;
}

/** The name of an input a rule may require (`"asOf"`). */
export type RuleInputName = keyof RuleInputs;

/** How one input is checked, and the reason a rule that needs it is skipped without it. */
export interface RuleInputSpec<T> {
  /** The reason `summary.skipped` gives for a rule that needs the input when it is missing. */
  readonly reason: `no-${string}`;
  /** Returns the input as rules receive it; throws a `TypeError` or `RangeError` naming the option. */
  readonly resolve: (value: unknown) => T;
}

function resolveAsOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError("invalid asOf: the Date is invalid");
    return value.toISOString();
  }
  if (typeof value !== "string" || !isCalendarDate(value)) {
    throw new TypeError(`invalid asOf: expected an ISO 8601 date that exists, such as "2026-11-01", or a Date; got ${describeValue(value)}`);
  }
  return value;
}

function resolveAnalytics(value: unknown): JourneyAnalytics | undefined {
  if (value === undefined) return undefined;
  const a = value as Partial<JourneyAnalytics> | null;
  const ok =
    typeof a === "object" &&
    a !== null &&
    typeof a.cases === "number" &&
    Array.isArray(a.touchpoints) &&
    Array.isArray(a.stages) &&
    Array.isArray(a.transitions) &&
    typeof a.conformance === "object" &&
    a.conformance !== null &&
    Array.isArray(a.conformance.unobserved);
  if (!ok) throw new TypeError(`invalid analytics: expected the JourneyAnalytics that analyzeEvents returns; got ${describeValue(value)}`);
  return a as JourneyAnalytics;
}

/**
 * Every input a rule may require, by option name. Adding one (say `analytics`) is one field
 * in {@link RuleInputs}, one entry here and the option's documentation.
 */
export const RULE_INPUTS = {
  asOf: { reason: "no-as-of", resolve: resolveAsOf },
  analytics: { reason: "no-analytics", resolve: resolveAnalytics },
} as const satisfies { readonly [K in RuleInputName]: RuleInputSpec<RuleInputs[K]> };

/** Why a rule that needs an input did not run (`"no-as-of"`). */
export type MissingInputReason = (typeof RULE_INPUTS)[RuleInputName]["reason"];
