import { type FindingOf, makeFinding } from "../finding";
import { stepsInJourneyOrder } from "../blueprint-steps";
import { defineRule } from "../rule-definition";

/** An `unsupported_frontstage` finding. */
export type UnsupportedFrontstageFinding = FindingOf<"unsupported_frontstage", { touchpointId: string }>;

/**
 * `unsupported_frontstage`: a frontstage step linked by `dependsOn` (either way) to no
 * backstage or support step: what the customer sees has nothing behind it. Warning. Runs on
 * maps with service steps. Subjects: the step, then its touchpoint.
 */
export const unsupportedFrontstageRule = defineRule({
  code: "unsupported_frontstage",
  thresholds: {},
  requires: [],
  run(context): UnsupportedFrontstageFinding[] {
    const steps = stepsInJourneyOrder(context);
    const layer = new Map(steps.map((s) => [s.id, s.layer]));
    const supported = new Set<string>();
    for (const step of steps) {
      for (const { stepId } of step.dependsOn) {
        const other = layer.get(stepId);
        if (step.layer === "frontstage" && other !== undefined && other !== "frontstage") supported.add(step.id);
        if (other === "frontstage" && step.layer !== "frontstage") supported.add(stepId);
      }
    }
    const findings: UnsupportedFrontstageFinding[] = [];
    for (const step of steps) {
      if (step.layer !== "frontstage" || supported.has(step.id)) continue;
      findings.push(
        makeFinding({
          code: "unsupported_frontstage",
          severity: "warning",
          subjectIds: [step.id, step.touchpointId],
          message: `${context.name(step.touchpointId)}: the frontstage step "${step.text}" has no backstage or support step behind it`,
          data: { touchpointId: step.touchpointId },
        }),
      );
    }
    return findings;
  },
});
