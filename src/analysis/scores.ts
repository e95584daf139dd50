import type { Touchpoint } from "../model/touchpoint";
import type { AnalysisContext } from "./analysis-context";
import { firstOfPersona } from "./first-of-persona";
import { round } from "./format";

/** Scores of one stage. */
export interface StageScore {
  /** The stage. */
  stageId: string;
  /** The stage's name. */
  name: string;
  /** How many touchpoints it has. */
  touchpoints: number;
  /** Average `emotion` of its touchpoints that have one (2 decimals), or `null`. */
  averageEmotion: number | null;
  /** Average `expectedEmotion` of its touchpoints that have one (2 decimals), or `null`. */
  averageExpectedEmotion: number | null;
  /** Sum of its touchpoints' positive gaps `expectedEmotion − emotion`. */
  experienceGap: number;
  /** Distinct channels its touchpoints use, in first-use order. */
  channelIds: string[];
  /** Share of the journey's channels this stage uses (3 decimals), or `null` when the journey uses none. */
  channelCoverage: number | null;
}

/** Average emotion of one persona over the touchpoints that record it (for the first persona, its own or the touchpoint's). */
export interface PersonaScore {
  /** The persona. */
  personaId: string;
  /** The persona's name. */
  name: string;
  /** Touchpoints with an emotion of this persona. */
  touchpoints: number;
  /** Their average (2 decimals), or `null`. */
  averageEmotion: number | null;
}

/** The parts the health score is built from, each 0–1 or `null` when the map has no data for it. */
export interface HealthComponents {
  /** `(averageEmotion − 1) / 4`. */
  emotion: number | null;
  /** `1 − average positive experience gap / 4`, over touchpoints with both emotions. */
  experience: number | null;
  /** {@link JourneyScores.evidenceCoverage}. */
  evidence: number | null;
  /** {@link JourneyScores.painPointCoverage}. */
  painPoints: number | null;
  /** {@link JourneyScores.ownershipCoverage}. */
  ownership: number | null;
  /** {@link JourneyScores.channelCoverage}. */
  channels: number | null;
}

/**
 * The weights of the health score's components (they sum to 100). The score is
 * `Σ weight × component / Σ weight` over the components that have data, times 100,
 * rounded to a whole number.
 */
export const HEALTH_WEIGHTS: Readonly<Record<keyof HealthComponents, number>> = Object.freeze({
  emotion: 30,
  experience: 20,
  evidence: 15,
  painPoints: 15,
  ownership: 10,
  channels: 10,
});

/** Numbers to track over time; shares are 0–1, emotions 1–5, `null` where there is no data. */
export interface JourneyScores {
  /** Average `emotion` over all touchpoints that have one (2 decimals). */
  averageEmotion: number | null;
  /** Per stage, in stage order. */
  stages: StageScore[];
  /**
   * Per persona with at least one emotion, in persona order. The map's first persona's
   * emotion at a touchpoint is its `personaEmotions` entry, or else the touchpoint's own
   * `emotion` (DESIGN: `emotion` is the first persona's experience); other personas have
   * only their entries.
   */
  personas: PersonaScore[];
  /** Sum of positive gaps `expectedEmotion − emotion` over all touchpoints. */
  totalExperienceGap: number;
  /** The largest positive gap and its touchpoint (the first in journey order on a tie), or `null`. */
  largestExperienceGap: { touchpointId: string; gap: number } | null;
  /** Share of touchpoints and pain points that cite evidence. */
  evidenceCoverage: number | null;
  /** Share of touchpoints with an owning team. */
  ownershipCoverage: number | null;
  /** Share of pain points addressed by an opportunity that is not dropped. */
  painPointCoverage: number | null;
  /** Average of the stages' `channelCoverage`, over stages with touchpoints. */
  channelCoverage: number | null;
  /** Health 0–100 (see {@link HEALTH_WEIGHTS}), or `null` for a map with no data at all. */
  health: number | null;
  /** The components of `health`, each 0–1 (3 decimals). */
  healthComponents: HealthComponents;
}

const mean = (sum: number, count: number, digits: number) => (count === 0 ? null : round(sum / count, digits));

/** Running totals over the journey, filled stage by stage. */
interface Totals {
  emotionSum: number;
  emotionCount: number;
  gapSum: number;
  gapCount: number;
  largest: { touchpointId: string; gap: number } | null;
  owned: number;
  backed: number;
  coverageSum: number;
  coverageCount: number;
}

function scoreStage(stage: { id: string; name: string }, touchpoints: readonly Touchpoint[], journeyChannels: number, totals: Totals): StageScore {
  let sum = 0;
  let count = 0;
  let expectedSum = 0;
  let expectedCount = 0;
  let stageGap = 0;
  const channels = new Set<string>();
  for (const tp of touchpoints) {
    if (tp.emotion !== undefined) {
      sum += tp.emotion;
      count++;
    }
    if (tp.expectedEmotion !== undefined) {
      expectedSum += tp.expectedEmotion;
      expectedCount++;
    }
    if (tp.emotion !== undefined && tp.expectedEmotion !== undefined) {
      const gap = Math.max(0, round(tp.expectedEmotion - tp.emotion));
      stageGap += gap;
      totals.gapCount++;
      if (gap > 0 && (totals.largest === null || gap > totals.largest.gap)) totals.largest = { touchpointId: tp.id, gap };
    }
    if (tp.channelId !== undefined) channels.add(tp.channelId);
    if (tp.ownerId !== undefined) totals.owned++;
    if (tp.evidenceIds.length > 0) totals.backed++;
  }
  totals.emotionSum += sum;
  totals.emotionCount += count;
  totals.gapSum += stageGap;
  const channelCoverage = journeyChannels === 0 ? null : round(channels.size / journeyChannels);
  if (channelCoverage !== null && touchpoints.length > 0) {
    totals.coverageSum += channelCoverage;
    totals.coverageCount++;
  }
  return {
    stageId: stage.id,
    name: stage.name,
    touchpoints: touchpoints.length,
    averageEmotion: mean(sum, count, 2),
    averageExpectedEmotion: mean(expectedSum, expectedCount, 2),
    experienceGap: round(stageGap),
    channelIds: [...channels],
    channelCoverage,
  };
}

/** The personas' average emotions; the first persona falls back to the touchpoints' own emotions. */
function scorePersonas(context: AnalysisContext): PersonaScore[] {
  const { map, journey } = context;
  const first = map.personas[0]?.id;
  const sums = new Map<string, { sum: number; count: number }>();
  const add = (personaId: string, emotion: number) => {
    let acc = sums.get(personaId);
    if (acc === undefined) {
      acc = { sum: 0, count: 0 };
      sums.set(personaId, acc);
    }
    acc.sum += emotion;
    acc.count++;
  };
  for (const tp of journey) {
    let firstHasEntry = false;
    for (let i = 0; i < tp.personaEmotions.length; i++) {
      const entry = tp.personaEmotions[i];
      if (entry === undefined || !firstOfPersona(tp.personaEmotions, i)) continue;
      if (entry.personaId === first) firstHasEntry = true;
      add(entry.personaId, entry.emotion);
    }
    if (first !== undefined && !firstHasEntry && tp.emotion !== undefined) add(first, tp.emotion);
  }
  const personas: PersonaScore[] = [];
  for (const persona of map.personas) {
    const acc = sums.get(persona.id);
    if (acc) personas.push({ personaId: persona.id, name: persona.name, touchpoints: acc.count, averageEmotion: mean(acc.sum, acc.count, 2) });
  }
  return personas;
}

function healthOf(components: HealthComponents): number | null {
  let weighted = 0;
  let weights = 0;
  for (const [name, weight] of Object.entries(HEALTH_WEIGHTS) as [keyof HealthComponents, number][]) {
    const value = components[name];
    if (value === null) continue;
    weighted += weight * value;
    weights += weight;
  }
  return weights === 0 ? null : Math.round((100 * weighted) / weights);
}

/**
 * Returns the scores of the map behind `context`, in one pass over its touchpoints (and
 * one more for the personas). Never throws.
 *
 * @example
 * ```ts
 * import { computeScores, createAnalysisContext } from "journeykit";
 *
 * computeScores(createAnalysisContext(map)).health; // 0–100, or null for an empty map
 * ```
 */
export function computeScores(context: AnalysisContext): JourneyScores {
  const { map, journey } = context;
  const journeyChannels = context.usedChannelIds.length;
  const totals: Totals = { emotionSum: 0, emotionCount: 0, gapSum: 0, gapCount: 0, largest: null, owned: 0, backed: 0, coverageSum: 0, coverageCount: 0 };
  const stages = map.stages.map((stage) => scoreStage(stage, context.touchpointsByStage.get(stage.id) ?? [], journeyChannels, totals));
  let addressed = 0;
  for (const pain of map.painPoints) {
    if (pain.evidenceIds.length > 0) totals.backed++;
    if (context.addressedPainPointIds.has(pain.id)) addressed++;
  }
  const averageEmotion = mean(totals.emotionSum, totals.emotionCount, 2);
  const evidenceCoverage = mean(totals.backed, journey.length + map.painPoints.length, 3);
  const ownershipCoverage = mean(totals.owned, journey.length, 3);
  const painPointCoverage = mean(addressed, map.painPoints.length, 3);
  const channelCoverage = mean(totals.coverageSum, totals.coverageCount, 3);
  const healthComponents: HealthComponents = {
    emotion: averageEmotion === null ? null : round((averageEmotion - 1) / 4),
    experience: totals.gapCount === 0 ? null : round(Math.max(0, 1 - totals.gapSum / totals.gapCount / 4)),
    evidence: evidenceCoverage,
    painPoints: painPointCoverage,
    ownership: ownershipCoverage,
    channels: channelCoverage,
  };
  return {
    averageEmotion,
    stages,
    personas: scorePersonas(context),
    totalExperienceGap: round(totals.gapSum),
    largestExperienceGap: totals.largest,
    evidenceCoverage,
    ownershipCoverage,
    painPointCoverage,
    channelCoverage,
    health: healthOf(healthComponents),
    healthComponents,
  };
}
