/**
 * Editing and undo: a small editing session on the coffee-shop map — operations, a
 * refusal, a transaction, typing grouped into one undo step, a collaborator's edit, and
 * undo by id after it. Run with `npx tsx examples/editing.ts`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createHistory, parseJourneyMap, safeParseJourneyMap } from "journeykit";

const map = parseJourneyMap(readFileSync(join(import.meta.dirname, "coffee-shop.json"), "utf8"));
let clock = 0;
const history = createHistory(map, { groupWithinMs: 800, now: () => clock });
history.subscribe((current) => console.log(`  (map changed: ${current.touchpoints.length} touchpoints)`));

// A refused edit changes nothing and says why.
const refused = history.apply({ type: "updateTouchpoint", id: "tp-queue", changes: { emotion: 9 } });
if (!refused.ok) console.log(`refused: ${refused.issue.code}: ${refused.issue.message}`);

// Typing a new name: four updates within 800 ms become one undo step.
for (const name of ["Q", "Qu", "Queue", "Queues at 8:02"]) {
  clock += 150;
  history.apply({ type: "updateTouchpoint", id: "tp-queue", changes: { name } });
}

// A transaction: a new team and the touchpoint it owns, all or nothing.
clock += 2000;
const added = history.apply([
  { type: "addTeam", team: { id: "team-delivery", name: "Delivery" } },
  { type: "addTouchpoint", touchpoint: { id: "tp-delivery", stageId: "s-purchase", name: "Gets coffee delivered", ownerId: "team-delivery", emotion: 4 } },
]);
console.log(`transaction ${added.ok ? "applied" : "refused"}; patches: ${added.ok ? added.patches.length : 0}`);

// A collaborator removes a pain point; its references go with it.
history.applyRemote({ type: "removePainPoint", id: "pp-rush-queue" });

// Undo still takes back our own steps, by id, on top of the collaborator's change.
history.undo(); // the transaction
history.undo(); // the typing, in one step
const queue = history.current.touchpoints.find((tp) => tp.id === "tp-queue");
console.log(`after undo: "${queue?.name}", delivery team present: ${history.current.teams.some((t) => t.id === "team-delivery")}`);
console.log(`pain point removed by the collaborator stays removed: ${!history.current.painPoints.some((p) => p.id === "pp-rush-queue")}`);
console.log(`still a valid map: ${safeParseJourneyMap(history.current).success}`);
