/**
 * Interop: a Mermaid journey diagram from a README becomes a full map, is enriched in code,
 * analysed, and written back as Mermaid and CSV. Run with `npx tsx examples/mermaid-to-csv.ts`.
 */
import { analyzeJourneyMap, fromMermaid, toCsv, toMermaid } from "journeykit";

const diagram = `journey
  title Renewing a passport
  section Apply
    Find the form: 2: Applicant
    Take a photo: 3: Applicant
  section Wait
    Track the application: 1: Applicant, Partner
  section Receive
    Passport arrives: 5: Applicant`;

const result = fromMermaid(diagram);
if (!result.success) {
  for (const issue of result.error.issues) console.error(issue.message);
  process.exit(1);
}
const map = result.data;
console.log(`${map.title}: ${map.stages.length} stages, ${map.touchpoints.length} touchpoints, ${map.personas.length} personas`);

// Mermaid has no expected emotion; add what customers told us they expected.
const enriched = { ...map, touchpoints: map.touchpoints.map((tp) => ({ ...tp, expectedEmotion: 4 })) };
const analysis = analyzeJourneyMap(enriched, { asOf: "2026-11-01" });
console.log(analysis.summary.text);
for (const finding of analysis.findings.filter((f) => f.code === "experience_gap")) console.log(`  ${finding.message}`);

console.log(`\n${toMermaid(enriched)}`);
console.log(toCsv(enriched));
