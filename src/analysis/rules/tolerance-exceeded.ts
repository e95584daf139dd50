import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { stepsInJourneyOrder } from "../blueprint-steps";
import { defineRule } from "../rule-definition";

/** A `tolerance_exceeded` finding. */
export type ToleranceExceededFinding = FindingOf<
  "tolerance_exceeded",
  { touchpointId: string; durationMinutes: number; toleranceMinutes: number; overMinutes: number; momentOfTruth: boolean }
>;

/**
 * `tolerance_exceeded`: a touchpoint or a service step whose `durationMinutes` exceeds its
 * `toleranceMinutes` (how long it takes against how long customers accept). Critical at a
 * moment of truth (the touchpoint's, or the step's touchpoint's), otherwise a warning.
 * Subjects: the touchpoint, or the step then its touchpoint.
 */
export const toleranceExceededRule = defineRule({
  code: "tolerance_exceeded",
  thresholds: {},
  requires: [],
  run(context): ToleranceExceededFinding[] {
    const findings: ToleranceExceededFinding[] = [];
    const judge = (subjects: string[], what: string, touchpointId: string, duration: number, tolerance: number) => {
      const momentOfTruth = context.touchpointById.get(touchpointId)?.momentOfTruth === true;
      findings.push(
        makeFinding({
          code: "tolerance_exceeded",
          severity: momentOfTruth ? "critical" : "warning",
          subjectIds: subjects,
          message: `${what}: takes ${formatNumber(duration)} min, customers accept ${formatNumber(tolerance)} min${momentOfTruth ? ", at a moment of truth" : ""}`,
          data: { touchpointId, durationMinutes: duration, toleranceMinutes: tolerance, overMinutes: round(duration - tolerance), momentOfTruth },
        }),
      );
    };
    // Checked before `judge`, so the touchpoints within their tolerance cost no subject list and no text.
    for (const touchpoint of context.journey) {
      const { durationMinutes: duration, toleranceMinutes: tolerance } = touchpoint;
      if (duration !== undefined && tolerance !== undefined && duration > tolerance) judge([touchpoint.id], touchpoint.name, touchpoint.id, duration, tolerance);
    }
    for (const step of stepsInJourneyOrder(context)) {
      const { durationMinutes: duration, toleranceMinutes: tolerance } = step;
      if (duration === undefined || tolerance === undefined || duration <= tolerance) continue;
      judge([step.id, step.touchpointId], `${context.name(step.touchpointId)}, "${step.text}"`, step.touchpointId, duration, tolerance);
    }
    return findings;
  },
});
