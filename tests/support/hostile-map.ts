import type { JourneyMap, JourneyMapInput } from "../../src/model/journey-map";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";

/**
 * A valid map with `text` in every free-text field of every kind of entity (names, titles,
 * descriptions, list items, metric names and units, notes, tags, metadata, extensions),
 * and several of each entity so that tables, sections and curves have more than one row.
 * `text` must be non-empty (names require a character). Validated before it is returned,
 * so a test can rely on it being a map journeykit accepts.
 */
export function hostileMap(text: string): JourneyMap {
  const metric = (n: number) => ({ name: `${text} ${n}`, kind: "csat" as const, value: 2, target: 4, unit: text });
  const doc: JourneyMapInput = {
    schemaVersion: 1,
    id: "map-hostile",
    title: text,
    description: text,
    objective: text,
    state: "current",
    personas: [
      {
        id: "p-1",
        name: text,
        description: text,
        quote: text,
        goals: [{ id: "g-1", text, extensions: { note: text } }],
        needs: [text],
        frustrations: [text],
        attributes: [{ label: text, value: text }],
        extensions: { note: text },
      },
      { id: "p-2", name: `${text} (2)`, goals: [{ id: "g-2", text }] },
    ],
    stages: [
      { id: "s-1", name: text, description: text, goal: text, goalIds: ["g-1"], metrics: [metric(1)] },
      { id: "s-2", name: `${text} (2)`, goalIds: ["g-2"] },
      { id: "s-3", name: `${text} (3)` },
    ],
    channels: [
      { id: "ch-1", name: text, kind: "digital" },
      { id: "ch-2", name: `${text} (2)` },
    ],
    teams: [
      { id: "team-1", name: text },
      { id: "team-2", name: `${text} (2)` },
    ],
    touchpoints: [
      {
        id: "tp-1",
        stageId: "s-1",
        name: text,
        description: text,
        channelId: "ch-1",
        ownerId: "team-1",
        actions: [text, text],
        thoughts: [text],
        feelings: [text],
        emotion: 4,
        expectedEmotion: 4,
        personaEmotions: [
          { personaId: "p-1", emotion: 4 },
          { personaId: "p-2", emotion: 2, expectedEmotion: 5 },
        ],
        momentOfTruth: true,
        goalIds: ["g-1"],
        evidenceIds: ["ev-1"],
        metrics: [metric(2)],
        notes: [{ laneId: "lane-1", items: [text] }],
        tags: [text],
        extensions: { text },
      },
      {
        id: "tp-2",
        stageId: "s-1",
        name: `${text} (2)`,
        channelId: "ch-2",
        ownerId: "team-2",
        emotion: 1,
        expectedEmotion: 5,
        momentOfTruth: true,
      },
      { id: "tp-3", stageId: "s-2", name: `${text} (3)`, emotion: 2.5, momentOfTruth: false, tags: [text] },
    ],
    painPoints: [
      { id: "pp-1", title: text, description: text, touchpointIds: ["tp-1", "tp-2"], stageId: "s-1", severity: 5, frequency: 0.5, evidenceIds: ["ev-1"] },
      { id: "pp-2", title: `${text} (2)`, touchpointIds: ["tp-3"], severity: 2 },
    ],
    opportunities: [
      { id: "opp-1", title: text, description: text, painPointIds: ["pp-1"], touchpointIds: ["tp-1"], impact: 5, effort: 2, confidence: 0.8, status: "planned", ownerId: "team-1" },
      { id: "opp-2", title: `${text} (2)`, impact: 1, effort: 5, status: "idea" },
    ],
    evidence: [{ id: "ev-1", kind: "interview", title: text, collectedAt: "2020-01-01", sampleSize: 3, quote: text, url: "https://example.com/a?b=<c>" }],
    lanes: [{ id: "lane-1", name: text, description: text }],
    metadata: { createdAt: "2026-01-01", updatedAt: "2026-06-01", authors: [text], tags: [text] },
    extensions: { note: [text, { note: text }] },
  };
  return parseJourneyMap(doc);
}

/** Every string in a value, keys included, found by walking it. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      allStrings(item, out);
    }
  }
  return out;
}
