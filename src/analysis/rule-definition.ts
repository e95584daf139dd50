/*
 * A gap rule is a module that declares everything the rest of the analysis needs to know
 * about it — its code, its thresholds (default and allowed range), the inputs it cannot
 * run without — next to the function that finds its gaps. The registry
 * (`rule-registry.ts`) lists the modules; finding codes, default thresholds, option
 * checks and the `Finding` union are derived from that list, never written again.
 */
import type { AnalysisContext } from "./analysis-context";
import type { FindingOf } from "./finding";
import type { RuleInputName, RuleInputs } from "./rule-inputs";

/** One numeric threshold of a rule: its default and its allowed range (both ends included). */
export interface ThresholdSpec {
  /** The value used when the option is not given. */
  readonly defaultValue: number;
  /** The smallest accepted value. */
  readonly min: number;
  /** The largest accepted value. */
  readonly max: number;
}

/** The thresholds a rule declares, by option name. */
export type ThresholdSpecs = Readonly<Record<string, ThresholdSpec>>;

/**
 * What a rule's `run` receives: its own thresholds resolved to numbers, and the inputs it
 * requires, present (the analysis skips the rule when one is missing).
 */
export type RuleOptions<T extends ThresholdSpecs = ThresholdSpecs, R extends RuleInputName = never> = {
  readonly [K in keyof T]: number;
} & { readonly [K in R]-?: NonNullable<RuleInputs[K]> } & Readonly<Partial<RuleInputs>>;

/** A built-in gap rule: its code, thresholds, required inputs and the function that finds its gaps. */
export interface RuleDefinition<
  C extends string = string,
  F extends FindingOf<C, unknown> = FindingOf<C, unknown>,
  T extends ThresholdSpecs = ThresholdSpecs,
  R extends RuleInputName = RuleInputName,
> {
  /** The code of every finding the rule makes. */
  readonly code: C;
  /** The thresholds it reads, by option name (an option may be shared by several rules). */
  readonly thresholds: T;
  /** Inputs it cannot run without; the summary lists the rule as skipped when one is missing. */
  readonly requires: readonly R[];
  /** Finds the gaps: pure, reads the context only, names only ids that exist in the map. */
  readonly run: (context: AnalysisContext, options: RuleOptions<T, R>) => F[];
}

/**
 * Returns the rule definition it is given, typed: `code`, threshold names and required
 * inputs are kept as literal types so that the registry can derive option types and the
 * `Finding` union from them. Never throws.
 *
 * @example
 * ```ts
 * // Inside src/analysis/rules/ (defineRule is internal wiring, not exported).
 * import { makeFinding } from "../finding";
 * import { defineRule } from "../rule-definition";
 *
 * const busyTouchpoint = defineRule({
 *   code: "busy_touchpoint",
 *   thresholds: { maxActions: { defaultValue: 5, min: 1, max: 100 } },
 *   requires: [],
 *   run: (context, options) =>
 *     context.journey
 *       .filter((tp) => tp.actions.length > options.maxActions)
 *       .map((tp) =>
 *         makeFinding({ code: "busy_touchpoint", severity: "info", subjectIds: [tp.id], message: `${tp.name}: many actions`, data: { actions: tp.actions.length } }),
 *       ),
 * });
 * ```
 */
export function defineRule<const C extends string, F extends FindingOf<C, unknown>, const T extends ThresholdSpecs, const R extends RuleInputName = never>(
  definition: RuleDefinition<C, F, T, R>,
): RuleDefinition<C, F, T, R> {
  return definition;
}
