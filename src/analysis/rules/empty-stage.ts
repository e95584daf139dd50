import { makeFinding, type Finding } from "../finding";
import type { Rule } from "../options";

/**
 * `empty_stage` (warning): a stage with no touchpoints, a blind spot in the journey.
 * Subject: the stage.
 */
export const emptyStageRule: Rule = (context) => {
  const findings: Finding[] = [];
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
};
