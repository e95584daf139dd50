import type { Touchpoint } from "../../model/touchpoint";
import { type FindingOf, makeFinding } from "../finding";
import { flowIndexOf, reach } from "../flow-paths";
import { defineRule } from "../rule-definition";

/** An `unreachable_touchpoint` finding. */
export type UnreachableTouchpointFinding = FindingOf<"unreachable_touchpoint", { stageId: string }>;

/**
 * `unreachable_touchpoint`: a touchpoint no path of the flow leads to from a start, such as
 * a loop that only its own members enter. Warning. Maps without `next` never have one.
 * Subject: the touchpoint.
 */
export const unreachableTouchpointRule = defineRule({
  code: "unreachable_touchpoint",
  thresholds: {},
  requires: [],
  run(context): UnreachableTouchpointFinding[] {
    const flow = flowIndexOf(context);
    const reached = reach(flow, flow.starts);
    const findings: UnreachableTouchpointFinding[] = [];
    if (reached.count === flow.order.length) return findings;
    for (let i = 0; i < flow.order.length; i++) {
      if (reached.marks[i] === 1) continue;
      const touchpoint = flow.order[i] as Touchpoint;
      findings.push(
        makeFinding({
          code: "unreachable_touchpoint",
          severity: "warning",
          subjectIds: [touchpoint.id],
          message: `${touchpoint.name}: no path of the flow leads here from where the journey starts`,
          data: { stageId: touchpoint.stageId },
        }),
      );
    }
    return findings;
  },
});
