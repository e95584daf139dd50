/**
 * Service blueprint: lay out examples/bank-account-opening.json as a blueprint (physical
 * evidence, customer actions, frontstage, backstage and support steps, the time lane),
 * write it as SVG, and list what the gap analysis finds behind the touchpoints.
 * Run with `npx tsx examples/blueprint.ts`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeJourneyMap, layoutJourneyMap, parseJourneyMap, renderSvg } from "journeykit";

const map = parseJourneyMap(JSON.parse(readFileSync(join(import.meta.dirname, "bank-account-opening.json"), "utf8")));
const dir = mkdtempSync(join(tmpdir(), "journeykit-blueprint-"));

// 1. The blueprint view: its lanes, the three lines between layers, arrows and badges.
const layout = layoutJourneyMap(map, { view: "blueprint" });
writeFileSync(join(dir, "bank-account-opening.svg"), renderSvg(layout));
console.log(`wrote ${join(dir, "bank-account-opening.svg")} (${layout.width} × ${layout.height} px)`);
console.log(`lanes: ${layout.lanes.map((l) => l.id).join(", ")}`);
const blueprint = layout.blueprint;
if (blueprint) {
  for (const line of blueprint.lines) console.log(`  ${line.label.text.padEnd(30)} y ${line.y}, dash [${line.dash.join(" ")}]`);
  const mutual = blueprint.arrows.filter((a) => a.mutual).length;
  console.log(`  ${blueprint.arrows.length} dependency arrows (${mutual} double-headed), ${blueprint.badges.length} badges`);
  for (const badge of blueprint.badges.filter((b) => b.kind === "fail-point")) console.log(`  fail point ${badge.entityId}: ${badge.title}`);
}

// 2. The blueprint lanes fit in any list of lanes: here beside the emotion curve.
const mixed = layoutJourneyMap(map, { lanes: ["stages", "touchpoints", "emotion", "frontstage", "backstage", "support"] });
console.log(`\nmixed view: ${mixed.lanes.length} lanes, ${mixed.blueprint?.lines.length ?? 0} lines`);

// 3. What the analysis says about the blueprint, worst first.
const blueprintCodes = ["unsupported_frontstage", "unowned_support_process", "unmitigated_fail_point", "tolerance_exceeded", "silent_backstage", "dependency_cycle"];
const findings = analyzeJourneyMap(map, { asOf: "2026-10-02" }).findings.filter((f) => blueprintCodes.includes(f.code));
console.log(`\n${findings.length} blueprint findings:`);
for (const f of findings) console.log(`  [${f.severity}] ${f.code}: ${f.message}`);
