import type { JourneyMap } from "../model/journey-map";
import { analyzeJourneyMap, type JourneyAnalysis } from "./analyze-journey-map";
import type { CustomFinding, Finding } from "./finding";
import { formatNumber, plural, round } from "./format";
import { changedFields } from "./changed-fields";
import type { AnalyzeJourneyMapOptions } from "./options";
import type { JourneyScores } from "./scores";

/** An entity by id and name. */
export interface ComparedEntity {
  /** The entity's id. */
  id: string;
  /** Its name (a pain point's title). */
  name: string;
}

/** An entity present in both maps whose fields differ. */
export interface ComparedEntityChange extends ComparedEntity {
  /** The fields that differ, sorted (`stageId` for a touchpoint moved to another stage). */
  fields: string[];
}

/** Added, removed and changed entities of one kind, matched by id. */
export interface CollectionComparison {
  /** In the future map only, in its order. */
  added: ComparedEntity[];
  /** In the current map only, in its order. */
  removed: ComparedEntity[];
  /** In both, with different fields, in the future map's order. */
  changed: ComparedEntityChange[];
}

/** An emotion before and after; `delta` is `after − before`, `null` unless both exist. */
export interface EmotionDelta {
  /** Emotion in the current map. */
  before: number | null;
  /** Emotion in the future map. */
  after: number | null;
  /** `after − before` (2 decimals), or `null`. */
  delta: number | null;
}

/** The score names {@link ScoreDelta} covers. */
export type TrackedScore = "health" | "averageEmotion" | "totalExperienceGap" | "evidenceCoverage" | "ownershipCoverage" | "painPointCoverage" | "channelCoverage";

/** `after − before` for each tracked score, `null` where either is `null`. */
export type ScoreDelta = Record<TrackedScore, number | null>;

/** Options of {@link compareJourneyMaps}: those of `analyzeJourneyMap`, given to both analyses. */
export type CompareJourneyMapsOptions<F extends Finding | CustomFinding = Finding | CustomFinding> = AnalyzeJourneyMapOptions<F>;

/**
 * The result of {@link compareJourneyMaps}: the "current state vs future state" view. `F`
 * is the type of the custom rules' findings, as in `JourneyAnalysis`.
 */
export interface JourneyComparison<F extends Finding | CustomFinding = Finding | CustomFinding> {
  /** Stages added, removed and changed. */
  stages: CollectionComparison;
  /** Touchpoints added, removed and changed. */
  touchpoints: CollectionComparison;
  /** Emotion deltas overall, per stage and per touchpoint present in both maps. */
  emotion: {
    overall: EmotionDelta;
    stages: (ComparedEntity & EmotionDelta)[];
    touchpoints: (ComparedEntity & EmotionDelta)[];
  };
  /** Pain points in the current map only (resolved) and in the future map only (introduced). */
  painPoints: { resolved: ComparedEntity[]; introduced: ComparedEntity[] };
  /** Findings (by id) that disappear and appear, and how many stay. */
  findings: { resolved: (Finding | F)[]; introduced: (Finding | F)[]; persisting: number };
  /** Both maps' scores and the change. */
  scores: { before: JourneyScores; after: JourneyScores; delta: ScoreDelta };
  /** The two analyses the comparison was made from. */
  analyses: { current: JourneyAnalysis<F>; future: JourneyAnalysis<F> };
  /** One sentence for people. */
  text: string;
}

const TRACKED: readonly TrackedScore[] = ["health", "averageEmotion", "totalExperienceGap", "evidenceCoverage", "ownershipCoverage", "painPointCoverage", "channelCoverage"];

function delta(before: number | null | undefined, after: number | null | undefined): EmotionDelta {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, delta: a === null || b === null ? null : round(a - b, 2) };
}

function diff<T extends { id: string }>(before: readonly T[], after: readonly T[], name: (item: T) => string): CollectionComparison {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Set(after.map((item) => item.id));
  const added: ComparedEntity[] = [];
  const changed: ComparedEntityChange[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) {
      added.push({ id: item.id, name: name(item) });
      continue;
    }
    const fields = changedFields(previous, item);
    if (fields.length) changed.push({ id: item.id, name: name(item), fields });
  }
  const removed = before.filter((item) => !now.has(item.id)).map((item) => ({ id: item.id, name: name(item) }));
  return { added, removed, changed };
}

function scoreDeltas(before: JourneyScores, after: JourneyScores): ScoreDelta {
  const out = {} as ScoreDelta;
  for (const name of TRACKED) {
    const b = before[name];
    const a = after[name];
    out[name] = a === null || b === null ? null : round(a - b);
  }
  return out;
}

/** Emotion deltas per touchpoint present in both maps (future journey order) and per stage. */
function emotionDeltas(current: JourneyMap, future: JourneyMap, before: JourneyAnalysis, after: JourneyAnalysis) {
  const oldTouchpoints = new Map(current.touchpoints.map((t) => [t.id, t]));
  const touchpointDeltas: (ComparedEntity & EmotionDelta)[] = [];
  // Future journey order: group the future's touchpoints by stage in one pass.
  const byStage = new Map<string, JourneyMap["touchpoints"]>();
  for (const stage of future.stages) byStage.set(stage.id, []);
  for (const tp of future.touchpoints) byStage.get(tp.stageId)?.push(tp);
  for (const stage of future.stages) {
    for (const tp of byStage.get(stage.id) ?? []) {
      const old = oldTouchpoints.get(tp.id);
      if (!old || (old.emotion === undefined && tp.emotion === undefined)) continue;
      touchpointDeltas.push({ id: tp.id, name: tp.name, ...delta(old.emotion, tp.emotion) });
    }
  }
  const oldStageScores = new Map(before.scores.stages.map((s) => [s.stageId, s]));
  const stageDeltas: (ComparedEntity & EmotionDelta)[] = [];
  for (const score of after.scores.stages) {
    const old = oldStageScores.get(score.stageId);
    if (old) stageDeltas.push({ id: score.stageId, name: score.name, ...delta(old.averageEmotion, score.averageEmotion) });
  }
  return { touchpointDeltas, stageDeltas };
}

/**
 * Returns what changes from the `current` map to the `future` one (usually a current-state
 * and a future-state map of one journey): stages and touchpoints added, removed and changed
 * (matched by id), emotion deltas per touchpoint, per stage and overall, pain points
 * resolved and introduced, findings that disappear and appear (by finding id), and the
 * change of every tracked score. `options` go to both analyses. Throws like
 * {@link analyzeJourneyMap} for a bad option.
 *
 * @example
 * ```ts
 * import { compareJourneyMaps } from "journeykit";
 *
 * const diff = compareJourneyMaps(currentMap, futureMap, { asOf: "2026-11-01" });
 * diff.text; // "health 41 → 78 (+37); 6 findings resolved, 1 introduced; …"
 * ```
 */
export function compareJourneyMaps<F extends Finding | CustomFinding = never>(
  current: JourneyMap,
  future: JourneyMap,
  options: CompareJourneyMapsOptions<F> = {},
): JourneyComparison<F> {
  const before = analyzeJourneyMap(current, options);
  const after = analyzeJourneyMap(future, options);
  const { touchpointDeltas, stageDeltas } = emotionDeltas(current, future, before, after);

  const stages = diff(current.stages, future.stages, (s) => s.name);
  const touchpoints = diff(current.touchpoints, future.touchpoints, (t) => t.name);

  const futurePain = new Set(future.painPoints.map((p) => p.id));
  const currentPain = new Set(current.painPoints.map((p) => p.id));
  const painPoints = {
    resolved: current.painPoints.filter((p) => !futurePain.has(p.id)).map((p) => ({ id: p.id, name: p.title })),
    introduced: future.painPoints.filter((p) => !currentPain.has(p.id)).map((p) => ({ id: p.id, name: p.title })),
  };

  const oldFindings = new Set(before.findings.map((f) => f.id));
  const newFindings = new Set(after.findings.map((f) => f.id));
  const findings = {
    resolved: before.findings.filter((f) => !newFindings.has(f.id)),
    introduced: after.findings.filter((f) => !oldFindings.has(f.id)),
    persisting: after.findings.filter((f) => oldFindings.has(f.id)).length,
  };

  const scoreDelta = scoreDeltas(before.scores, after.scores);

  const signed = (n: number | null) => (n === null ? "" : ` (${n >= 0 ? "+" : ""}${formatNumber(n)})`);
  const health = `health ${before.scores.health ?? "n/a"} → ${after.scores.health ?? "n/a"}${signed(scoreDelta.health)}`;
  const text = [
    health,
    `${plural(findings.resolved.length, "finding")} resolved, ${findings.introduced.length} introduced`,
    `${plural(painPoints.resolved.length, "pain point")} resolved, ${painPoints.introduced.length} introduced`,
    `${plural(touchpoints.added.length, "touchpoint")} added, ${touchpoints.removed.length} removed, ${touchpoints.changed.length} changed`,
  ].join("; ");

  return {
    stages,
    touchpoints,
    emotion: {
      overall: delta(before.scores.averageEmotion, after.scores.averageEmotion),
      stages: stageDeltas,
      touchpoints: touchpointDeltas,
    },
    painPoints,
    findings,
    scores: { before: before.scores, after: after.scores, delta: scoreDelta },
    analyses: { current: before, future: after },
    text,
  };
}
