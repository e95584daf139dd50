import { analyticsWith } from "../support/analytics";
import fc from "fast-check";
import type { JourneyAnalytics } from "../../src/measure/journey-analytics";
import type { JourneyMap } from "../../src/model/journey-map";
import type { Survey } from "../../src/model/survey";

const SCALES = [
  { id: "csat-5", points: 5 },
  { id: "csat-7", points: 7 },
  { id: "nps", points: 11 },
  { id: "smaply", points: 5 },
] as const;

/** Surveys on the map's touchpoints and stages: any built-in scale, any counts (zero included), some per persona, some dated. */
export function surveysFor(map: JourneyMap): fc.Arbitrary<Survey[]> {
  const targets = [...map.touchpoints.map((t) => ({ touchpointId: t.id })), ...map.stages.map((s) => ({ stageId: s.id }))];
  if (targets.length === 0) return fc.constant([]);
  const personas = [undefined, ...map.personas.map((p) => p.id)];
  return fc
    .array(
      fc.record({
        target: fc.constantFrom(...targets),
        scale: fc.constantFrom(...SCALES),
        persona: fc.constantFrom(...personas),
        counts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })), { minLength: 11, maxLength: 11 }),
        date: fc.option(fc.constantFrom("2026-01-05", "2026-03-01", "2026-06-30"), { nil: undefined }),
      }),
      { maxLength: 12 },
    )
    .map((specs) =>
      specs.map((s, i) => {
        const survey: Survey = { id: `survey-${i}`, scaleId: s.scale.id, counts: s.counts.slice(0, s.scale.points), ...s.target };
        if (s.persona !== undefined) survey.personaId = s.persona;
        if (s.date !== undefined) survey.collectedAt = s.date;
        return survey;
      }),
    );
}

/** Analytics shaped like {@link analyzeEvents}'s for the map: any counts within the cases, transitions between its touchpoints and to the end, some touchpoints unobserved. */
export function analyticsFor(map: JourneyMap): fc.Arbitrary<JourneyAnalytics> {
  const ids = map.touchpoints.map((t) => t.id);
  return fc.integer({ min: 0, max: 100_000 }).chain((cases) => {
    const count = fc.integer({ min: 0, max: cases });
    const transition = fc.record({
      from: fc.constantFrom("start", ...ids),
      to: fc.constantFrom("end", ...ids),
      cases: count,
      designed: fc.boolean(),
    });
    return fc
      .record({
        touchpoints: fc.tuple(...ids.map(() => count)),
        stages: fc.tuple(...map.stages.map(() => fc.tuple(count, count))),
        transitions: fc.array(transition, { maxLength: 40 }),
        unobserved: fc.subarray(ids),
      })
      .map(
        ({ touchpoints, stages, transitions, unobserved }): JourneyAnalytics =>
          analyticsWith({
            cases,
            events: cases * 3,
            matchedEvents: cases * 2,
            touchpoints: ids.map((touchpointId, i) => ({ touchpointId, cases: touchpoints[i] as number, events: touchpoints[i] as number })),
            stages: map.stages.map((s, i) => {
              const [a, b] = stages[i] as [number, number];
              const [entered, continued] = a >= b ? [a, b] : [b, a];
              return { stageId: s.id, entered, continued, dropOff: i === map.stages.length - 1 ? null : entered - continued, medianMinutes: null, p90Minutes: null };
            }),
            transitions: transitions.map((t) => ({ ...t, count: t.cases, medianMinutes: null, p90Minutes: null })),
            conformance: { fitness: null, unobserved, unusedEdges: [], undesigned: [] },
          }),
      );
  });
}
