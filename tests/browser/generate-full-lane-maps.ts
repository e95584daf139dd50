import { analyticsWith } from "../support/analytics";
import type { LayoutOptions } from "../../src/layout/options";
import { EVIDENCE_KINDS } from "../../src/model/evidence";
import type { JourneyMapInput } from "../../src/model/journey-map";
import { METRIC_KINDS } from "../../src/model/metric";
import { seededRandom } from "../support/random";
import { LAYOUT_TRAPS, LONG_WORDS } from "../support/hostile-text";
import { randomInt, randomLayoutOptions } from "./random-layout-options";

/** A generated map with the layout options to draw it with. */
export interface MapWithOptions {
  doc: JourneyMapInput;
  options: LayoutOptions;
}

/** Seeds of these maps start here, so that they never repeat {@link generateHostileMaps}'s. */
const FIRST_SEED = 1001;

/**
 * Seeded maps that fill every lane with hostile text, drawn with random layout options
 * ({@link randomLayoutOptions}): custom lanes with notes, stage and touchpoint metrics,
 * evidence linked to touchpoints, up to seven personas with `personaEmotions`, pain points
 * and opportunities in and outside stages. Each map has at least one 5,000-character word
 * ({@link LONG_WORDS}); about one text in twelve is one.
 */
export function generateFullLaneMaps(count = 40): MapWithOptions[] {
  const maps: MapWithOptions[] = [];
  for (let seed = FIRST_SEED; seed < FIRST_SEED + count; seed++) {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const text = () => (random() < 1 / 12 ? pick(LONG_WORDS) : pick(LAYOUT_TRAPS));
    const some = (max: number) => Array.from({ length: randomInt(random, 0, max) }, text);
    const emotion = () => randomInt(random, 1, 5);
    const metric = () => ({
      name: text(),
      kind: pick(METRIC_KINDS),
      value: pick([0, -1, 42, 0.123456, 1e9, -12345.678]),
      ...(random() < 0.6 ? { target: randomInt(random, -100, 100_000) } : {}),
      ...(random() < 0.4 ? { unit: pick(["%", "s", "€", text()]) } : {}),
      ...(random() < 0.3 ? { higherIsBetter: random() < 0.5 } : {}),
    });

    const personas = Array.from({ length: randomInt(random, 1, 7) }, (_, i) => ({ id: `p${i}`, name: text() }));
    const lanes = Array.from({ length: randomInt(random, 1, 3) }, (_, i) => ({ id: `lane-${i}`, name: text(), description: text() }));
    const evidence = Array.from({ length: randomInt(random, 1, 4) }, (_, i) => ({
      id: `ev${i}`,
      kind: pick(EVIDENCE_KINDS),
      title: text(),
      ...(random() < 0.6 ? { collectedAt: pick(["2026-03-01", "2025-12-31T23:59:59Z"]) } : {}),
      ...(random() < 0.6 ? { sampleSize: randomInt(random, 0, 1_000_000) } : {}),
      ...(random() < 0.5 ? { quote: text() } : {}),
      ...(random() < 0.5 ? { url: "https://example.com/research?a=1&b=<2>" } : {}),
    }));
    const stageCount = randomInt(random, 1, 5);
    const stages = Array.from({ length: stageCount }, (_, i) => ({
      id: `s${i}`,
      name: text(),
      ...(random() < 0.7 ? { goal: text() } : {}),
      metrics: Array.from({ length: randomInt(random, 0, 3) }, metric),
    }));
    const touchpoints = [];
    for (let s = 0, n = 0; s < stageCount; s++) {
      for (let k = randomInt(random, s === 0 ? 1 : 0, 4); k > 0; k--, n++) {
        const feeling = personas.filter(() => random() < 0.6);
        touchpoints.push({
          id: `tp${n}`,
          stageId: `s${s}`,
          name: text(),
          ...(random() < 0.5 ? { description: text() } : {}),
          ...(random() < 0.7 ? { channelId: "ch0" } : {}),
          ...(random() < 0.7 ? { ownerId: "team0" } : {}),
          actions: some(3),
          thoughts: some(2),
          feelings: some(2),
          ...(random() < 0.8 ? { emotion: emotion() } : {}),
          ...(random() < 0.5 ? { expectedEmotion: emotion() } : {}),
          personaEmotions: feeling.map((p) => ({ personaId: p.id, emotion: emotion(), ...(random() < 0.4 ? { expectedEmotion: emotion() } : {}) })),
          momentOfTruth: random() < 0.2,
          evidenceIds: evidence.filter(() => random() < 0.4).map((e) => e.id),
          metrics: Array.from({ length: randomInt(random, 0, 2) }, metric),
          notes: lanes.filter(() => random() < 0.7).map((l) => ({ laneId: l.id, items: some(3) })),
        });
      }
    }
    // Every map gets at least one unbreakable word, in a cell that is always drawn.
    touchpoints[0]!.actions.push(LONG_WORDS[seed % LONG_WORDS.length]!);

    const tpIds = touchpoints.map((t) => t.id);
    const painPoints = Array.from({ length: randomInt(random, 0, 4) }, (_, i) => ({
      id: `pp${i}`,
      title: text(),
      description: text(),
      // Linked to touchpoints, to a whole stage, or to nothing (the journey column).
      touchpointIds: random() < 0.6 ? tpIds.filter(() => random() < 0.3) : [],
      ...(random() < 0.3 ? { stageId: pick(stages).id } : {}),
      severity: randomInt(random, 1, 5),
      ...(random() < 0.5 ? { frequency: random() } : {}),
      evidenceIds: evidence.filter(() => random() < 0.3).map((e) => e.id),
    }));
    const opportunities = Array.from({ length: randomInt(random, 0, 3) }, (_, i) => ({
      id: `opp${i}`,
      title: text(),
      painPointIds: painPoints.filter(() => random() < 0.5).map((p) => p.id),
      touchpointIds: tpIds.filter(() => random() < 0.2),
      impact: randomInt(random, 1, 5),
      effort: randomInt(random, 1, 5),
      status: pick(["idea", "planned", "in-progress", "done", "dropped"] as const),
    }));

    const doc: JourneyMapInput = {
      schemaVersion: 1,
      id: `full-lanes-${seed}`,
      title: text(),
      description: text(),
      personas,
      stages,
      channels: [{ id: "ch0", name: text() }],
      teams: [{ id: "team0", name: text() }],
      touchpoints,
      painPoints,
      opportunities,
      evidence,
      lanes,
    };
    const options = randomLayoutOptions(
      random,
      lanes.map((l) => l.id),
      personas.map((p) => p.id),
    );
    // Measurements, drawn after everything else so the maps above stay as they were.
    doc.surveys = generateSurveys(
      random,
      tpIds,
      stages.map((st) => st.id),
      personas.map((p) => p.id),
    );
    options.analytics = generateAnalytics(
      random,
      tpIds,
      stages.map((st) => st.id),
    );
    if (random() < 0.5) options.emotionAxis = { scaleId: pick(["csat-7", "nps", "smaply", "likert-5"]) };
    // A service blueprint, drawn last for the same reason: props, steps in every layer, times and dependencies.
    for (const t of touchpoints as { props?: string[] }[]) if (random() < 0.4) t.props = some(2);
    doc.serviceSteps = generateServiceSteps(random, tpIds, text);
    maps.push({ doc, options });
  }
  return maps;
}

/** Steps behind about half the touchpoints, in every layer, some timed against a tolerance, some fail points, some depending on earlier steps (mutually or not). */
function generateServiceSteps(random: () => number, tpIds: string[], text: () => string): NonNullable<JourneyMapInput["serviceSteps"]> {
  const steps: NonNullable<JourneyMapInput["serviceSteps"]> = [];
  for (const touchpointId of tpIds) {
    if (random() < 0.5) continue;
    for (let k = randomInt(random, 1, 3); k > 0; k--) {
      const id = `step${steps.length}`;
      const earlier = steps.filter(() => random() < 0.15).map((step) => ({ stepId: step.id, ...(random() < 0.3 ? { mutual: true } : {}) }));
      steps.push({
        id,
        touchpointId,
        layer: (["frontstage", "backstage", "support"] as const)[randomInt(random, 0, 2)]!,
        text: text(),
        ...(random() < 0.5 ? { ownerId: "team0" } : {}),
        ...(random() < 0.4 ? { system: text() } : {}),
        ...(random() < 0.6 ? { durationMinutes: randomInt(random, 1, 600) } : {}),
        ...(random() < 0.5 ? { toleranceMinutes: randomInt(random, 1, 300) } : {}),
        ...(random() < 0.3 ? { failPoint: true, ...(random() < 0.5 ? { mitigation: text() } : {}) } : {}),
        dependsOn: earlier.slice(0, 2),
      });
    }
  }
  return steps;
}

const SURVEY_SCALES = [
  ["csat-5", 5],
  ["csat-7", 7],
  ["nps", 11],
] as const;

/** Surveys on some touchpoints and stages, on several scales, a few per persona, some with few answers. */
function generateSurveys(random: () => number, tpIds: string[], stageIds: string[], personaIds: string[]): NonNullable<JourneyMapInput["surveys"]> {
  const targets = [...tpIds.map((touchpointId) => ({ touchpointId })), ...stageIds.map((stageId) => ({ stageId }))];
  return targets
    .filter(() => random() < 0.5)
    .map((target, i) => {
      const [scaleId, points] = SURVEY_SCALES[Math.floor(random() * SURVEY_SCALES.length)]!;
      const persona = random() < 0.3 ? personaIds[Math.floor(random() * personaIds.length)] : undefined;
      const most = random() < 0.3 ? 3 : 200;
      return { id: `sv${i}`, scaleId, ...target, ...(persona ? { personaId: persona } : {}), counts: Array.from({ length: points }, () => randomInt(random, 0, most)) };
    });
}

/** Analytics shaped like analyzeEvents's for the map: reach, funnels, transitions (many rare), some touchpoints unobserved. */
function generateAnalytics(random: () => number, tpIds: string[], stageIds: string[]): NonNullable<LayoutOptions["analytics"]> {
  const cases = randomInt(random, 0, 1_000_000);
  const some = () => randomInt(random, 0, cases);
  const transitions = Array.from({ length: randomInt(random, 0, 30) }, () => {
    const n = random() < 0.5 ? randomInt(random, 0, Math.ceil(cases / 200)) : some();
    return {
      from: tpIds[Math.floor(random() * tpIds.length)]!,
      to: random() < 0.2 ? "end" : tpIds[Math.floor(random() * tpIds.length)]!,
      count: n,
      cases: n,
      medianMinutes: null,
      p90Minutes: null,
      designed: random() < 0.5,
    };
  });
  return analyticsWith({
    cases,
    events: cases,
    matchedEvents: cases,
    touchpoints: tpIds.map((touchpointId) => ({ touchpointId, cases: some(), events: 0 })),
    stages: stageIds.map((stageId, i) => {
      const entered = some();
      const continued = randomInt(random, 0, entered);
      return { stageId, entered, continued, dropOff: i === stageIds.length - 1 ? null : entered - continued, medianMinutes: null, p90Minutes: null };
    }),
    transitions,
    conformance: { fitness: null, unobserved: tpIds.filter(() => random() < 0.2), unusedEdges: [], undesigned: [] },
  });
}
