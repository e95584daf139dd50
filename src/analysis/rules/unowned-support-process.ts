import { type FindingOf, makeFinding } from "../finding";
import { stepsInJourneyOrder } from "../blueprint-steps";
import { defineRule } from "../rule-definition";

/** An `unowned_support_process` finding. */
export type UnownedSupportProcessFinding = FindingOf<"unowned_support_process", { touchpointId: string; system: string | null }>;

/**
 * `unowned_support_process`: a support step with no owning team (`ownerId`): when the
 * process or system behind the service breaks, nobody is called. Warning. Runs on maps with
 * service steps. Subjects: the step, then its touchpoint.
 */
export const unownedSupportProcessRule = defineRule({
  code: "unowned_support_process",
  thresholds: {},
  requires: [],
  run(context): UnownedSupportProcessFinding[] {
    const findings: UnownedSupportProcessFinding[] = [];
    for (const step of stepsInJourneyOrder(context)) {
      if (step.layer !== "support" || step.ownerId !== undefined) continue;
      findings.push(
        makeFinding({
          code: "unowned_support_process",
          severity: "warning",
          subjectIds: [step.id, step.touchpointId],
          message: `${context.name(step.touchpointId)}: no team owns the support process "${step.text}"${step.system === undefined ? "" : ` (${step.system})`}`,
          data: { touchpointId: step.touchpointId, system: step.system ?? null },
        }),
      );
    }
    return findings;
  },
});
