import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** A `missing_evidence` finding: `data.kind` tells a touchpoint's from a pain point's (whose `severity` may be `null`, unknown). */
export type MissingEvidenceFinding = FindingOf<"missing_evidence", { kind: "touchpoint"; momentOfTruth: boolean } | { kind: "painPoint"; severity: number | null }>;

/**
 * `missing_evidence`: a touchpoint or pain point with no `evidenceIds`, a claim no research
 * backs. A warning for a pain point (it drives priorities) and for a moment of truth, info
 * for other touchpoints. Subject: the touchpoint or pain point.
 */
export const missingEvidenceRule = defineRule({
  code: "missing_evidence",
  thresholds: {},
  requires: [],
  run(context): MissingEvidenceFinding[] {
    const findings: MissingEvidenceFinding[] = [];
    for (const touchpoint of context.journey) {
      if (touchpoint.evidenceIds.length > 0) continue;
      const key = touchpoint.momentOfTruth === true;
      findings.push(
        makeFinding({
          code: "missing_evidence",
          severity: key ? "warning" : "info",
          subjectIds: [touchpoint.id],
          message: `${touchpoint.name}: no evidence backs this touchpoint${key ? ", a moment of truth" : ""}`,
          data: { kind: "touchpoint", momentOfTruth: key },
        }),
      );
    }
    for (const pain of context.map.painPoints) {
      if (pain.evidenceIds.length > 0) continue;
      findings.push(
        makeFinding({
          code: "missing_evidence",
          severity: "warning",
          subjectIds: [pain.id],
          message: `${pain.title}: no evidence backs this pain point (severity ${pain.severity ?? "unknown"})`,
          data: { kind: "painPoint", severity: pain.severity ?? null },
        }),
      );
    }
    return findings;
  },
});
