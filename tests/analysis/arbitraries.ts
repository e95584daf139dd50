import fc from "fast-check";
import type { JourneyMap } from "../../src/model/journey-map";
import type { Metric } from "../../src/model/metric";
import { OPPORTUNITY_STATUSES } from "../../src/model/opportunity";
import { buildMap, channel, defined, ev, opp, pain, persona, stage, team, tp } from "../support/map-builder";

const name = fc.string({ minLength: 1, maxLength: 12 });
const emotion = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true }));
const score = fc.integer({ min: 1, max: 5 });
const share = fc.double({ min: 0, max: 1, noNaN: true });
const date = fc
  .tuple(fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }), fc.boolean())
  .map(([d, time]) => (time ? d.toISOString().slice(0, 19) : d.toISOString().slice(0, 10)));
const picks = fc.array(fc.nat(), { maxLength: 3 });
const metric: fc.Arbitrary<Metric> = fc
  .record({
    name: fc.constantFrom("CSAT", "Wait", "NPS#1"),
    value: fc.double({ min: -1000, max: 1000, noNaN: true }),
    target: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: undefined }),
    higherIsBetter: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((m) => {
    const out: Metric = { name: m.name, value: m.value };
    if (m.target !== undefined) out.target = m.target;
    if (m.higherIsBetter !== undefined) out.higherIsBetter = m.higherIsBetter;
    return out;
  });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Picks distinct ids from `ids` by the numbers in `choices` (nothing when `ids` is empty). */
function pick(ids: readonly string[], choices: readonly number[]): string[] {
  if (ids.length === 0) return [];
  return [...new Set(choices.map((n) => ids[n % ids.length] as string))];
}

function one(ids: readonly string[], choice: number | undefined): string | undefined {
  return choice === undefined || ids.length === 0 ? undefined : ids[choice % ids.length];
}

/**
 * Valid journey maps of up to a few stages and a dozen touchpoints, with every kind of
 * entity and reference, optional fields present or not, fractional emotions, duplicate
 * metric names and stale or fresh evidence.
 */
export const journeyMapArbitrary: fc.Arbitrary<JourneyMap> = fc
  .record({
    state: opt(fc.constantFrom("current" as const, "future" as const)),
    updatedAt: opt(date),
    personas: fc.array(fc.record({ name, goals: fc.array(name, { maxLength: 2 }) }), { maxLength: 2 }),
    stages: fc.array(fc.record({ name, goals: picks, metrics: fc.array(metric, { maxLength: 2 }) }), { maxLength: 4 }),
    channels: fc.nat(3),
    teams: fc.nat(3),
    evidence: fc.array(opt(date), { maxLength: 3 }),
    touchpoints: fc.array(
      fc.record({
        name,
        stage: fc.nat(),
        channel: opt(fc.nat()),
        owner: opt(fc.nat()),
        emotion: opt(emotion),
        expectedEmotion: opt(emotion),
        momentOfTruth: opt(fc.boolean()),
        goals: picks,
        evidence: picks,
        personaEmotions: fc.array(fc.record({ persona: fc.nat(), emotion, expectedEmotion: opt(emotion) }), { maxLength: 2 }),
        metrics: fc.array(metric, { maxLength: 2 }),
      }),
      { maxLength: 12 },
    ),
    painPoints: fc.array(fc.record({ title: name, touchpoints: picks, stage: opt(fc.nat()), severity: opt(score), frequency: opt(share), evidence: picks }), { maxLength: 4 }),
    opportunities: fc.array(
      fc.record({
        title: name,
        painPoints: picks,
        touchpoints: picks,
        impact: opt(score),
        effort: opt(score),
        confidence: opt(share),
        status: fc.constantFrom(...OPPORTUNITY_STATUSES),
      }),
      { maxLength: 4 },
    ),
  })
  .map((spec): JourneyMap => {
    const personas = spec.personas.map((p, i) => persona(`persona-${i}`, { name: p.name, goals: p.goals.map((text, j) => ({ id: `goal-${i}-${j}`, text })) }));
    const personaIds = personas.map((p) => p.id);
    const goalIds = personas.flatMap((p) => p.goals.map((g) => g.id));
    const stages = spec.stages.map((s, i) => stage(`stage-${i}`, { name: s.name, goalIds: pick(goalIds, s.goals), metrics: s.metrics }));
    const stageIds = stages.map((s) => s.id);
    const channels = Array.from({ length: spec.channels }, (_, i) => channel(`channel-${i}`, { name: `Channel ${i}` }));
    const teams = Array.from({ length: spec.teams }, (_, i) => team(`team-${i}`, { name: `Team ${i}` }));
    const evidence = spec.evidence.map((collectedAt, i) => ev(`evidence-${i}`, { title: `Evidence ${i}`, collectedAt }));
    const evidenceIds = evidence.map((e) => e.id);
    const touchpoints =
      stageIds.length === 0
        ? []
        : spec.touchpoints.map((t, i) => {
            const seen = new Set<string>();
            return tp(`tp-${i}`, one(stageIds, t.stage) as string, {
              name: t.name,
              channelId: one(
                channels.map((c) => c.id),
                t.channel,
              ),
              ownerId: one(
                teams.map((c) => c.id),
                t.owner,
              ),
              emotion: t.emotion,
              expectedEmotion: t.expectedEmotion,
              personaEmotions:
                personaIds.length === 0
                  ? []
                  : t.personaEmotions
                      .map((p) => defined({ personaId: one(personaIds, p.persona) as string, emotion: p.emotion, expectedEmotion: p.expectedEmotion }))
                      .filter((p) => !seen.has(p.personaId) && seen.add(p.personaId) !== undefined),
              momentOfTruth: t.momentOfTruth,
              goalIds: pick(goalIds, t.goals),
              evidenceIds: pick(evidenceIds, t.evidence),
              metrics: t.metrics,
            });
          });
    const touchpointIds = touchpoints.map((t) => t.id);
    const painPoints = spec.painPoints.map((p, i) =>
      pain(`pp-${i}`, {
        title: p.title,
        touchpointIds: pick(touchpointIds, p.touchpoints),
        stageId: one(stageIds, p.stage),
        severity: p.severity,
        frequency: p.frequency,
        evidenceIds: pick(evidenceIds, p.evidence),
      }),
    );
    const painPointIds = painPoints.map((p) => p.id);
    const opportunities = spec.opportunities.map((o, i) =>
      opp(`opp-${i}`, {
        title: o.title,
        painPointIds: pick(painPointIds, o.painPoints),
        touchpointIds: pick(touchpointIds, o.touchpoints),
        impact: o.impact,
        effort: o.effort,
        confidence: o.confidence,
        status: o.status,
      }),
    );
    return buildMap({
      title: "Generated",
      state: spec.state,
      personas,
      stages,
      channels,
      teams,
      touchpoints,
      painPoints,
      opportunities,
      evidence,
      metadata: spec.updatedAt === undefined ? undefined : { updatedAt: spec.updatedAt, authors: [], tags: [] },
    });
  });

/** Every id in a map, persona goals included. */
export function allIds(map: JourneyMap): Set<string> {
  const ids = new Set<string>();
  for (const list of [map.personas, map.stages, map.channels, map.teams, map.touchpoints, map.painPoints, map.opportunities, map.evidence, map.lanes]) {
    for (const item of list) ids.add(item.id);
  }
  for (const persona of map.personas) for (const goal of persona.goals) ids.add(goal.id);
  return ids;
}
