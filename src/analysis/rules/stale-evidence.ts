import { type FindingOf, makeFinding } from "../finding";
import { parseIsoDate } from "../iso-date";
import { defineRule } from "../rule-definition";

const DAY = 86_400_000;

/** A `stale_evidence` finding. */
export type StaleEvidenceFinding = FindingOf<"stale_evidence", { collectedAt: string; asOf: string; ageDays: number; maxAgeDays: number }>;

/**
 * `stale_evidence`: evidence collected more than `maxEvidenceAgeDays` (default 365) days
 * before `asOf`. Info, a warning past twice that age. Requires `asOf` (the option, or the
 * map's `metadata.updatedAt`): without it the rule is skipped (`summary.skipped` says
 * `"no-as-of"`). Evidence without `collectedAt` is not judged. Subject: the evidence.
 */
export const staleEvidenceRule = defineRule({
  code: "stale_evidence",
  thresholds: {
    /** `stale_evidence`: evidence older than this many days is stale. @defaultValue `365` */
    maxEvidenceAgeDays: { defaultValue: 365, min: 0, max: 1_000_000 },
  },
  requires: ["asOf"],
  run(context, options): StaleEvidenceFinding[] {
    const asOf = parseIsoDate(options.asOf);
    if (Number.isNaN(asOf)) return [];
    const limit = options.maxEvidenceAgeDays;
    const findings: StaleEvidenceFinding[] = [];
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
  },
});
