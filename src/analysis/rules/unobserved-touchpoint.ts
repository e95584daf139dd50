import { plural } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** An `unobserved_touchpoint` finding. */
export type UnobservedTouchpointFinding = FindingOf<"unobserved_touchpoint", { stageId: string; cases: number; observeRules: number }>;

/** The thresholds shared by the rules that judge measured cases (`unobserved_touchpoint`, `stage_drop_off`). */
export const MEASURED_CASES_THRESHOLDS = {
  /** `unobserved_touchpoint`, `stage_drop_off`: the fewest cases before measured figures are judged. @defaultValue `30` */
  minCases: { defaultValue: 30, min: 1, max: 1_000_000_000 },
} as const;

/**
 * `unobserved_touchpoint`: a touchpoint with `observe` rules that no case of the event log
 * reached (`analytics.conformance.unobserved`), once the log has at least `minCases`
 * (default 30) cases — with fewer, absence proves little. Warning. Requires `analytics`.
 * Subject: the touchpoint.
 */
export const unobservedTouchpointRule = defineRule({
  code: "unobserved_touchpoint",
  thresholds: MEASURED_CASES_THRESHOLDS,
  requires: ["analytics"],
  run(context, options): UnobservedTouchpointFinding[] {
    const { analytics } = options;
    if (analytics.cases < options.minCases) return [];
    const findings: UnobservedTouchpointFinding[] = [];
    for (const id of analytics.conformance.unobserved) {
      const touchpoint = context.touchpointById.get(id);
      if (touchpoint === undefined) continue;
      findings.push(
        makeFinding({
          code: "unobserved_touchpoint",
          severity: "warning",
          subjectIds: [id],
          message: `${touchpoint.name}: designed and instrumented, but none of ${plural(analytics.cases, "case")} in the event log reached it`,
          data: { stageId: touchpoint.stageId, cases: analytics.cases, observeRules: touchpoint.observe?.length ?? 0 },
        }),
      );
    }
    return findings;
  },
});
