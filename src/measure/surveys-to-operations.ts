import type { Operation } from "../edit/operation-schema";
import { findScale } from "../model/built-in-scales";
import type { IdGenerator } from "../model/create-id";
import type { JourneyMap } from "../model/journey-map";
import type { Survey } from "../model/survey";
import type { PersonaEmotion } from "../model/touchpoint";
import { COLLECTION_NAMES } from "../model/entities";
import { summarizeSurvey } from "./summarize-survey";

/** Options of {@link surveysToOperations}. */
export interface SurveysToOperationsOptions {
  /** `"when-unset"` writes the measured emotion only where the map has none; `"always"` overwrites it. @defaultValue `"when-unset"` */
  setEmotion?: "when-unset" | "always";
  /** A touchpoint or stage with fewer (effective) answers than this is left as it is. @defaultValue 30 */
  minN?: number;
  /** Surveys collected after this ISO date are left out; evidence without a date of its own gets this one. @defaultValue no limit, no date */
  asOf?: string;
  /** Makes the ids of new evidence entries. @defaultValue `"ev-"` + the survey's id, numbered when taken */
  generateId?: IdGenerator;
}

/** The measured emotion, rounded to two decimals so that documents stay readable. */
const round2 = (value: number) => Math.round(value * 100) / 100;

const day = (date: string | undefined) => (date === undefined ? "" : date.slice(0, 10));

function checkOptions(options: SurveysToOperationsOptions): Required<Pick<SurveysToOperationsOptions, "setEmotion" | "minN">> {
  const { setEmotion = "when-unset", minN = 30, asOf } = options;
  if (setEmotion !== "when-unset" && setEmotion !== "always") throw new RangeError(`invalid setEmotion: ${JSON.stringify(setEmotion)}; expected "when-unset" or "always"`);
  if (typeof minN !== "number" || !(minN >= 0)) throw new RangeError(`invalid minN: expected a number ≥ 0, got ${String(minN)}`);
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(asOf)) throw new TypeError(`invalid asOf: expected an ISO date such as "2026-03-01", got ${JSON.stringify(asOf)}`);
  return { setEmotion, minN };
}

/**
 * The surveys that count for each target (touchpoint or stage, and persona): the latest
 * wave (the latest `collectedAt` day on or before `asOf`; undated surveys form the oldest).
 */
function latestWaves(map: JourneyMap, asOf: string | undefined): Survey[][] {
  const groups = new Map<string, Survey[]>();
  for (const survey of map.surveys ?? []) {
    if (asOf !== undefined && survey.collectedAt !== undefined && day(survey.collectedAt) > day(asOf)) continue;
    if (!findScale(map, survey.scaleId)) continue;
    const key = JSON.stringify([survey.touchpointId ?? null, survey.stageId ?? null, survey.personaId ?? null]);
    const group = groups.get(key);
    if (!group) groups.set(key, [survey]);
    else if (day(survey.collectedAt) > day(group[0]!.collectedAt)) groups.set(key, [survey]);
    else if (day(survey.collectedAt) === day(group[0]!.collectedAt)) group.push(survey);
  }
  return [...groups.values()];
}

/**
 * The emotion and n of one wave: surveys on one scale are pooled (counts added, effective
 * sizes combined through Σw²); the emotions of different scales are averaged by n.
 */
function measure(map: JourneyMap, wave: readonly Survey[]): { n: number; emotion: number | null } {
  const byScale = new Map<string, { counts: number[]; squares: number }>();
  for (const survey of wave) {
    const weight = survey.counts.reduce((a, b) => a + b, 0);
    const squares = survey.effectiveN === undefined ? weight : weight ** 2 / survey.effectiveN;
    const pooled = byScale.get(survey.scaleId);
    if (!pooled) byScale.set(survey.scaleId, { counts: [...survey.counts], squares });
    else {
      for (let i = 0; i < survey.counts.length; i++) pooled.counts[i]! += survey.counts[i]!;
      pooled.squares += squares;
    }
  }
  let n = 0;
  let sum = 0;
  for (const [scaleId, { counts, squares }] of byScale) {
    const weight = counts.reduce((a, b) => a + b, 0);
    if (weight === 0) continue;
    const summary = summarizeSurvey({ id: "pooled", scaleId, stageId: "pooled", counts, effectiveN: weight ** 2 / squares }, findScale(map, scaleId)!);
    n += summary.n;
    sum += summary.n * summary.emotion!;
  }
  return { n, emotion: n > 0 ? sum / n : null };
}

/** Makes unique evidence ids: the generator's, or `ev-<survey id>` numbered on collision. */
function evidenceIds(map: JourneyMap, generateId: IdGenerator | undefined): (survey: Survey) => string {
  const taken = new Set<string>([map.id]);
  for (const key of COLLECTION_NAMES) {
    for (const entity of (map[key] ?? []) as { id: string }[]) taken.add(entity.id);
  }
  for (const persona of map.personas) for (const goal of persona.goals) taken.add(goal.id);
  return (survey) => {
    const base = generateId ? generateId("ev") : `ev-${survey.id}`.slice(0, 120);
    let id = base;
    for (let k = 2; taken.has(id) && k < 10_000; k++) id = generateId ? generateId("ev") : `${base}-${k}`;
    taken.add(id);
    return id;
  };
}

/** What one touchpoint gets: its fields as they will be, and whether they changed. */
interface TouchpointDraft {
  emotion: number | undefined;
  personaEmotions: PersonaEmotion[];
  evidenceIds: string[];
  changed: Set<"emotion" | "personaEmotions" | "evidenceIds">;
}

/**
 * Returns the operations that write what the map's surveys measured into the map: for each
 * touchpoint (and each persona a survey names) with at least `minN` answers, the measured
 * emotion — `emotion`, or the persona's entry in `personaEmotions` — where none is written
 * (or always, with `setEmotion: "always"`), and for every survey used a `survey` evidence
 * entry (`sampleSize` = its n, `collectedAt` = its date or `asOf`) linked from the survey
 * and its touchpoint (a survey that already names evidence keeps it). Only the latest
 * wave of surveys per target counts; surveys on one scale are pooled, different scales
 * averaged by n. Plain operations (`addEvidence`, `updateSurvey`, `updateTouchpoint`), so
 * that `applyOperations` or a history applies them undoably; none when nothing changes.
 * Throws a `RangeError` or `TypeError` for bad options.
 *
 * @example
 * ```ts
 * import { applyOperations, createJourneyMap, surveysToOperations } from "journeykit";
 *
 * const base = createJourneyMap({ title: "Coffee", stages: ["Purchase"] });
 * const map = {
 *   ...base,
 *   touchpoints: [{ id: "tp-queue", stageId: base.stages[0]!.id, name: "Queue", actions: [], thoughts: [], feelings: [], personaEmotions: [], goalIds: [], evidenceIds: [], metrics: [], notes: [], tags: [] }],
 *   surveys: [{ id: "sv-queue", scaleId: "csat-7", touchpointId: "tp-queue", counts: [4, 6, 10, 8, 6, 4, 2], collectedAt: "2026-03-01" }],
 * };
 * const ops = surveysToOperations(map, { minN: 30 });
 * const result = applyOperations(map, ops);
 * if (result.ok) result.map.touchpoints[0]!.emotion; // 2.77 (the mean, 3.65 on 1–7)
 * ```
 */
export function surveysToOperations(map: JourneyMap, options: SurveysToOperationsOptions = {}): Operation[] {
  const { setEmotion, minN } = checkOptions(options);
  const nextEvidenceId = evidenceIds(map, options.generateId);
  const touchpointIndex = new Map(map.touchpoints.map((tp, i) => [tp.id, i]));
  const drafts = new Map<string, TouchpointDraft>();
  const draftOf = (id: string): TouchpointDraft => {
    let draft = drafts.get(id);
    if (!draft) {
      const tp = map.touchpoints[touchpointIndex.get(id)!]!;
      draft = { emotion: tp.emotion, personaEmotions: tp.personaEmotions, evidenceIds: tp.evidenceIds, changed: new Set() };
      drafts.set(id, draft);
    }
    return draft;
  };
  const ops: Operation[] = [];
  for (const wave of latestWaves(map, options.asOf)) {
    const { n, emotion } = measure(map, wave);
    if (emotion === null || n < minN) continue;
    const first = wave[0]!;
    const evidence: string[] = [];
    for (const survey of wave) {
      if (survey.evidenceId !== undefined) {
        evidence.push(survey.evidenceId);
        continue;
      }
      const id = nextEvidenceId(survey);
      const collectedAt = survey.collectedAt ?? options.asOf;
      const weight = survey.counts.reduce((a, b) => a + b, 0);
      const title = survey.question ?? `${findScale(map, survey.scaleId)!.name} survey ${survey.id}`;
      ops.push({ type: "addEvidence", evidence: { id, kind: "survey", title, sampleSize: Math.round(survey.effectiveN ?? weight), ...(collectedAt ? { collectedAt } : {}) } });
      ops.push({ type: "updateSurvey", id: survey.id, changes: { evidenceId: id } });
      evidence.push(id);
    }
    if (first.touchpointId === undefined || !touchpointIndex.has(first.touchpointId)) continue;
    const draft = draftOf(first.touchpointId);
    const missing = evidence.filter((id) => !draft.evidenceIds.includes(id));
    if (missing.length > 0) {
      draft.evidenceIds = [...draft.evidenceIds, ...missing];
      draft.changed.add("evidenceIds");
    }
    const value = round2(emotion);
    if (first.personaId === undefined) {
      if ((draft.emotion === undefined || setEmotion === "always") && draft.emotion !== value) {
        draft.emotion = value;
        draft.changed.add("emotion");
      }
      continue;
    }
    const at = draft.personaEmotions.findIndex((pe) => pe.personaId === first.personaId);
    if (at < 0) draft.personaEmotions = [...draft.personaEmotions, { personaId: first.personaId, emotion: value }];
    else if (setEmotion === "always" && draft.personaEmotions[at]!.emotion !== value) {
      draft.personaEmotions = draft.personaEmotions.map((pe, i) => (i === at ? { ...pe, emotion: value } : pe));
    } else continue;
    draft.changed.add("personaEmotions");
  }
  for (const [id, draft] of drafts) {
    if (draft.changed.size === 0) continue;
    const changes: Record<string, unknown> = {};
    for (const key of draft.changed) changes[key] = draft[key];
    ops.push({ type: "updateTouchpoint", id, changes });
  }
  return ops;
}
