import type { Opportunity } from "../../model/opportunity";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** An `orphan_opportunity` finding; `impact` and `effort` are `null` when the opportunity gives none. */
export type OrphanOpportunityFinding = FindingOf<"orphan_opportunity", { status: Opportunity["status"]; impact: number | null; effort: number | null }>;

/**
 * `orphan_opportunity`: an opportunity linked to no pain point and no touchpoint, a
 * solution without a stated problem. A warning, info once it is done or dropped.
 * Subject: the opportunity.
 */
export const orphanOpportunityRule = defineRule({
  code: "orphan_opportunity",
  thresholds: {},
  requires: [],
  run(context): OrphanOpportunityFinding[] {
    const findings: OrphanOpportunityFinding[] = [];
    for (const opportunity of context.map.opportunities) {
      if (opportunity.painPointIds.length > 0 || opportunity.touchpointIds.length > 0) continue;
      const closed = opportunity.status === "done" || opportunity.status === "dropped";
      findings.push(
        makeFinding({
          code: "orphan_opportunity",
          severity: closed ? "info" : "warning",
          subjectIds: [opportunity.id],
          message: `${opportunity.title}: this opportunity is linked to no pain point and no touchpoint`,
          data: { status: opportunity.status, impact: opportunity.impact ?? null, effort: opportunity.effort ?? null },
        }),
      );
    }
    return findings;
  },
});
