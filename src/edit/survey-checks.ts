import { findScale, isBuiltInScaleId } from "../model/built-in-scales";
import type { CollectionName } from "../model/entities";
import type { JourneyMap } from "../model/journey-map";
import type { Scale } from "../model/scale";
import { builtInScaleIdIssue, surveyCountsIssue, unknownScaleIssue } from "../validate/check-references";
import type { IssuePath, JourneyMapIssue } from "../validate/issue";

/**
 * The first issue of a survey or a scale about to sit at `at` in the map, beyond its own
 * schema and the plain references: a survey's `scaleId` must name a map scale or a built-in
 * one and its `counts` fit that scale; a map scale may not take a built-in id, and a
 * changed scale must still fit every survey that uses it.
 */
export function surveyScaleIssue(map: JourneyMap, collection: CollectionName, entity: Record<string, unknown>, at: IssuePath): JourneyMapIssue | undefined {
  if (collection === "surveys") {
    const scaleId = entity.scaleId as string;
    const scale = findScale(map, scaleId);
    if (!scale)
      return unknownScaleIssue(
        scaleId,
        (map.scales ?? []).map((s) => s.id),
        at,
      );
    return surveyCountsIssue(entity.counts, scale, at);
  }
  if (collection !== "scales") return undefined;
  const scale = entity as unknown as Scale;
  if (isBuiltInScaleId(scale.id)) return builtInScaleIdIssue(scale.id, at);
  const surveys = map.surveys ?? [];
  for (let i = 0; i < surveys.length; i++) {
    const survey = surveys[i]!;
    if (survey.scaleId !== scale.id) continue;
    const issue = surveyCountsIssue(survey.counts, scale, ["surveys", i]);
    if (issue) return { ...issue, message: `${issue.message}; change the scale's points together with its surveys` };
  }
  return undefined;
}
