import type { Touchpoint } from "../../model/touchpoint";
import { type FindingOf, makeFinding } from "../finding";
import { flowIndexOf, reach } from "../flow-paths";
import { defineRule } from "../rule-definition";
import { trappedLoops } from "./loop-without-exit";

/** A `dead_end` finding. */
export type DeadEndFinding = FindingOf<"dead_end", { stageId: string }>;

/**
 * `dead_end`: a touchpoint from which no path of the flow reaches an end (a terminal
 * touchpoint or the last one). The touchpoints of a loop without exit are reported once,
 * by `loop_without_exit`, not here; the ones that lead only into such a loop are. Warning.
 * Subject: the touchpoint.
 */
export const deadEndRule = defineRule({
  code: "dead_end",
  thresholds: {},
  requires: [],
  run(context): DeadEndFinding[] {
    const flow = flowIndexOf(context);
    const finishing = reach(flow, flow.ends, true);
    if (finishing.count === flow.order.length) return [];
    const trapped = new Set(trappedLoops(context).flat());
    const findings: DeadEndFinding[] = [];
    for (let i = 0; i < flow.order.length; i++) {
      const touchpoint = flow.order[i] as Touchpoint;
      if (finishing.marks[i] === 1 || trapped.has(touchpoint.id)) continue;
      findings.push(
        makeFinding({
          code: "dead_end",
          severity: "warning",
          subjectIds: [touchpoint.id],
          message: `${touchpoint.name}: no path of the flow leads from here to an end of the journey`,
          data: { stageId: touchpoint.stageId },
        }),
      );
    }
    return findings;
  },
});
