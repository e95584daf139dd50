import { scalePointCount, type Scale } from "../../model/scale";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** A `scale_mismatch` finding: surveys of one target on several scales, or a map scale whose kind its range contradicts. */
export type ScaleMismatchFinding = FindingOf<"scale_mismatch", { scaleIds: string[]; surveyIds: string[]; expected?: string }>;

/** What each kind of scale looks like, and whether a scale fits it. */
const KIND_RANGES: Record<string, { text: string; fits: (scale: Scale, points: number) => boolean }> = {
  nps: { text: "0 to 10 by 1", fits: (s, points) => s.min === 0 && s.max === 10 && points === 11 },
  emotion: { text: "1 to 5", fits: (s) => s.min === 1 && s.max === 5 },
  csat: { text: "3 to 11 points", fits: (_, points) => points >= 3 && points <= 11 },
  ces: { text: "3 to 11 points", fits: (_, points) => points >= 3 && points <= 11 },
  likert: { text: "an odd number of points from 3 to 11", fits: (_, points) => points >= 3 && points <= 11 && points % 2 === 1 },
};

function mapScaleFindings(scales: readonly Scale[]): ScaleMismatchFinding[] {
  const findings: ScaleMismatchFinding[] = [];
  for (const scale of scales) {
    const expected = scale.kind === undefined ? undefined : KIND_RANGES[scale.kind];
    const points = scalePointCount(scale);
    if (expected === undefined || points === undefined || expected.fits(scale, points)) continue;
    findings.push(
      makeFinding({
        code: "scale_mismatch",
        severity: "warning",
        subjectIds: [scale.id],
        message: `${scale.name}: a ${scale.kind} scale runs ${expected.text}, but this one runs from ${scale.min} to ${scale.max} (${points} points)`,
        data: { scaleIds: [scale.id], surveyIds: [], expected: expected.text },
      }),
    );
  }
  return findings;
}

/**
 * `scale_mismatch`: surveys of one touchpoint or stage (and one persona) on different
 * scales, whose figures cannot be pooled or compared; or a map scale whose `kind`
 * contradicts its range (a `likert` scale of 4 points, an `emotion` scale that is not
 * 1–5). Warning. Subjects: the touchpoint or stage (then the persona), or the scale.
 */
export const scaleMismatchRule = defineRule({
  code: "scale_mismatch",
  thresholds: {},
  requires: [],
  run(context): ScaleMismatchFinding[] {
    const groups = new Map<string, { subjects: string[]; scaleIds: string[]; surveyIds: string[] }>();
    for (const survey of context.map.surveys ?? []) {
      const target = survey.touchpointId ?? survey.stageId;
      if (target === undefined) continue;
      const subjects = survey.personaId === undefined ? [target] : [target, survey.personaId];
      const key = subjects.join("\u0000");
      const group = groups.get(key) ?? { subjects, scaleIds: [], surveyIds: [] };
      groups.set(key, group);
      group.surveyIds.push(survey.id);
      if (!group.scaleIds.includes(survey.scaleId)) group.scaleIds.push(survey.scaleId);
    }
    const findings = mapScaleFindings(context.map.scales ?? []);
    for (const { subjects, scaleIds, surveyIds } of groups.values()) {
      if (scaleIds.length < 2) continue;
      findings.push(
        makeFinding({
          code: "scale_mismatch",
          severity: "warning",
          subjectIds: subjects,
          message: `${subjects.map((id) => context.name(id)).join(", ")}: surveys on ${scaleIds.length} different scales (${scaleIds.join(", ")}) cannot be pooled or compared`,
          data: { scaleIds, surveyIds },
        }),
      );
    }
    return findings;
  },
});
