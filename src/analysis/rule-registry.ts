/*
 * The one list of built-in gap rules. Everything else about them is derived from it: the
 * finding codes and their order, the `Finding` union, the thresholds with their defaults
 * and ranges, the option names the analysis accepts, and the rule functions by code.
 * Adding a rule is one module under `rules/` and one line here.
 */
import type { AnalysisContext } from "./analysis-context";
import type { Rule } from "./options";
import type { RuleDefinition, ThresholdSpec } from "./rule-definition";
import { RULE_INPUTS, type MissingInputReason, type RuleInputs } from "./rule-inputs";
import { channelGapRule } from "./rules/channel-gap";
import { emotionDropRule } from "./rules/emotion-drop";
import { emptyStageRule } from "./rules/empty-stage";
import { experienceGapRule } from "./rules/experience-gap";
import { handoffRiskRule } from "./rules/handoff-risk";
import { metricBelowTargetRule } from "./rules/metric-below-target";
import { missingEvidenceRule } from "./rules/missing-evidence";
import { negativeMomentOfTruthRule } from "./rules/negative-moment-of-truth";
import { orphanOpportunityRule } from "./rules/orphan-opportunity";
import { staleEvidenceRule } from "./rules/stale-evidence";
import { unaddressedPainPointRule } from "./rules/unaddressed-pain-point";
import { unmetPersonaGoalRule } from "./rules/unmet-persona-goal";
import { unownedTouchpointRule } from "./rules/unowned-touchpoint";
import { unobservedTouchpointRule } from "./rules/unobserved-touchpoint";
import { uninstrumentedTouchpointRule } from "./rules/uninstrumented-touchpoint";
import { undesignedPathRule } from "./rules/undesigned-path";
import { stageDropOffRule } from "./rules/stage-drop-off";
import { slowTransitionRule } from "./rules/slow-transition";
import { unreachableTouchpointRule } from "./rules/unreachable-touchpoint";
import { deadEndRule } from "./rules/dead-end";
import { loopWithoutExitRule } from "./rules/loop-without-exit";
import { branchSharesSumRule } from "./rules/branch-shares-sum";
import { lowSampleRule } from "./rules/low-sample";
import { gapNotSignificantRule } from "./rules/gap-not-significant";
import { assertedVsMeasuredRule } from "./rules/asserted-vs-measured";
import { scaleMismatchRule } from "./rules/scale-mismatch";
import { unsupportedFrontstageRule } from "./rules/unsupported-frontstage";
import { unownedSupportProcessRule } from "./rules/unowned-support-process";
import { unmitigatedFailPointRule } from "./rules/unmitigated-fail-point";
import { toleranceExceededRule } from "./rules/tolerance-exceeded";
import { silentBackstageRule } from "./rules/silent-backstage";
import { dependencyCycleRule } from "./rules/dependency-cycle";

/**
 * The built-in rules, in the order the guide explains them; that order also breaks ties
 * between findings of one severity on one subject. Read-only: tools can list each rule's
 * code, thresholds and required inputs from it.
 */
export const RULE_DEFINITIONS = [
  emptyStageRule,
  experienceGapRule,
  negativeMomentOfTruthRule,
  emotionDropRule,
  unownedTouchpointRule,
  handoffRiskRule,
  unaddressedPainPointRule,
  orphanOpportunityRule,
  missingEvidenceRule,
  staleEvidenceRule,
  metricBelowTargetRule,
  channelGapRule,
  unmetPersonaGoalRule,
  unobservedTouchpointRule,
  uninstrumentedTouchpointRule,
  undesignedPathRule,
  stageDropOffRule,
  slowTransitionRule,
  unreachableTouchpointRule,
  deadEndRule,
  loopWithoutExitRule,
  branchSharesSumRule,
  lowSampleRule,
  gapNotSignificantRule,
  assertedVsMeasuredRule,
  scaleMismatchRule,
  unsupportedFrontstageRule,
  unownedSupportProcessRule,
  unmitigatedFailPointRule,
  toleranceExceededRule,
  silentBackstageRule,
  dependencyCycleRule,
] as const;

type BuiltInRule = (typeof RULE_DEFINITIONS)[number];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type AllThresholds = UnionToIntersection<BuiltInRule["thresholds"]>;

/** The code of a built-in rule (`"experience_gap"`, `"handoff_risk"`, …). */
export type FindingCode = BuiltInRule["code"];

/**
 * A finding of a built-in rule: a union discriminated by `code`, so that `data` narrows
 * (`if (f.code === "experience_gap") f.data.gap`).
 */
export type Finding = ReturnType<BuiltInRule["run"]>[number];

/** The finding type of one built-in code: `FindingByCode<"experience_gap">`. */
export type FindingByCode<C extends FindingCode> = Extract<Finding, { code: C }>;

/** The thresholds of the built-in rules, by option name; every one has a default. */
export type AnalysisThresholds = { -readonly [K in keyof AllThresholds]: number };

/** A threshold's name (`"experienceGap"`). */
export type ThresholdName = keyof AnalysisThresholds;

/**
 * Returns every threshold of `rules` by name, in rule order. Throws a `TypeError` when two
 * rules declare one name with different specs (a shared threshold must be one object).
 */
export function collectThresholds(rules: readonly Pick<RuleDefinition, "code" | "thresholds">[]): Readonly<Record<string, ThresholdSpec>> {
  const out: Record<string, ThresholdSpec> = {};
  for (const rule of rules) {
    for (const [name, spec] of Object.entries(rule.thresholds)) {
      const known = out[name];
      if (known !== undefined && known !== spec) throw new TypeError(`invalid rule "${rule.code}": threshold "${name}" is declared differently by another rule`);
      out[name] = spec;
    }
  }
  return Object.freeze(out);
}

/** The codes of the built-in rules, in registry order. */
export const FINDING_CODES: readonly FindingCode[] = Object.freeze(RULE_DEFINITIONS.map((rule) => rule.code));

/** Every threshold of the built-in rules with its default and range, by name. */
export const THRESHOLD_SPECS = collectThresholds(RULE_DEFINITIONS) as Readonly<Record<ThresholdName, ThresholdSpec>>;

/**
 * The default thresholds of the built-in rules.
 *
 * @example
 * ```ts
 * import { DEFAULT_ANALYSIS_THRESHOLDS } from "journeykit";
 *
 * DEFAULT_ANALYSIS_THRESHOLDS.experienceGap; // 2
 * ```
 */
export const DEFAULT_ANALYSIS_THRESHOLDS: Readonly<AnalysisThresholds> = Object.freeze(
  Object.fromEntries(Object.entries(THRESHOLD_SPECS).map(([name, spec]) => [name, spec.defaultValue])) as AnalysisThresholds,
);

/** Returns the reason a rule cannot run with these inputs (`"no-as-of"`), or `undefined` when it can. */
export function missingInput(rule: { readonly requires: readonly (keyof RuleInputs)[] }, inputs: Partial<RuleInputs>): MissingInputReason | undefined {
  for (const name of rule.requires) if (inputs[name] === undefined) return RULE_INPUTS[name].reason;
  return undefined;
}

function builtInRule(rule: BuiltInRule): Rule {
  const run = rule.run as (context: AnalysisContext, options: unknown) => Finding[];
  return (context, options) => (missingInput(rule, options) === undefined ? run(context, options) : []);
}

/**
 * The built-in rules by code, in the order they run. Each is a {@link Rule} (one whose
 * required inputs are missing returns no findings), so a custom rule can wrap one (to
 * filter or re-grade its findings) and switch the original off.
 *
 * @example
 * ```ts
 * import { BUILT_IN_RULES, analyzeJourneyMap, type Rule } from "journeykit";
 *
 * const bigGaps: Rule = (context, options) =>
 *   BUILT_IN_RULES.experience_gap(context, options).filter((f) => f.severity === "critical");
 * analyzeJourneyMap(map, { rules: { experience_gap: false }, customRules: [bigGaps] });
 * ```
 */
export const BUILT_IN_RULES = Object.freeze(Object.fromEntries(RULE_DEFINITIONS.map((rule) => [rule.code, builtInRule(rule)]))) as {
  readonly [C in FindingCode]: Rule<FindingByCode<C>>;
};
