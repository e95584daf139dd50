import { formatShare, plural, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";
import { MEASURED_CASES_THRESHOLDS } from "./unobserved-touchpoint";

/** A `stage_drop_off` finding. */
export type StageDropOffFinding = FindingOf<"stage_drop_off", { entered: number; continued: number; dropOff: number; rate: number }>;

/**
 * `stage_drop_off`: of the cases that entered a stage, the share that never reached a later
 * one (`dropOff / entered`) is at least `maxDropOff` (default 0.5), judged once at least
 * `minCases` (default 30) entered. Critical from `criticalDropOff` (default 0.8), otherwise
 * a warning. The last stage with touchpoints has no drop-off. Requires `analytics`.
 * Subject: the stage.
 */
export const stageDropOffRule = defineRule({
  code: "stage_drop_off",
  thresholds: {
    /** `stage_drop_off`: the smallest share of entered cases that do not continue reported. @defaultValue `0.5` */
    maxDropOff: { defaultValue: 0.5, min: 0, max: 1 },
    /** `stage_drop_off`: a drop-off share at or above this is critical. @defaultValue `0.8` */
    criticalDropOff: { defaultValue: 0.8, min: 0, max: 1 },
    minCases: MEASURED_CASES_THRESHOLDS.minCases,
  },
  requires: ["analytics"],
  run(context, options): StageDropOffFinding[] {
    const findings: StageDropOffFinding[] = [];
    for (const stage of options.analytics.stages) {
      const { entered, continued, dropOff } = stage;
      const known = context.stageById.get(stage.stageId);
      if (known === undefined || dropOff === null || entered === 0 || entered < options.minCases) continue;
      const rate = dropOff / entered;
      if (rate < options.maxDropOff) continue;
      findings.push(
        makeFinding({
          code: "stage_drop_off",
          severity: rate >= options.criticalDropOff ? "critical" : "warning",
          subjectIds: [known.id],
          message: `${known.name}: ${plural(dropOff, "case")} of ${String(entered)} (${formatShare(round(rate, 4))}) went no further`,
          data: { entered, continued, dropOff, rate: round(rate, 4) },
        }),
      );
    }
    return findings;
  },
});
