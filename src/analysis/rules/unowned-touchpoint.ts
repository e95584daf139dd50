import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** An `unowned_touchpoint` finding. */
export type UnownedTouchpointFinding = FindingOf<"unowned_touchpoint", { stageId: string; momentOfTruth: boolean }>;

/**
 * `unowned_touchpoint`: a touchpoint with no owning team. Info (nobody to call is a process
 * gap the customer does not see yet), a warning for a moment of truth. Subject: the
 * touchpoint.
 */
export const unownedTouchpointRule = defineRule({
  code: "unowned_touchpoint",
  thresholds: {},
  requires: [],
  run(context): UnownedTouchpointFinding[] {
    const findings: UnownedTouchpointFinding[] = [];
    for (const touchpoint of context.journey) {
      if (touchpoint.ownerId !== undefined) continue;
      const critical = touchpoint.momentOfTruth === true;
      findings.push(
        makeFinding({
          code: "unowned_touchpoint",
          severity: critical ? "warning" : "info",
          subjectIds: [touchpoint.id],
          message: `${touchpoint.name}: no team owns this touchpoint${critical ? ", a moment of truth" : ""}`,
          data: { stageId: touchpoint.stageId, momentOfTruth: critical },
        }),
      );
    }
    return findings;
  },
});
