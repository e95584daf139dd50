import fc from "fast-check";
import type { Stage } from "../../src/model/stage";
import type { Touchpoint } from "../../src/model/touchpoint";

/** The stages and touchpoints of a generated flow, as `flowGraph` reads them. */
export interface FlowMap {
  stages: Stage[];
  touchpoints: Touchpoint[];
}

/**
 * Generated stages and touchpoints with everything that shapes a flow: `next` lists (with
 * repeats, steps back, self loops, labels, shares, and ids that name no touchpoint),
 * `optional` and `terminal` touchpoints, empty `next` lists, stages given out of order,
 * and touchpoints of a stage that does not exist.
 */
export const flowMapArbitrary: fc.Arbitrary<FlowMap> = fc
  .record({
    stages: fc.integer({ min: 0, max: 4 }),
    touchpoints: fc.array(
      fc.record({
        stage: fc.nat({ max: 4 }),
        next: fc.option(
          fc.array(
            fc.record({
              to: fc.nat({ max: 20 }),
              label: fc.option(fc.constantFrom("pay", "retry"), { nil: undefined }),
              share: fc.option(fc.constantFrom(0.25, 0.5, 1), { nil: undefined }),
            }),
            { maxLength: 4 },
          ),
          { nil: undefined, freq: 2 },
        ),
        optional: fc.boolean(),
        terminal: fc.boolean(),
      }),
      { maxLength: 18 },
    ),
  })
  .map(({ stages, touchpoints }) => ({
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${(i * 3) % stages}-${i}`, name: `Stage ${i}`, goalIds: [], metrics: [] })).reverse(),
    touchpoints: touchpoints.map((t, i): Touchpoint => {
      const out = {
        id: `t${i}`,
        stageId: stages === 0 ? "s-none" : `s${((t.stage % (stages + 1)) * 3) % Math.max(1, stages)}-${t.stage % (stages + 1)}`,
        name: `T${i}`,
      } as Touchpoint;
      if (t.next !== undefined)
        out.next = t.next.map((n) => ({ touchpointId: `t${n.to}`, ...(n.label === undefined ? {} : { label: n.label }), ...(n.share === undefined ? {} : { share: n.share }) }));
      if (t.optional) out.optional = true;
      if (t.terminal) out.terminal = true;
      return out;
    }),
  }));
