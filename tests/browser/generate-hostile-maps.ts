import type { JourneyMapInput } from "../../src/model/journey-map";
import { LAYOUT_TRAPS } from "../support/hostile-text";
import { seededRandom } from "../support/random";

/**
 * Fifty-ish seeded maps full of hostile text: every text field gets something from
 * {@link LAYOUT_TRAPS}; stages with 0, 1 and many touchpoints; missing emotions.
 */
export function generateHostileMaps(count = 50): JourneyMapInput[] {
  const maps: JourneyMapInput[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const random = seededRandom(seed);
    const text = () => LAYOUT_TRAPS[Math.floor(random() * LAYOUT_TRAPS.length)]!;
    const some = (max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, text);
    const stageCount = 1 + Math.floor(random() * 5);
    const stages = Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, name: text(), goal: text() }));
    const touchpoints = [];
    let n = 0;
    for (let s = 0; s < stageCount; s++) {
      const inStage = s === 0 ? 0 : s === 1 ? 1 : Math.floor(random() * 6);
      for (let k = 0; k < inStage; k++, n++) {
        touchpoints.push({
          id: `tp${n}`,
          stageId: `s${s}`,
          name: text(),
          channelId: random() < 0.7 ? "ch0" : undefined,
          ownerId: random() < 0.7 ? "team0" : undefined,
          actions: some(3),
          thoughts: some(2),
          feelings: some(2),
          emotion: random() < 0.8 ? 1 + Math.floor(random() * 5) : undefined,
          expectedEmotion: random() < 0.6 ? 1 + Math.floor(random() * 5) : undefined,
          personaEmotions: random() < 0.5 ? [{ personaId: "p1", emotion: 1 + Math.floor(random() * 5) }] : [],
          momentOfTruth: random() < 0.2,
        });
      }
    }
    const tpIds = touchpoints.map((t) => t.id);
    const painPoints = tpIds.length ? [{ id: "pp0", title: text(), description: text(), touchpointIds: [tpIds[0]!], severity: 1 + Math.floor(random() * 5) }] : [];
    maps.push({
      schemaVersion: 1,
      id: `hostile-${seed}`,
      title: text(),
      description: text(),
      personas: [
        { id: "p0", name: text() },
        { id: "p1", name: text() },
      ],
      stages,
      channels: [{ id: "ch0", name: text() }],
      teams: [{ id: "team0", name: text() }],
      touchpoints: touchpoints.map((t) => JSON.parse(JSON.stringify(t))),
      painPoints,
      opportunities: painPoints.length ? [{ id: "opp0", title: text(), painPointIds: ["pp0"], impact: 3, effort: 2, status: "idea" as const }] : [],
    });
  }
  return maps;
}
