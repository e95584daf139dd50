import type { JourneyMap } from "../../src/model/journey-map";
import { buildMap, channel, ev, opp, pain, persona, stage, team, tp } from "./map-builder";
import { seededRandom } from "./random";

const WORDS = [
  "customer",
  "checks",
  "the",
  "price",
  "waits",
  "for",
  "support",
  "reads",
  "reviews",
  "compares",
  "plans",
  "orders",
  "coffee",
  "onboarding",
  "email",
  "invoice",
  "renewal",
  "friendly",
  "slow",
  "confusing",
];

export interface GenerateOptions {
  touchpoints: number;
  stages?: number;
  seed?: number;
}

/**
 * A valid, realistic-looking journey map with `touchpoints` touchpoints spread over
 * `stages` stages, with personas, channels, teams, pain points, opportunities and evidence
 * in proportion. Used by benchmarks and scale tests.
 */
export function generateJourneyMap({ touchpoints: count, stages: stageCount = 5, seed = 1 }: GenerateOptions): JourneyMap {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const emotion = () => 1 + Math.floor(random() * 5);

  const personas = [
    persona("persona-1", { name: "Alex", goals: [{ id: "goal-1", text: "Get it done quickly" }] }),
    persona("persona-2", { name: "Sam", goals: [{ id: "goal-2", text: "Feel confident" }] }),
  ];
  const stages = Array.from({ length: stageCount }, (_, i) =>
    stage(`stage-${i}`, {
      name: `Stage ${i + 1}`,
      goal: sentence(4),
      goalIds: i === 0 ? ["goal-1"] : [],
      metrics: [{ name: "CSAT", kind: "csat" as const, value: 60 + Math.floor(random() * 40), target: 80 }],
    }),
  );
  const channels = Array.from({ length: 6 }, (_, i) => channel(`channel-${i}`, { name: `Channel ${i}`, kind: "digital" }));
  const teams = Array.from({ length: 5 }, (_, i) => team(`team-${i}`, { name: `Team ${i}` }));
  const evidenceCount = Math.max(1, Math.floor(count / 10));
  const evidence = Array.from({ length: evidenceCount }, (_, i) => ev(`evidence-${i}`, { title: sentence(3), collectedAt: `2026-0${1 + (i % 9)}-1${i % 10}`, sampleSize: 10 + i }));
  const touchpoints = Array.from({ length: count }, (_, i) =>
    tp(`tp-${i}`, `stage-${Math.floor((i * stageCount) / count)}`, {
      name: sentence(3),
      description: sentence(8),
      channelId: `channel-${i % 6}`,
      ...(i % 7 === 0 ? {} : { ownerId: `team-${i % 5}` }),
      actions: [sentence(5)],
      thoughts: [sentence(6)],
      feelings: [sentence(2)],
      emotion: emotion(),
      expectedEmotion: emotion(),
      personaEmotions: [{ personaId: "persona-2", emotion: emotion() }],
      momentOfTruth: i % 11 === 0,
      goalIds: [],
      evidenceIds: i % 3 === 0 ? [`evidence-${i % evidenceCount}`] : [],
    }),
  );
  const painCount = Math.max(1, Math.floor(count / 5));
  const painPoints = Array.from({ length: painCount }, (_, i) =>
    pain(`pp-${i}`, { title: sentence(4), touchpointIds: [`tp-${(i * 5) % count}`], severity: 1 + (i % 5), frequency: random() }),
  );
  const opportunities = Array.from({ length: Math.max(1, Math.floor(painCount / 2)) }, (_, i) =>
    opp(`opp-${i}`, { title: sentence(4), painPointIds: [`pp-${i * 2}`], impact: 1 + (i % 5), effort: 1 + ((i * 3) % 5) }),
  );
  return buildMap({
    id: "map-generated",
    title: `Generated journey with ${count} touchpoints`,
    personas,
    stages,
    channels,
    teams,
    touchpoints,
    painPoints,
    opportunities,
    evidence,
  });
}
