/**
 * Rendering: lay out examples/coffee-shop.json, write it as SVG in three themes, and show
 * what the layout data holds for drawing it yourself.
 * Run with `npx tsx examples/render.ts`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { layoutJourneyMap, parseJourneyMap, renderJourneyMapSvg, renderSvg } from "journeykit";

const map = parseJourneyMap(JSON.parse(readFileSync(join(import.meta.dirname, "coffee-shop.json"), "utf8")));
const dir = mkdtempSync(join(tmpdir(), "journeykit-render-"));

// 1. One call: map in, SVG out. The same map and options always give the same bytes.
const svg = renderJourneyMapSvg(map);
writeFileSync(join(dir, "coffee-shop.svg"), svg);
console.log(`wrote ${join(dir, "coffee-shop.svg")} (${svg.length.toLocaleString("en-US")} characters)`);

// 2. A view for executives: fewer lanes, short text, dark theme, its own id prefix.
const brief = renderJourneyMapSvg(map, {
  lanes: ["stages", "touchpoints", "emotion", "painPoints", "opportunities"],
  maxLines: 2,
  theme: "dark",
  idPrefix: "brief",
});
writeFileSync(join(dir, "coffee-shop-brief.svg"), brief);
console.log(`wrote ${join(dir, "coffee-shop-brief.svg")}`);

// 3. Layout once, render in several themes.
const layout = layoutJourneyMap(map, { personaIds: ["p-leo", "p-maya"] });
writeFileSync(join(dir, "coffee-shop-high-contrast.svg"), renderSvg(layout, { theme: "highContrast" }));
console.log(`wrote ${join(dir, "coffee-shop-high-contrast.svg")}`);

// 4. The layout is plain data: draw it with anything.
console.log(`\nlayout ${layout.width} × ${layout.height} px, ${layout.columns.length} columns, ${layout.cells.length} boxes`);
for (const lane of layout.lanes) console.log(`  ${lane.name.padEnd(14)} y ${lane.y}, height ${lane.height}`);
const queue = layout.cells.find((c) => c.laneId === "painPoints");
if (queue) console.log(`first pain point box: ${queue.entityId} at ${queue.x},${queue.y}: ${queue.lines.map((l) => l.text).join(" / ")}`);
for (const series of layout.emotion?.series ?? []) console.log(`  curve ${series.name}: ${series.points.length} points`);
