/**
 * `npx tsx scripts/branches-and-loops-image.ts`: draws the picture of the guide
 * docs/branches-and-loops.md — the coffee-shop example's purchase, with its branch (order
 * ahead in the app or queue at the counter), a loop back and an optional step — into
 * docs/images/branches-and-loops.svg. Pure journeykit, no browser: the SVG is the output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderJourneyMapSvg } from "../src/render/index";
import { parseJourneyMap } from "../src/validate/safe-parse-journey-map";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const coffee = JSON.parse(readFileSync(join(root, "examples", "coffee-shop.json"), "utf8"));
const keep = new Set(["s-consideration", "s-purchase", "s-experience"]);
// The example's own branch, plus a loop (a wrong drink goes back to the counter) and an optional step (the chat).
const touchpoints = coffee.touchpoints
  .filter((t: { stageId: string; id: string }) => keep.has(t.stageId) && t.id !== "tp-maps-listing")
  .map((t: { id: string; next?: unknown[] }) => {
    if (t.id === "tp-pickup") return { ...t, next: [{ touchpointId: "tp-coffee" }, { touchpointId: "tp-ordering", label: "Wrong drink" }] };
    if (t.id === "tp-barista") return { ...t, optional: true };
    return t;
  });
const map = parseJourneyMap({
  ...coffee,
  title: "Morning coffee: two ways to order",
  stages: coffee.stages.filter((s: { id: string }) => keep.has(s.id)),
  touchpoints,
  painPoints: [],
  opportunities: [],
});
const svg = renderJourneyMapSvg(map, { lanes: ["stages", "touchpoints", "emotion"], personaIds: ["p-leo"], idPrefix: "branches" });
const path = join(root, "docs", "images", "branches-and-loops.svg");
writeFileSync(path, `${svg}\n`);
process.stdout.write(`wrote ${path}\n`);
