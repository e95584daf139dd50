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
    const bySource = new Map<string, { to: string; share: number | undefined }[]>();
    for (const edge of context.flow.edges) {
      if (edge.kind === "skip") continue;
      const list = bySource.get(edge.from);
      const entry = { to: edge.to, share: edge.share };
      if (list) list.push(entry);
      else bySource.set(edge.from, [entry]);
    }
    const findings: BranchSharesSumFinding[] = [];
    for (const touchpoint of context.journey) {
      const edges = bySource.get(touchpoint.id);
      if (!edges || (touchpoint.next?.length ?? 0) === 0 || edges.some((e) => e.share === undefined)) continue;
      const shares = edges.map((e) => e.share as number);
      const sum = shares.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) <= SHARE_EPSILON) continue;
      findings.push(
        makeFinding({
          code: "branch_shares_sum",
          severity: "warning",
          subjectIds: [touchpoint.id],
          message: `${touchpoint.name}: the shares of the ways on from here sum to ${formatNumber(sum)}, not 1`,
          data: { sum: round(sum, 6), shares, toIds: edges.map((e) => e.to) },
        }),
      );
    }
    return findings;
  },
});
