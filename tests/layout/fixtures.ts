import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { JourneyMap, JourneyMapInput } from "../../src/model/journey-map";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";

/**
 * A small map that exercises every placement rule: an empty stage, a pain point across a
 * stage, one with several touchpoints, one in no stage, an opportunity placed by its pain
 * point, two personas, a custom lane, a moment of truth and a missing emotion.
 */
export const smallMapInput: JourneyMapInput = {
  schemaVersion: 1,
  id: "map-small",
  title: "Renewing a library card",
  personas: [
    { id: "p-ana", name: "Ana" },
    { id: "p-ben", name: "Ben" },
  ],
  stages: [
    { id: "s-notice", name: "Notice", goal: "Know the card expires" },
    { id: "s-renew", name: "Renew" },
    { id: "s-empty", name: "Borrow again" },
  ],
  channels: [{ id: "ch-email", name: "Email" }],
  teams: [{ id: "team-desk", name: "Front desk" }],
  lanes: [{ id: "lane-systems", name: "Systems" }],
  touchpoints: [
    {
      id: "tp-email",
      stageId: "s-notice",
      name: "Reminder email",
      channelId: "ch-email",
      ownerId: "team-desk",
      actions: ["Opens the email"],
      thoughts: ["Already?"],
      feelings: ["Surprised"],
      emotion: 3,
      expectedEmotion: 4,
      personaEmotions: [{ personaId: "p-ben", emotion: 2 }],
      notes: [{ laneId: "lane-systems", items: ["Mailer", "Member database"] }],
    },
    { id: "tp-form", stageId: "s-renew", name: "Online form", actions: ["Fills in the form", "Uploads a photo"], emotion: 1, momentOfTruth: true },
    { id: "tp-desk", stageId: "s-renew", name: "Desk visit", personaEmotions: [{ personaId: "p-ben", emotion: 4 }] },
    { id: "tp-card", stageId: "s-renew", name: "New card", emotion: 5, expectedEmotion: 4 },
  ],
  painPoints: [
    { id: "pp-upload", title: "Photo upload fails", touchpointIds: ["tp-card", "tp-form"], severity: 4, frequency: 0.3 },
    { id: "pp-renew", title: "Nobody explains the fee", stageId: "s-renew", severity: 2 },
    { id: "pp-anywhere", title: "Opening hours unclear", severity: 3 },
  ],
  opportunities: [
    { id: "opp-check", title: "Check the photo in the browser", painPointIds: ["pp-upload"], impact: 4, effort: 2, status: "idea" },
    { id: "opp-fee", title: "Explain the fee up front", painPointIds: ["pp-renew"], impact: 2, effort: 1, status: "planned" },
    { id: "opp-loose", title: "A mascot", impact: 1, effort: 1, status: "idea" },
  ],
};

export const smallMap: JourneyMap = parseJourneyMap(smallMapInput);

/** An example map from examples/, parsed. */
export function exampleMap(name: "coffee-shop" | "saas-onboarding"): JourneyMap {
  return parseJourneyMap(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", `${name}.json`), "utf8")));
}
