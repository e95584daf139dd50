import type { Touchpoint } from "../../model/touchpoint";
import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { successors } from "../flow-paths";
import { defineRule } from "../rule-definition";

/** An `emotion_drop` finding. */
export type EmotionDropFinding = FindingOf<"emotion_drop", { fromEmotion: number; toEmotion: number; drop: number; crossesStage: boolean }>;

/** The thresholds of `emotion_drop`; `handoff_risk` shares `criticalEmotionDrop`. */
export const EMOTION_DROP_THRESHOLDS = {
  /** `emotion_drop`: the smallest fall between consecutive touchpoints reported. @defaultValue `2` */
  emotionDrop: { defaultValue: 2, min: 0.01, max: 4 },
  /** `emotion_drop`, `handoff_risk`: a fall at or above this is critical. @defaultValue `3` */
  criticalEmotionDrop: { defaultValue: 3, min: 0.01, max: 4 },
} as const;

/** The edges customers walk from one touchpoint to the next: every kind but skips over optional touchpoints. */
export const WALKED_EDGE_KINDS = ["sequence", "branch", "loop"] as const;

/**
 * The touchpoints with an emotion that customers meet next after `from`, along the flow,
 * stepping over touchpoints without one; in the order the flow reaches them, each once.
 * `seen` and `queue` are the caller's, reused from touchpoint to touchpoint (a large map
 * walks 10,000 of these): `seen` maps an id to the walk that last reached it.
 */
function nextFelt(from: Touchpoint, next: ReadonlyMap<string, readonly string[]>, byId: ReadonlyMap<string, Touchpoint>, walk: Walk): Touchpoint[] {
  const out: Touchpoint[] = [];
  const stamp = ++walk.count;
  const { seen, queue } = walk;
  seen.set(from.id, stamp);
  queue.length = 0;
  for (const id of next.get(from.id) ?? []) queue.push(id);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    if (seen.get(id) === stamp) continue;
    seen.set(id, stamp);
    const touchpoint = byId.get(id);
    if (touchpoint === undefined) continue;
    if (touchpoint.emotion !== undefined) out.push(touchpoint);
    else for (const to of next.get(id) ?? []) queue.push(to);
  }
  return out;
}

/** The state `nextFelt` reuses across the touchpoints of one run. */
interface Walk {
  count: number;
  seen: Map<string, number>;
  queue: string[];
}

/**
 * `emotion_drop`: the emotion falls by at least `emotionDrop` (default 2) from one
 * touchpoint to the next along the flow (its `sequence`, `branch` and `loop` edges; in a
 * map without `next`, journey order), across stages too; touchpoints without an emotion
 * are stepped over. Critical from `criticalEmotionDrop` (default 3), otherwise a warning.
 * Subjects: the touchpoint before the fall, then the one after it.
 */
export const emotionDropRule = defineRule({
  code: "emotion_drop",
  thresholds: EMOTION_DROP_THRESHOLDS,
  requires: [],
  run(context, options): EmotionDropFinding[] {
    const findings: EmotionDropFinding[] = [];
    const next = successors(context.flow, WALKED_EDGE_KINDS);
    const walk: Walk = { count: 0, seen: new Map(), queue: [] };
    for (const previous of context.journey) {
      const before = previous.emotion;
      if (before === undefined) continue;
      for (const touchpoint of nextFelt(previous, next, context.touchpointById, walk)) {
        const emotion = touchpoint.emotion as number;
        const drop = round(before - emotion);
        if (drop < options.emotionDrop) continue;
        findings.push(
          makeFinding({
            code: "emotion_drop",
            severity: drop >= options.criticalEmotionDrop ? "critical" : "warning",
            subjectIds: [previous.id, touchpoint.id],
            message: `${previous.name} → ${touchpoint.name}: emotion falls from ${formatNumber(before)} to ${formatNumber(emotion)} (drop ${formatNumber(drop)})`,
            data: { fromEmotion: before, toEmotion: emotion, drop, crossesStage: previous.stageId !== touchpoint.stageId },
          }),
        );
      }
    }
    return findings;
  },
});
