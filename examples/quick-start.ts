/**
 * Quick start: create a map, add a touchpoint, validate it, and read the issues of a broken
 * document. Run with `npx tsx examples/quick-start.ts`.
 */
import { type JourneyMap, createJourneyMap, parseJourneyMap, safeParseJourneyMap } from "journeykit";

const map: JourneyMap = createJourneyMap({ title: "Buying a coffee" });

// Maps are plain data: build documents however you like, then validate them.
const withTouchpoint = {
  ...map,
  teams: [{ id: "team-ops", name: "Store operations" }],
  touchpoints: [
    {
      id: "tp-queue",
      stageId: "s-purchase",
      name: "Queue at the counter",
      ownerId: "team-ops",
      emotion: 2,
      expectedEmotion: 4,
      thoughts: ["Will I make my train?"],
    },
  ],
};

const valid = parseJourneyMap(withTouchpoint);
console.log(`${valid.title}: ${valid.stages.length} stages, ${valid.touchpoints.length} touchpoint`);
console.log(`defaults filled in: actions = ${JSON.stringify(valid.touchpoints[0]?.actions)}`);

// A document with mistakes: every issue comes back at once, each with a code and a path.
const result = safeParseJourneyMap({
  ...withTouchpoint,
  touchpoints: [{ ...withTouchpoint.touchpoints[0], stageId: "s-purchse", emotion: 9, emotoin: 3 }],
});
if (!result.success) {
  for (const issue of result.error.issues) console.log(`${issue.code}: ${issue.message}`);
}
