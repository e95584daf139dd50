import fc from "fast-check";
import type { JourneyMap, JourneyMapInput } from "../../../src/model/journey-map";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { LAYOUT_TRAPS } from "../../support/hostile-text";

const text = fc.oneof(
  fc.constantFrom("Queue", "Order ahead in the app", "Back to search", "Pays", "A step with a name long enough to wrap over a few lines"),
  fc.constantFrom(...LAYOUT_TRAPS),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const chance = (tenths: number) => fc.integer({ min: 0, max: 9 }).map((x) => x < tenths);

const touchpointSpec = fc.record({
  stage: fc.nat({ max: 3 }),
  name: text,
  emotion: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  /** Edges forward, as offsets in journey order, and one back (0: to itself). */
  forward: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }),
  back: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
  labels: fc.array(fc.option(text, { nil: undefined }), { minLength: 4, maxLength: 4 }),
  weights: fc.option(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 }), { nil: undefined }),
  optional: chance(2),
  terminal: chance(1),
});

/**
 * Valid maps whose flow branches, joins, loops and skips: up to four stages and fourteen
 * touchpoints, each with random edges forward (a random DAG in journey order), maybe one
 * back to an earlier touchpoint or itself, labels (ordinary and hostile text), shares that
 * sum to 1, optional and terminal touchpoints.
 */
export const branchingMapArbitrary: fc.Arbitrary<JourneyMap> = fc
  .record({ stageCount: fc.integer({ min: 1, max: 4 }), specs: fc.array(touchpointSpec, { minLength: 1, maxLength: 14 }) })
  .map(({ stageCount, specs }) => parseJourneyMap(branchingMapInput(stageCount, specs)));

type TouchpointSpec = typeof touchpointSpec extends fc.Arbitrary<infer T> ? T : never;

function branchingMapInput(stageCount: number, specs: TouchpointSpec[]): JourneyMapInput {
  // Sorted by stage, the array order is the journey order, so offsets name journey positions.
  const sorted = specs.map((s) => ({ ...s, stage: s.stage % stageCount })).sort((a, b) => a.stage - b.stage);
  const n = sorted.length;
  const touchpoints = sorted.map((s, i) => {
    const targets = [...s.forward.map((d) => i + d).filter((j) => j < n), ...(s.back === undefined ? [] : [i - s.back].filter((j) => j >= 0))];
    const unique = [...new Set(targets)];
    const total = unique.reduce((sum, _, k) => sum + (s.weights?.[k] ?? 1), 0);
    const next = unique.map((j, k) => ({
      touchpointId: `tp${j}`,
      ...(s.labels[k] === undefined ? {} : { label: s.labels[k] }),
      ...(s.weights && unique.length > 1 ? { share: (s.weights[k] as number) / total } : {}),
    }));
    return {
      id: `tp${i}`,
      stageId: `s${s.stage}`,
      name: s.name,
      ...(s.emotion === undefined ? {} : { emotion: s.emotion }),
      ...(next.length ? { next } : {}),
      ...(s.optional ? { optional: true } : {}),
      ...(s.terminal ? { terminal: true } : {}),
    };
  });
  return {
    schemaVersion: 1,
    id: "map-branching",
    title: "Branching",
    stages: Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, name: `Stage ${i}` })),
    touchpoints,
  };
}
