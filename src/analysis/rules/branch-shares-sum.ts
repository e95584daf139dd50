import { FLOW_KIND } from "../../model/flow-index";
import type { Touchpoint } from "../../model/touchpoint";
import { flowIndexOf } from "../flow-paths";
import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** A `branch_shares_sum` finding. */
export type BranchSharesSumFinding = FindingOf<"branch_shares_sum", { sum: number; shares: number[]; toIds: string[] }>;

/** The room for rounding in a sum of shares (the validator's tolerance). */
const SHARE_EPSILON = 1e-9;

/**
 * `branch_shares_sum`: the `share`s on the edges leaving one touchpoint, where every one is
 * given, do not sum to 1 — in the flow as drawn, after repeated `next` entries to one
 * touchpoint are merged (the validator checks the entries as written). Warning. Subject:
 * the touchpoint the edges leave.
 */
export const branchSharesSumRule = defineRule({
  code: "branch_shares_sum",
  thresholds: {},
  requires: [],
  run(context): BranchSharesSumFinding[] {
    const flow = flowIndexOf(context);
    const findings: BranchSharesSumFinding[] = [];
    for (let i = 0; i < flow.order.length; i++) {
      const touchpoint = flow.order[i] as Touchpoint;
      if ((touchpoint.next?.length ?? 0) === 0) continue;
      // A touchpoint with a `next` has its own edges first, each from one `next` entry; skips follow.
      const shares: number[] = [];
      const toIds: string[] = [];
      let e = flow.first[i] as number;
      for (; e < (flow.first[i + 1] as number) && flow.kind[e] !== FLOW_KIND.skip; e++) {
        const share = flow.step[e]?.share;
        if (share === undefined) break;
        shares.push(share);
        toIds.push((flow.order[flow.to[e] as number] as Touchpoint).id);
      }
      if (shares.length === 0 || (e < (flow.first[i + 1] as number) && flow.kind[e] !== FLOW_KIND.skip)) continue;
      const sum = shares.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) <= SHARE_EPSILON) continue;
      findings.push(
        makeFinding({
          code: "branch_shares_sum",
          severity: "warning",
          subjectIds: [touchpoint.id],
          message: `${touchpoint.name}: the shares of the ways on from here sum to ${formatNumber(sum)}, not 1`,
          data: { sum: round(sum, 6), shares, toIds },
        }),
      );
    }
    return findings;
  },
});
