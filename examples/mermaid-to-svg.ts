/**
 * Interop and rendering: a Mermaid journey diagram — the kind teams keep in READMEs — is
 * imported, given the pain point the diagram could not hold, and drawn as a standalone
 * SVG, with nothing clipped however long the task names are. Run with
 * `npx tsx examples/mermaid-to-svg.ts`; it prints where the SVG went.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyOperation, fromMermaid, renderJourneyMapSvg } from "journeykit";

const diagram = `---
title: Renewing a passport online
---
journey
  accTitle: Passport renewal
  section Apply
    Finds the right form among three similar looking government pages: 2: Applicant
    Takes a photo that meets every one of the rules: 3: Applicant
  section Wait
    Tracks the application<br>with a reference number: 1: Applicant, Partner
  section Receive
    Passport arrives by registered post: 5: Applicant`;

const imported = fromMermaid(diagram);
if (!imported.success) {
  for (const issue of imported.error.issues) console.error(`line ${issue.line}: ${issue.message}`);
  process.exit(1);
}
let map = imported.data;
const track = map.touchpoints.find((tp) => tp.name.startsWith("Tracks"));

// Mermaid cannot hold pain points; add one through an operation, as an editor would.
const edit = applyOperation(map, {
  type: "addPainPoint",
  painPoint: { title: "No status updates for weeks", touchpointIds: track ? [track.id] : [], severity: 4 },
});
if (!edit.ok) throw new Error(edit.issue.message);
map = edit.map;

const svg = renderJourneyMapSvg(map, { lanes: ["stages", "touchpoints", "emotion", "painPoints"], theme: "highContrast" });
const file = join(mkdtempSync(join(tmpdir(), "journeykit-")), "passport.svg");
writeFileSync(file, svg);
console.log(`${map.title}: ${map.touchpoints.length} touchpoints, ${map.personas.length} personas`);
console.log(`wrote ${file} (${(svg.length / 1024).toFixed(1)} KB)`);
