import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** An `empty_stage` finding: `data.touchpoints` is always 0. */
export type EmptyStageFinding = FindingOf<"empty_stage", { touchpoints: number }>;

/**
 * `empty_stage` (warning): a stage with no touchpoints, a blind spot in the journey.
 * Subject: the stage.
 */
export const emptyStageRule = defineRule({
  code: "empty_stage",
  thresholds: {},
  requires: [],
  run(context): EmptyStageFinding[] {
    const findings: EmptyStageFinding[] = [];
    for (const stage of context.map.stages) {
      if ((context.touchpointsByStage.get(stage.id)?.length ?? 0) > 0) continue;
      findings.push(
        makeFinding({
          code: "empty_stage",
          severity: "warning",
          subjectIds: [stage.id],
          message: `${stage.name}: no touchpoints are mapped in this stage`,
          data: { touchpoints: 0 },
        }),
      );
    }
    return findings;
  },
});
