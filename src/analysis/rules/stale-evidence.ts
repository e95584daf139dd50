import { parseIsoDate } from "../iso-date";
import { type Finding, makeFinding } from "../finding";
import type { Rule } from "../options";

const DAY = 86_400_000;

/**
 * `stale_evidence`: evidence collected more than `maxEvidenceAgeDays` (default 365) days
 * before `asOf`. Info, a warning past twice that age. Without `asOf` (option or the map's
 * `metadata.updatedAt`) the rule cannot judge age and finds nothing; evidence without
 * `collectedAt` is not judged. Subject: the evidence.
 */
export const staleEvidenceRule: Rule = (context, options) => {
  if (options.asOf === undefined) return [];
  const asOf = parseIsoDate(options.asOf);
  if (Number.isNaN(asOf)) return [];
  const limit = options.maxEvidenceAgeDays;
  const findings: Finding[] = [];
  for (const evidence of context.map.evidence) {
    if (evidence.collectedAt === undefined) continue;
    const collected = parseIsoDate(evidence.collectedAt);
    if (Number.isNaN(collected)) continue;
    const ageDays = Math.floor((asOf - collected) / DAY);
    if (ageDays <= limit) continue;
    findings.push(
      makeFinding({
        code: "stale_evidence",
        severity: ageDays > 2 * limit ? "warning" : "info",
        subjectIds: [evidence.id],
        message: `${evidence.title}: collected ${evidence.collectedAt}, ${ageDays} days before ${options.asOf} (older than ${limit} days)`,
        data: { collectedAt: evidence.collectedAt, asOf: options.asOf, ageDays, maxAgeDays: limit },
      }),
    );
  }
  return findings;
};
