import { IsoDateSchema } from "../model/primitives";
import { suggestNearest } from "../validate/suggest";
import type { AnalysisContext } from "./analysis-context";
import { FINDING_CODES, type Finding } from "./finding";

/**
 * A gap rule: a pure function from the precomputed {@link AnalysisContext} of a map and the
 * resolved options to the findings it makes. Built-in rules and custom rules share this
 * signature. A rule must not change the context or the map, and must return findings whose
 * `subjectIds` exist in the map.
 */
export type Rule = (context: AnalysisContext, options: ResolvedAnalyzeOptions) => Finding[];

/** The thresholds of the built-in rules; every one has a default. */
export interface AnalysisThresholds {
  /**
   * `experience_gap`: smallest `expectedEmotion − emotion` reported. @defaultValue `2`
   */
  experienceGap: number;
  /** `experience_gap`: a gap at or above this is critical. @defaultValue `3` */
  criticalExperienceGap: number;
  /**
   * `negative_moment_of_truth`: an emotion at or below this is negative. @defaultValue `2`
   */
  negativeEmotion: number;
  /** `emotion_drop`: smallest fall between consecutive touchpoints reported. @defaultValue `2` */
  emotionDrop: number;
  /** `emotion_drop`, `handoff_risk`: a fall at or above this is critical. @defaultValue `3` */
  criticalEmotionDrop: number;
  /** `handoff_risk`: smallest fall across a change of owning team reported. @defaultValue `1` */
  handoffDrop: number;
  /** `unaddressed_pain_point`: a pain point of this severity or more is critical. @defaultValue `4` */
  criticalPainSeverity: number;
  /** `stale_evidence`: evidence older than this many days is stale. @defaultValue `365` */
  maxEvidenceAgeDays: number;
  /**
   * `metric_below_target`: a miss of at least this share of the target is critical.
   * @defaultValue `0.2`
   */
  criticalMetricMiss: number;
  /**
   * `channel_gap`: a stage is reported when it uses fewer channels than this share of the
   * best-served other stage. @defaultValue `0.5`
   */
  channelGapRatio: number;
}

/** Options of {@link analyzeJourneyMap}. */
export interface AnalyzeOptions extends Partial<AnalysisThresholds> {
  /**
   * The date the analysis is made for (ISO 8601 text or a `Date`); evidence is judged
   * stale relative to it. Never read from the clock: without it, `stale_evidence` uses
   * the map's `metadata.updatedAt`, and is skipped when that is absent too.
   * @defaultValue `undefined`
   */
  asOf?: string | Date;
  /**
   * Switches built-in rules on or off by code: `{ channel_gap: false }`. An unknown code
   * throws a `RangeError`.
   * @defaultValue every built-in rule on
   */
  rules?: Readonly<Partial<Record<string, boolean>>>;
  /**
   * Your own rules, run after the built-in ones with the same signature.
   * @defaultValue `[]`
   */
  customRules?: readonly Rule[];
}

/** Options after {@link resolveAnalyzeOptions}: every threshold set, `asOf` as ISO text. */
export interface ResolvedAnalyzeOptions extends AnalysisThresholds {
  /** The date evidence age is judged against, or `undefined` when there is none. */
  asOf: string | undefined;
  /** Where `asOf` came from. */
  asOfSource: "option" | "metadata.updatedAt" | "none";
  /** Codes of the built-in rules that are switched off. */
  disabledRules: ReadonlySet<string>;
  /** Custom rules to run after the built-in ones. */
  customRules: readonly Rule[];
}

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
export const DEFAULT_ANALYSIS_THRESHOLDS: Readonly<AnalysisThresholds> = Object.freeze({
  experienceGap: 2,
  criticalExperienceGap: 3,
  negativeEmotion: 2,
  emotionDrop: 2,
  criticalEmotionDrop: 3,
  handoffDrop: 1,
  criticalPainSeverity: 4,
  maxEvidenceAgeDays: 365,
  criticalMetricMiss: 0.2,
  channelGapRatio: 0.5,
});

/** The valid range of each threshold (inclusive). */
const RANGES: Record<keyof AnalysisThresholds, readonly [number, number]> = {
  experienceGap: [0.01, 4],
  criticalExperienceGap: [0.01, 4],
  negativeEmotion: [1, 5],
  emotionDrop: [0.01, 4],
  criticalEmotionDrop: [0.01, 4],
  handoffDrop: [0.01, 4],
  criticalPainSeverity: [1, 5],
  maxEvidenceAgeDays: [0, 1_000_000],
  criticalMetricMiss: [0, 1_000_000],
  channelGapRatio: [0.01, 1],
};

function resolveAsOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError("invalid asOf: the Date is invalid");
    return value.toISOString();
  }
  if (typeof value !== "string" || !IsoDateSchema.safeParse(value).success || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`invalid asOf: expected an ISO 8601 date such as "2026-11-01" or a Date, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Returns the options with every threshold set to its value or default. Throws a
 * `TypeError` or `RangeError` naming the option when one is malformed: a threshold that is
 * not a finite number in its range, an `asOf` that is not an ISO date, an unknown rule code,
 * a custom rule that is not a function.
 *
 * @example
 * ```ts
 * import { resolveAnalyzeOptions } from "journeykit";
 *
 * resolveAnalyzeOptions({ experienceGap: 1 }).experienceGap; // 1
 * resolveAnalyzeOptions({ experienceGap: -1 }); // throws RangeError: invalid experienceGap…
 * ```
 */
export function resolveAnalyzeOptions(options: AnalyzeOptions = {}): ResolvedAnalyzeOptions {
  if (typeof options !== "object" || options === null) throw new TypeError("invalid options: expected an object");
  const thresholds = { ...DEFAULT_ANALYSIS_THRESHOLDS };
  for (const name of Object.keys(RANGES) as (keyof AnalysisThresholds)[]) {
    const value = options[name];
    if (value === undefined) continue;
    const [min, max] = RANGES[name];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new TypeError(`invalid ${name}: expected a finite number, got ${JSON.stringify(value)}`);
    }
    if (value < min || value > max) throw new RangeError(`invalid ${name}: ${value} is outside ${min}…${max}`);
    thresholds[name] = value;
  }
  const asOf = resolveAsOf(options.asOf);
  const disabledRules = new Set<string>();
  if (options.rules !== undefined) {
    if (typeof options.rules !== "object" || options.rules === null) throw new TypeError("invalid rules: expected an object");
    for (const [code, on] of Object.entries(options.rules)) {
      if (!(FINDING_CODES as readonly string[]).includes(code)) {
        const near = suggestNearest(code, FINDING_CODES);
        throw new RangeError(`invalid rules: unknown rule "${code}"${near ? `; did you mean "${near}"?` : ""}`);
      }
      if (on !== undefined && typeof on !== "boolean") throw new TypeError(`invalid rules: "${code}" must be true or false`);
      if (on === false) disabledRules.add(code);
    }
  }
  const customRules = options.customRules ?? [];
  if (!Array.isArray(customRules) || customRules.some((rule) => typeof rule !== "function")) {
    throw new TypeError("invalid customRules: expected an array of functions");
  }
  return {
    ...thresholds,
    asOf,
    asOfSource: asOf === undefined ? "none" : "option",
    disabledRules,
    customRules,
  };
}
