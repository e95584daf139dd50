import { type FindingOf, makeFinding } from "../finding";
import { stepsInJourneyOrder } from "../blueprint-steps";
import { defineRule } from "../rule-definition";

/** An `unmitigated_fail_point` finding. */
export type UnmitigatedFailPointFinding = FindingOf<"unmitigated_fail_point", { touchpointId: string; layer: string; momentOfTruth: boolean }>;

/**
 * `unmitigated_fail_point`: a step marked `failPoint` with no `mitigation` (or a blank
 * one): a known way the service fails, with no plan. Critical when its touchpoint is a
 * moment of truth, otherwise a warning. Runs on maps with service steps. Subjects: the
 * step, then its touchpoint.
 */
export const unmitigatedFailPointRule = defineRule({
  code: "unmitigated_fail_point",
  thresholds: {},
  requires: [],
  run(context): UnmitigatedFailPointFinding[] {
    const findings: UnmitigatedFailPointFinding[] = [];
    for (const step of stepsInJourneyOrder(context)) {
      if (step.failPoint !== true || (step.mitigation ?? "").trim() !== "") continue;
      const momentOfTruth = context.touchpointById.get(step.touchpointId)?.momentOfTruth === true;
      findings.push(
        makeFinding({
          code: "unmitigated_fail_point",
          severity: momentOfTruth ? "critical" : "warning",
          subjectIds: [step.id, step.touchpointId],
          message: `${context.name(step.touchpointId)}: "${step.text}" is a fail point with no mitigation${momentOfTruth ? ", at a moment of truth" : ""}`,
          data: { touchpointId: step.touchpointId, layer: step.layer, momentOfTruth },
        }),
      );
    }
    return findings;
  },
});
