import { type FindingOf, makeFinding } from "../finding";
import { stepsInJourneyOrder } from "../blueprint-steps";
import { cycles } from "../flow-paths";
import { defineRule } from "../rule-definition";

/** A `dependency_cycle` finding. */
export type DependencyCycleFinding = FindingOf<"dependency_cycle", { stepIds: string[] }>;

/**
 * `dependency_cycle`: service steps that depend on each other in a circle through
 * `dependsOn`, so none can start first. A pair marked `mutual` (on either side) is a
 * declared collaboration, not a cycle, and is left out. One finding per cycle, its steps in
 * journey order. Warning. Runs on maps with service steps. Subjects: the cycle's steps.
 */
export const dependencyCycleRule = defineRule({
  code: "dependency_cycle",
  thresholds: {},
  requires: [],
  run(context): DependencyCycleFinding[] {
    const steps = stepsInJourneyOrder(context);
    if (steps.length === 0) return [];
    const mutual = new Set<string>();
    for (const step of steps) for (const d of step.dependsOn) if (d.mutual === true) mutual.add(`${step.id}\u0000${d.stepId}`).add(`${d.stepId}\u0000${step.id}`);
    const next = new Map<string, string[]>();
    for (const step of steps)
      next.set(
        step.id,
        step.dependsOn.map((d) => d.stepId).filter((id) => !mutual.has(`${step.id}\u0000${id}`)),
      );
    return cycles(
      steps.map((s) => s.id),
      next,
    ).map((stepIds) =>
      makeFinding({
        code: "dependency_cycle",
        severity: "warning",
        subjectIds: stepIds,
        message: `${stepIds.map((id) => `"${context.name(id)}"`).join(" → ")}: these steps depend on each other in a circle, so none can start first`,
        data: { stepIds },
      }),
    );
  },
});
