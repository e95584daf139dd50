/**
 * `npm run demo`: validates the bundled example maps and prints a short summary of each.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { safeParseJourneyMap } from "../src/index";

const examples = join(fileURLToPath(new URL(".", import.meta.url)), "..", "examples");
let failed = false;
for (const file of readdirSync(examples).filter((f) => f.endsWith(".json")).sort()) {
  const result = safeParseJourneyMap(readFileSync(join(examples, file), "utf8"));
  if (!result.success) {
    failed = true;
    process.stdout.write(`✗ ${file}\n${result.error.issues.map((i) => `    ${i.message}`).join("\n")}\n`);
    continue;
  }
  const map = result.data;
  const emotions = map.touchpoints.flatMap((t) => (t.emotion === undefined ? [] : [t.emotion]));
  const average = emotions.length ? (emotions.reduce((a, b) => a + b, 0) / emotions.length).toFixed(1) : "–";
  process.stdout.write(
    `✓ ${file}: "${map.title}"\n` +
      `    ${map.personas.length} personas, ${map.stages.length} stages, ${map.touchpoints.length} touchpoints, ` +
      `${map.painPoints.length} pain points, ${map.opportunities.length} opportunities, ${map.evidence.length} evidence\n` +
      `    average emotion ${average} / 5; stages: ${map.stages.map((s) => s.name).join(" → ")}\n`,
  );
}
process.exitCode = failed ? 1 : 0;
