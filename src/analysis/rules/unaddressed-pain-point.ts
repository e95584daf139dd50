import { formatShare } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** An `unaddressed_pain_point` finding; `severity` is `null` when the pain point gives none. */
export type UnaddressedPainPointFinding = FindingOf<
  "unaddressed_pain_point",
  { severity: number | null; frequency: number | null; touchpointIds: string[]; droppedOpportunities: number }
>;

/**
 * `unaddressed_pain_point`: a pain point that no opportunity addresses (dropped
 * opportunities do not count). Critical from `criticalPainSeverity` (default 4), otherwise
 * a warning; a pain point without a severity is a warning whose message says the severity
 * is unknown (it is never assumed). Subject: the pain point.
 */
export const unaddressedPainPointRule = defineRule({
  code: "unaddressed_pain_point",
  thresholds: {
    /** `unaddressed_pain_point`: a pain point of this severity or more is critical. @defaultValue `4` */
    criticalPainSeverity: { defaultValue: 4, min: 1, max: 5 },
  },
  requires: [],
  run(context, options): UnaddressedPainPointFinding[] {
    const findings: UnaddressedPainPointFinding[] = [];
    for (const pain of context.map.painPoints) {
      if (context.addressedPainPointIds.has(pain.id)) continue;
      const dropped = context.opportunitiesByPainPoint.get(pain.id)?.length ?? 0;
      const reach = pain.frequency === undefined ? "" : `, ${formatShare(pain.frequency)} of customers`;
      const severity = pain.severity ?? null;
      findings.push(
        makeFinding({
          code: "unaddressed_pain_point",
          severity: severity !== null && severity >= options.criticalPainSeverity ? "critical" : "warning",
          subjectIds: [pain.id],
          message: `${pain.title} (severity ${severity ?? "unknown"}${reach}): no opportunity addresses this pain point${dropped ? ` (${dropped} dropped)` : ""}`,
          data: { severity, frequency: pain.frequency ?? null, touchpointIds: pain.touchpointIds, droppedOpportunities: dropped },
        }),
      );
    }
    return findings;
  },
});
