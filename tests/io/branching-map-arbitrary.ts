/*
 * Generated branching maps for the interop round trips: a few stages, touchpoints with
 * random `next` edges (forward, backward — loops — and to themselves), labels of any
 * text, shares that sum to 1 on a branch where given, and `optional` / `terminal` flags.
 */
import fc from "fast-check";
import type { JourneyMap } from "../../src/model/journey-map";
import type { NextStep } from "../../src/model/touchpoint";
import { buildMap, stage, tp, valid } from "../support/map-builder";

/** The flow of a map as plain data by touchpoint position, for comparing maps whose ids differ. */
export function flowByPosition(map: JourneyMap): unknown[] {
  const order = map.touchpoints.map((t) => t.id);
  return map.touchpoints.map((t) => ({
    next: t.next?.map((step) => ({ to: order.indexOf(step.touchpointId), label: step.label, share: step.share })),
    optional: t.optional,
    terminal: t.terminal,
  }));
}

const step = (count: number) => fc.record({ to: fc.nat({ max: count - 1 }), label: fc.option(fc.string({ maxLength: 16 }), { nil: undefined }) });

/** Shares for `k` edges that sum to 1 exactly in floating point: 1/k each, the last the rest. */
function shares(k: number): number[] {
  const each = Math.round((1 / k) * 1000) / 1000;
  return Array.from({ length: k }, (_, i) => (i === k - 1 ? Math.round((1 - each * (k - 1)) * 1000) / 1000 : each));
}

/** A valid branching map of one to three stages and one to eight touchpoints, in journey order. */
export const branchingMapArbitrary: fc.Arbitrary<JourneyMap> = fc.integer({ min: 1, max: 8 }).chain((count) =>
  fc
    .array(
      fc.record({
        stage: fc.nat({ max: 2 }),
        next: fc.option(fc.uniqueArray(step(count), { maxLength: 3, selector: (s) => s.to }), { nil: undefined }),
        withShares: fc.boolean(),
        optional: fc.option(fc.boolean(), { nil: undefined }),
        terminal: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { minLength: count, maxLength: count },
    )
    .map((rows) => {
      const sorted = [...rows].sort((a, b) => a.stage - b.stage);
      const touchpoints = sorted.map((row, i) => {
        const given = row.withShares && row.next !== undefined && row.next.length > 0 ? shares(row.next.length) : undefined;
        const next = row.next?.map(
          (s, j): NextStep => ({
            touchpointId: `tp-${s.to}`,
            ...(s.label === undefined ? {} : { label: s.label }),
            ...(given ? { share: given[j] as number } : {}),
          }),
        );
        return tp(`tp-${i}`, `s-${row.stage}`, { name: `Task ${i}`, next, optional: row.optional, terminal: row.terminal });
      });
      return valid(buildMap({ stages: [stage("s-0"), stage("s-1"), stage("s-2")], touchpoints }));
    }),
);
