import { type Finding, makeFinding } from "../finding";
import type { Rule } from "../options";

/**
 * `orphan_opportunity`: an opportunity linked to no pain point and no touchpoint, a
 * solution without a stated problem. A warning, info once it is done or dropped.
 * Subject: the opportunity.
 */
export const orphanOpportunityRule: Rule = (context) => {
  const findings: Finding[] = [];
  for (const opportunity of context.map.opportunities) {
    if (opportunity.painPointIds.length > 0 || opportunity.touchpointIds.length > 0) continue;
    const closed = opportunity.status === "done" || opportunity.status === "dropped";
    findings.push(
      makeFinding({
        code: "orphan_opportunity",
        severity: closed ? "info" : "warning",
        subjectIds: [opportunity.id],
        message: `${opportunity.title}: this opportunity is linked to no pain point and no touchpoint`,
        data: { status: opportunity.status, impact: opportunity.impact, effort: opportunity.effort },
      }),
    );
  }
  return findings;
};
