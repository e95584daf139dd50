import { formatShare } from "../format";
import { type Finding, makeFinding } from "../finding";
import type { Rule } from "../options";

/**
 * `unaddressed_pain_point`: a pain point that no opportunity addresses (dropped
 * opportunities do not count). Critical from `criticalPainSeverity` (default 4), otherwise
 * a warning. Subject: the pain point.
 */
export const unaddressedPainPointRule: Rule = (context, options) => {
  const findings: Finding[] = [];
  for (const pain of context.map.painPoints) {
    if (context.addressedPainPointIds.has(pain.id)) continue;
    const dropped = context.opportunitiesByPainPoint.get(pain.id)?.length ?? 0;
    const reach = pain.frequency === undefined ? "" : `, ${formatShare(pain.frequency)} of customers`;
    findings.push(
      makeFinding({
        code: "unaddressed_pain_point",
        severity: pain.severity >= options.criticalPainSeverity ? "critical" : "warning",
        subjectIds: [pain.id],
        message: `${pain.title} (severity ${pain.severity}${reach}): no opportunity addresses this pain point${dropped ? ` (${dropped} dropped)` : ""}`,
        data: { severity: pain.severity, frequency: pain.frequency ?? null, touchpointIds: pain.touchpointIds, droppedOpportunities: dropped },
      }),
    );
  }
  return findings;
};
