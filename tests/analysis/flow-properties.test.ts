import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { createEventAnalyzer } from "../../src/measure/create-event-analyzer";
import { journeyOrder } from "../../src/model/flow-graph";
import type { JourneyMap } from "../../src/model/journey-map";
import { SERVICE_LAYERS } from "../../src/model/service-step";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { allIds, journeyMapArbitrary } from "./arbitraries";

/** A generated map with random `next` edges, service steps with random dependencies, and observe rules on every touchpoint. */
const measuredMapArbitrary = journeyMapArbitrary.chain((map) => {
  const n = map.touchpoints.length;
  const index = fc.nat({ max: Math.max(0, n - 1) });
  return fc
    .record({
      next: fc.array(fc.option(fc.uniqueArray(index, { maxLength: 3 }), { nil: undefined }), { minLength: n, maxLength: n }),
      terminal: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      steps: fc.array(
        fc.record({ at: index, layer: fc.constantFrom(...SERVICE_LAYERS), deps: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 2 }), mutual: fc.boolean(), fail: fc.boolean() }),
        {
          maxLength: n === 0 ? 0 : 8,
        },
      ),
      walks: fc.array(fc.array(index, { minLength: 1, maxLength: 6 }), { maxLength: n === 0 ? 0 : 40 }),
    })
    .map(({ next, terminal, steps, walks }): { map: JourneyMap; walks: number[][] } => {
      const ids = map.touchpoints.map((t) => t.id);
      const touchpoints = map.touchpoints.map((t, i) => ({
        ...t,
        observe: [{ event: `e${i}` }],
        ...(next[i] === undefined ? {} : { next: (next[i] as number[]).map((j) => ({ touchpointId: ids[j] as string })) }),
        ...(terminal[i] ? { terminal: true } : {}),
        durationMinutes: i,
        toleranceMinutes: 2,
      }));
      const serviceSteps = steps.map((s, k) => ({
        id: `step-${k}`,
        touchpointId: ids[s.at] as string,
        layer: s.layer,
        text: `Step ${k}`,
        failPoint: s.fail,
        dependsOn: s.deps.filter((d) => d < steps.length && d !== k).map((d) => ({ stepId: `step-${d}`, ...(s.mutual ? { mutual: true } : {}) })),
        evidenceIds: [],
      }));
      return { map: { ...map, touchpoints, ...(serviceSteps.length ? { serviceSteps } : {}) }, walks };
    });
});

describe("flow, measurement and blueprint rules", () => {
  it("never throw on generated branching, measured and blueprinted maps, and name only ids that exist, each finding once", () => {
    fc.assert(
      fc.property(measuredMapArbitrary, ({ map, walks }) => {
        const parsed = safeParseJourneyMap(map);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        const order = journeyOrder(map);
        const analyzer = createEventAnalyzer(map);
        walks.forEach((walk, c) => {
          walk.forEach((i, k) => {
            analyzer.add({ caseId: `c${c}`, event: `e${map.touchpoints.indexOf(order[i] ?? map.touchpoints[0]!)}`, time: k * 60_000 });
          });
        });
        const analysis = analyzeJourneyMap(map, { analytics: analyzer.result(), minCases: 1, asOf: "2026-11-01" });
        const ids = allIds(map);
        for (const step of map.serviceSteps ?? []) ids.add(step.id);
        const seen = new Set<string>();
        for (const finding of analysis.findings) {
          for (const id of finding.subjectIds) expect(ids.has(id)).toBe(true);
          expect(seen.has(finding.id)).toBe(false);
          seen.add(finding.id);
          expect(finding.message).not.toMatch(/undefined|NaN/);
        }
        expect(analysis.summary.skipped).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("give, for a map without next, the emotion drops of a plain walk in journey order", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, (map) => {
        // The oracle: consecutive touchpoints with an emotion, in journey order.
        const felt = journeyOrder(map).filter((t) => t.emotion !== undefined);
        const expected: string[] = [];
        for (let i = 1; i < felt.length; i++) {
          const drop = Math.round(((felt[i - 1]?.emotion as number) - (felt[i]?.emotion as number)) * 1000) / 1000;
          if (drop >= 2) expected.push(`emotion_drop:${felt[i - 1]?.id}/${felt[i]?.id}`);
        }
        const found = analyzeJourneyMap(map)
          .findings.filter((f) => f.code === "emotion_drop")
          .map((f) => f.id);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});
