import type { ServiceStep } from "../../model/service-step";
import { type FindingOf, makeFinding } from "../finding";
import { stepsInJourneyOrder } from "../blueprint-steps";
import { defineRule } from "../rule-definition";

/** A `silent_backstage` finding. */
export type SilentBackstageFinding = FindingOf<"silent_backstage", { stepIds: string[]; touchpointIds: string[]; steps: number }>;

/**
 * `silent_backstage`: a run of at least `minSilentSteps` (default 3) backstage steps, in
 * journey order of their touchpoints, with no frontstage step between them: work goes on
 * while nobody tells the customer ("no notification to the user until the ticket is
 * closed"). Support steps neither break nor lengthen a run. Warning. Runs on maps with
 * service steps. Subjects: the steps of the run, in order.
 */
export const silentBackstageRule = defineRule({
  code: "silent_backstage",
  thresholds: {
    /** `silent_backstage`: the fewest consecutive backstage steps without frontstage contact reported. @defaultValue `3` */
    minSilentSteps: { defaultValue: 3, min: 2, max: 1000 },
  },
  requires: [],
  run(context, options): SilentBackstageFinding[] {
    const findings: SilentBackstageFinding[] = [];
    let run: ServiceStep[] = [];
    const close = () => {
      if (run.length >= options.minSilentSteps) {
        const stepIds = run.map((s) => s.id);
        const touchpointIds = [...new Set(run.map((s) => s.touchpointId))];
        findings.push(
          makeFinding({
            code: "silent_backstage",
            severity: "warning",
            subjectIds: stepIds,
            message: `${touchpointIds.map((id) => context.name(id)).join(" → ")}: ${run.length} backstage steps in a row ("${run[0]?.text}" to "${run[run.length - 1]?.text}") with no frontstage contact`,
            data: { stepIds, touchpointIds, steps: run.length },
          }),
        );
      }
      run = [];
    };
    for (const step of stepsInJourneyOrder(context)) {
      if (step.layer === "backstage") run.push(step);
      else if (step.layer === "frontstage") close();
    }
    close();
    return findings;
  },
});
