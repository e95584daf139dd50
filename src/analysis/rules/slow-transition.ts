import { formatNumber } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** A `slow_transition` finding. */
export type SlowTransitionFinding = FindingOf<
  "slow_transition",
  { medianMinutes: number; p90Minutes: number | null; toleranceMinutes: number; cases: number; momentOfTruth: boolean }
>;

/**
 * `slow_transition`: a designed step whose median time (`medianMinutes` of the measured
 * transition) exceeds the `toleranceMinutes` of the touchpoint customers leave. Critical
 * when the 90th percentile exceeds `slowTransitionFactor` (default 2) times the tolerance
 * or either touchpoint is a moment of truth, otherwise a warning. Requires `analytics`.
 * Subjects: the touchpoint left, then the one reached.
 */
export const slowTransitionRule = defineRule({
  code: "slow_transition",
  thresholds: {
    /** `slow_transition`: a 90th percentile above this many times the tolerance is critical. @defaultValue `2` */
    slowTransitionFactor: { defaultValue: 2, min: 1, max: 1000 },
  },
  requires: ["analytics"],
  run(context, options): SlowTransitionFinding[] {
    const findings: SlowTransitionFinding[] = [];
    for (const step of options.analytics.transitions) {
      if (!step.designed || step.medianMinutes === null) continue;
      const from = context.touchpointById.get(step.from);
      const to = context.touchpointById.get(step.to);
      const tolerance = from?.toleranceMinutes;
      if (from === undefined || to === undefined || tolerance === undefined || step.medianMinutes <= tolerance) continue;
      const momentOfTruth = from.momentOfTruth === true || to.momentOfTruth === true;
      const tail = step.p90Minutes !== null && step.p90Minutes > options.slowTransitionFactor * tolerance;
      findings.push(
        makeFinding({
          code: "slow_transition",
          severity: tail || momentOfTruth ? "critical" : "warning",
          subjectIds: [from.id, to.id],
          message: `${from.name} → ${to.name}: takes ${formatNumber(step.medianMinutes)} min (median${step.p90Minutes === null ? "" : `, 90th percentile ${formatNumber(step.p90Minutes)} min`}), customers accept ${formatNumber(tolerance)} min${momentOfTruth ? ", at a moment of truth" : ""}`,
          data: { medianMinutes: step.medianMinutes, p90Minutes: step.p90Minutes, toleranceMinutes: tolerance, cases: step.cases, momentOfTruth },
        }),
      );
    }
    return findings;
  },
});
