import { formatShare, plural, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** An `undesigned_path` finding. */
export type UndesignedPathFinding = FindingOf<"undesigned_path", { cases: number; count: number; share: number }>;

/**
 * `undesigned_path`: customers went from one touchpoint straight to another although the
 * flow has no such edge (`analytics.conformance.undesigned`), in at least `minShare`
 * (default 0.05) of the cases and at least `minPathCases` (default 5) cases. Warning.
 * Requires `analytics`. Subjects: the touchpoint left, then the one reached.
 */
export const undesignedPathRule = defineRule({
  code: "undesigned_path",
  thresholds: {
    /** `undesigned_path`: the smallest share of cases that took an undesigned step reported. @defaultValue `0.05` */
    minShare: { defaultValue: 0.05, min: 0, max: 1 },
    /** `undesigned_path`: the fewest cases that took an undesigned step reported. @defaultValue `5` */
    minPathCases: { defaultValue: 5, min: 1, max: 1_000_000_000 },
  },
  requires: ["analytics"],
  run(context, options): UndesignedPathFinding[] {
    const { analytics } = options;
    const findings: UndesignedPathFinding[] = [];
    if (analytics.cases === 0) return findings;
    for (const pair of analytics.conformance.undesigned) {
      const from = context.touchpointById.get(pair.from);
      const to = context.touchpointById.get(pair.to);
      if (from === undefined || to === undefined) continue;
      const share = round(pair.cases / analytics.cases, 4);
      if (pair.cases < options.minPathCases || pair.cases / analytics.cases < options.minShare) continue;
      findings.push(
        makeFinding({
          code: "undesigned_path",
          severity: "warning",
          subjectIds: [from.id, to.id],
          message: `${from.name} → ${to.name}: ${plural(pair.cases, "case")} (${formatShare(share)}) took this step, which the designed flow does not have`,
          data: { cases: pair.cases, count: pair.count, share },
        }),
      );
    }
    return findings;
  },
});
