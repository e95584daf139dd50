import type { JourneyAnalytics } from "../measure/journey-analytics";
import type { JourneyMap } from "../model/journey-map";
import { suggestNearest } from "../validate/suggest";
import type { AnalysisContext } from "./analysis-context";
import type { CustomFinding, Finding } from "./finding";
import { describeValue } from "./format";
import { isCalendarDate } from "./iso-date";
import { type AnalysisThresholds, FINDING_CODES, type FindingCode, THRESHOLD_SPECS, type ThresholdName } from "./rule-registry";
import { RULE_INPUTS, type RuleInputName, type RuleInputs } from "./rule-inputs";

/**
 * A gap rule: a pure function from the precomputed {@link AnalysisContext} of a map and the
 * resolved options to the findings it makes. Built-in rules (see `BUILT_IN_RULES`) and
 * custom rules share this signature. A rule must not change the context or the map, and
 * must return findings whose `subjectIds` exist in the map.
 */
export type Rule<F extends Finding | CustomFinding = Finding | CustomFinding> = (context: AnalysisContext, options: ResolvedAnalyzeJourneyMapOptions) => F[];

/** Options of {@link analyzeJourneyMap}: the thresholds of the built-in rules, the inputs rules need, and which rules run. */
export interface AnalyzeJourneyMapOptions<F extends Finding | CustomFinding = Finding | CustomFinding> extends Partial<AnalysisThresholds> {
  /**
   * The date the analysis is made for (an ISO 8601 date or date-time that exists in the
   * calendar, or a valid `Date`); evidence is judged stale relative to it. Never read from
   * the clock: without it, `stale_evidence` uses the map's `metadata.updatedAt`, and is
   * skipped when that is absent too.
   * @defaultValue `undefined`
   */
  asOf?: string | Date;
  /**
   * What customers did, measured from an event log (`analyzeEvents`). With it, the
   * conformance rules run (`unobserved_touchpoint`, `uninstrumented_touchpoint`,
   * `undesigned_path`, `stage_drop_off`, `slow_transition`); without it they are skipped
   * (`summary.skipped` says `"no-analytics"`). Anything that is not such a result throws a
   * `TypeError`.
   * @defaultValue `undefined`
   */
  analytics?: JourneyAnalytics;
  /**
   * Switches built-in rules on or off by code: `{ channel_gap: false }`. An unknown code
   * throws a `RangeError`.
   * @defaultValue every built-in rule on
   */
  rules?: Readonly<Partial<Record<FindingCode, boolean>>>;
  /**
   * Your own rules, run after the built-in ones with the same signature.
   * @defaultValue `[]`
   */
  customRules?: readonly Rule<F>[];
}

/** Options after {@link resolveAnalyzeJourneyMapOptions}: every threshold set, every input resolved. */
export interface ResolvedAnalyzeJourneyMapOptions extends AnalysisThresholds, RuleInputs {
  /** Where `asOf` came from. */
  asOfSource: "option" | "metadata.updatedAt" | "none";
  /** Codes of the built-in rules that are switched off. */
  disabledRules: ReadonlySet<FindingCode>;
  /** Custom rules to run after the built-in ones. */
  customRules: readonly Rule[];
}

const THRESHOLD_NAMES = Object.keys(THRESHOLD_SPECS) as ThresholdName[];
const INPUT_NAMES = Object.keys(RULE_INPUTS) as RuleInputName[];
/** Every option name {@link analyzeJourneyMap} accepts, derived from the registries. */
const OPTION_NAMES: readonly string[] = [...INPUT_NAMES, "rules", "customRules", ...THRESHOLD_NAMES];

function checkOptionNames(options: object): void {
  for (const name of Object.keys(options)) {
    if (OPTION_NAMES.includes(name)) continue;
    const near = suggestNearest(name, OPTION_NAMES);
    throw new TypeError(`invalid options: unknown option ${JSON.stringify(name)}${near ? `; did you mean "${near}"?` : ""}`);
  }
}

function resolveThresholds(options: Partial<Record<ThresholdName, unknown>>): AnalysisThresholds {
  const out = {} as AnalysisThresholds;
  for (const name of THRESHOLD_NAMES) {
    const { defaultValue, min, max } = THRESHOLD_SPECS[name];
    const value = options[name];
    if (value === undefined) {
      out[name] = defaultValue;
      continue;
    }
    if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`invalid ${name}: expected a finite number, got ${describeValue(value)}`);
    if (value < min || value > max) throw new RangeError(`invalid ${name}: ${value} is outside ${min}…${max}`);
    out[name] = value;
  }
  return out;
}

function resolveRuleSwitches(rules: unknown): Set<FindingCode> {
  const disabled = new Set<FindingCode>();
  if (rules === undefined) return disabled;
  if (typeof rules !== "object" || rules === null) throw new TypeError("invalid rules: expected an object");
  for (const [code, on] of Object.entries(rules)) {
    if (!(FINDING_CODES as readonly string[]).includes(code)) {
      const near = suggestNearest(code, FINDING_CODES);
      throw new RangeError(`invalid rules: unknown rule ${JSON.stringify(code)}${near ? `; did you mean "${near}"?` : ""}`);
    }
    if (on !== undefined && typeof on !== "boolean") throw new TypeError(`invalid rules: "${code}" must be true or false`);
    if (on === false) disabled.add(code as FindingCode);
  }
  return disabled;
}

function resolveInputs(options: Partial<Record<RuleInputName, unknown>>): RuleInputs {
  const out = {} as Record<RuleInputName, unknown>;
  for (const name of INPUT_NAMES) out[name] = RULE_INPUTS[name].resolve(options[name]);
  return out as RuleInputs;
}

/**
 * Returns the options with every threshold set to its value or default and every input
 * resolved; given the map, a missing `asOf` falls back to its `metadata.updatedAt` (when
 * that is a real calendar date). Throws a `TypeError` or `RangeError` naming the option
 * when one is malformed: an unknown option name (`asof`: did you mean `asOf`?), a
 * threshold that is not a finite number in its range, an `asOf` that is not an existing
 * date, an unknown rule code, a custom rule that is not a function.
 *
 * @example
 * ```ts
 * import { resolveAnalyzeJourneyMapOptions } from "journeykit";
 *
 * resolveAnalyzeJourneyMapOptions({ experienceGap: 1 }).experienceGap; // 1
 * resolveAnalyzeJourneyMapOptions({ experienceGap: -1 }); // throws RangeError: invalid experienceGap…
 * resolveAnalyzeJourneyMapOptions({ asof: "2026-11-01" } as never); // throws TypeError: …did you mean "asOf"?
 * ```
 */
export function resolveAnalyzeJourneyMapOptions(options: AnalyzeJourneyMapOptions = {}, map?: JourneyMap): ResolvedAnalyzeJourneyMapOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw new TypeError("invalid options: expected an object");
  checkOptionNames(options);
  const inputs = resolveInputs(options);
  let asOfSource: ResolvedAnalyzeJourneyMapOptions["asOfSource"] = inputs.asOf === undefined ? "none" : "option";
  const updatedAt = map?.metadata?.updatedAt;
  if (inputs.asOf === undefined && updatedAt !== undefined && isCalendarDate(updatedAt)) {
    inputs.asOf = updatedAt;
    asOfSource = "metadata.updatedAt";
  }
  const customRules = options.customRules ?? [];
  if (!Array.isArray(customRules) || customRules.some((rule) => typeof rule !== "function")) {
    throw new TypeError("invalid customRules: expected an array of functions");
  }
  return {
    ...resolveThresholds(options),
    ...inputs,
    asOfSource,
    disabledRules: resolveRuleSwitches(options.rules),
    customRules: customRules as readonly Rule[],
  };
}
