import { FLOW_KIND, type FlowIndex } from "../../model/flow-index";
import type { Touchpoint } from "../../model/touchpoint";
import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { flowIndexOf } from "../flow-paths";
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

/** Customers walk every kind of edge but the skips over optional touchpoints. */
const SKIP = FLOW_KIND.skip;

/**
 * The touchpoints with an emotion that customers meet next after node `from`, along the
 * flow's walked edges (every kind but `skip`), stepping over touchpoints without one; in
 * the order the flow reaches them, each once, as nodes into `walk.out`. `walk` is the
 * caller's, reused from touchpoint to touchpoint (a large map walks 10,000 of these):
 * `seen` holds, by node, the walk that last reached it.
 */
function nextFelt(flow: FlowIndex, from: number, walk: Walk): number {
  const stamp = ++walk.count;
  const { seen, queue, out } = walk;
  const { first, to, kind, order } = flow;
  seen[from] = stamp;
  let tail = 0;
  let found = 0;
  for (let e = first[from] as number; e < (first[from + 1] as number); e++) if (kind[e] !== SKIP) queue[tail++] = to[e] as number;
  for (let head = 0; head < tail; head++) {
    const node = queue[head] as number;
    if (seen[node] === stamp) continue;
    seen[node] = stamp;
    if ((order[node] as Touchpoint).emotion !== undefined) {
      out[found++] = node;
      continue;
    }
    for (let e = first[node] as number; e < (first[node + 1] as number); e++) if (kind[e] !== SKIP) queue[tail++] = to[e] as number;
  }
  return found;
}

/** The state `nextFelt` reuses across the touchpoints of one run. */
interface Walk {
  count: number;
  /** By node, the walk that last reached it. */
  seen: Int32Array;
  /** Nodes to visit; a node enters once per edge into it at most, so the edge count bounds it. */
  queue: Int32Array;
  /** The nodes found by the last walk. */
  out: Int32Array;
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
    const flow = flowIndexOf(context);
    const n = flow.order.length;
    const walk: Walk = { count: 0, seen: new Int32Array(n), queue: new Int32Array(flow.edgeCount), out: new Int32Array(n) };
    for (let i = 0; i < n; i++) {
      const previous = flow.order[i] as Touchpoint;
      const before = previous.emotion;
      if (before === undefined) continue;
      const found = nextFelt(flow, i, walk);
      for (let k = 0; k < found; k++) {
        const touchpoint = flow.order[walk.out[k] as number] as Touchpoint;
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
