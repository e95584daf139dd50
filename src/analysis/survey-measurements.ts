/*
 * The surveys of a map, summarised once per rule run, and the measured emotion of one
 * customer at one touchpoint: the survey of that touchpoint with the most answers (the
 * first on ties), for the main customer a survey that names no persona or the map's first
 * persona, for a persona its own.
 */
import { summarizeSurvey, type SurveySummary } from "../measure/summarize-survey";
import { findScale } from "../model/built-in-scales";
import type { Scale } from "../model/scale";
import type { Survey } from "../model/survey";
import type { AnalysisContext } from "./analysis-context";

/** One survey with its scale and summary. */
export interface SurveyMeasurement {
  /** The survey. */
  readonly survey: Survey;
  /** Its scale (a map scale or a built-in one). */
  readonly scale: Scale;
  /** What its answers say. */
  readonly summary: SurveySummary;
}

/** Every survey of the map whose scale resolves, summarised, in document order. */
export function surveyMeasurements(context: Pick<AnalysisContext, "map">): SurveyMeasurement[] {
  const out: SurveyMeasurement[] = [];
  for (const survey of context.map.surveys ?? []) {
    const scale = findScale(context.map, survey.scaleId);
    if (scale !== undefined) out.push({ survey, scale, summary: summarizeSurvey(survey, scale) });
  }
  return out;
}

/** Returns a lookup of the measured emotion by touchpoint and persona (`undefined`: the main customer). */
export function measuredEmotions(context: Pick<AnalysisContext, "map">): (touchpointId: string, personaId: string | undefined) => SurveyMeasurement | undefined {
  const best = new Map<string, SurveyMeasurement>();
  const main = context.map.personas[0]?.id;
  const keep = (key: string, m: SurveyMeasurement) => {
    const known = best.get(key);
    if (known === undefined || m.summary.n > known.summary.n) best.set(key, m);
  };
  for (const m of surveyMeasurements(context)) {
    const { touchpointId, personaId } = m.survey;
    if (touchpointId === undefined || m.summary.emotion === null) continue;
    if (personaId === undefined || personaId === main) keep(`${touchpointId}\u0000`, m);
    if (personaId !== undefined) keep(`${touchpointId}\u0000${personaId}`, m);
  }
  // Without a survey of a touchpoint there is nothing to look up: no key is built per touchpoint.
  if (best.size === 0) return () => undefined;
  return (touchpointId, personaId) => best.get(`${touchpointId}\u0000${personaId ?? ""}`);
}

/** Whether `expected` lies inside the measured interval of a survey of at least 2 answers. */
export function insideMeasured(m: SurveyMeasurement | undefined, expected: number): boolean {
  const ci = m?.summary.emotionCi;
  return m !== undefined && m.summary.n >= 2 && ci != null && expected >= ci[0] && expected <= ci[1];
}
