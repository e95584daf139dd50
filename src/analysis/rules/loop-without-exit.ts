import type { AnalysisContext } from "../analysis-context";
import { type FindingOf, makeFinding } from "../finding";
import { cycles, flowIndexOf } from "../flow-paths";
import { defineRule } from "../rule-definition";

/** A `loop_without_exit` finding. */
export type LoopWithoutExitFinding = FindingOf<"loop_without_exit", { touchpointIds: string[] }>;

/**
 * The loops of the flow customers can never leave: cycles with no edge out and no end in
 * them, each as its touchpoint ids in journey order, by their first touchpoint.
 */
export function trappedLoops(context: Pick<AnalysisContext, "journey">): string[][] {
  const flow = flowIndexOf(context);
  // Every edge but a loop goes later in journey order, so without a loop edge the flow has no cycle.
  if (!flow.hasLoop) return [];
  const ids = flow.order.map((t) => t.id);
  const next = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i++) {
    if (flow.first[i] === flow.first[i + 1]) continue;
    const to: string[] = [];
    for (let e = flow.first[i] as number; e < (flow.first[i + 1] as number); e++) to.push(ids[flow.to[e] as number] as string);
    next.set(ids[i] as string, to);
  }
  const ends = new Set(Array.from(flow.ends, (node) => ids[node] as string));
  return cycles(ids, next).filter((loop) => {
    const members = new Set(loop);
    return !loop.some((id) => ends.has(id) || (next.get(id) ?? []).some((to) => !members.has(to)));
  });
}

/**
 * `loop_without_exit`: a cycle of the flow with no edge leaving it and no end in it, so
 * customers who enter never finish. One finding per cycle, naming its touchpoints once, in
 * journey order; the cycles in journey order of their first touchpoint. Warning. Subjects:
 * the cycle's touchpoints.
 */
export const loopWithoutExitRule = defineRule({
  code: "loop_without_exit",
  thresholds: {},
  requires: [],
  run(context): LoopWithoutExitFinding[] {
    return trappedLoops(context).map((loop) =>
      makeFinding({
        code: "loop_without_exit",
        severity: "warning",
        subjectIds: loop,
        message: `${loop.map((id) => context.name(id)).join(" → ")}: a loop with no way out and no end, so customers who enter it never finish`,
        data: { touchpointIds: loop },
      }),
    );
  },
});
