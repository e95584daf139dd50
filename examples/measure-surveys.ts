/**
 * Surveys on a journey map: read answers from CSV, summarise them with their confidence,
 * and write the measured emotions into the map as undoable operations. A CSAT 1–7
 * question at a touchpoint, an NPS question for a stage, and a split by persona.
 * Run with `npx tsx examples/measure-surveys.ts`.
 */
import { createHistory, findScale, fromSurveyCsv, parseJourneyMap, summarizeSurvey, surveysToOperations } from "journeykit";

const map = parseJourneyMap({
  schemaVersion: 1,
  id: "map-coffee",
  title: "Morning coffee",
  personas: [
    { id: "p-commuter", name: "Commuter" },
    { id: "p-remote", name: "Remote worker" },
  ],
  stages: [
    { id: "s-purchase", name: "Purchase" },
    { id: "s-loyalty", name: "Loyalty" },
  ],
  touchpoints: [
    { id: "tp-queue", stageId: "s-purchase", name: "Queue", emotion: 2, expectedEmotion: 4 },
    { id: "tp-pickup", stageId: "s-purchase", name: "Pick-up" },
    { id: "tp-app", stageId: "s-loyalty", name: "Loyalty app" },
  ],
});

// One answer per row; answers may be numbers or the scale's labels, "N/A" is skipped.
const rows = ["touchpoint,scale,value,persona"];
const answer = (touchpoint: string, scale: string, values: (number | string)[], persona = "") => {
  for (const value of values) rows.push(`${touchpoint},${scale},${value},${persona}`);
};
// The queue: CSAT 1–7, asked of both personas.
answer("Queue", "csat-7", [1, 2, 2, 3, 3, 3, 4, 2, 1, 2, 3, 2, 2, 4, 5, 3, 2, 1, 2, 3], "Commuter");
answer("Queue", "csat-7", [5, 6, 4, 5, 7, 6, 5, 4, 6, 5, 5, 6, "Slightly satisfied", 6, 7, 5, 4, 5, 6, "N/A"], "Remote worker");
// Pick-up: CSAT 1–7, everybody together.
answer("Pick-up", "csat-7", [6, 7, 7, 5, 6, 6, 7, 4, 6, 7, 6, 5, 7, 6, 6, 7, 5, 6, 7, 6, 6, 5, 7, 7, 6, 6, 7, 5, 6, 6, 7, 6]);
const touchpointCsv = rows.join("\n");

// Loyalty: NPS 0–10 for the stage, in a file of its own (a stage column instead of a touchpoint column).
const npsAnswers = [10, 9, 9, 10, 8, 7, 9, 10, 6, 5, 9, 10, 8, 9, 3, 10, 9, 7, 8, 10, 9, 9, 10, 6, 8, 9, 10, 10, 7, 9, 4, 9, 10, 8, 9];
const stageCsv = ["stage,scale,value", ...npsAnswers.map((v) => `s-loyalty,nps,${v}`)].join("\n");

const imported = [fromSurveyCsv(touchpointCsv, { map, collectedAt: "2026-03-01" }), fromSurveyCsv(stageCsv, { map, collectedAt: "2026-03-01" })];
const surveys = imported.flatMap((result) => {
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join("\n"));
  return result.data;
});
const measured = parseJourneyMap({ ...map, surveys });

const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
const fixed = (value: number | null, digits = 2) => (value === null ? "–" : value.toFixed(digits));
for (const survey of measured.surveys ?? []) {
  const s = summarizeSurvey(survey, findScale(measured, survey.scaleId)!);
  const who = survey.personaId ? ` (${survey.personaId})` : "";
  const where = survey.touchpointId ?? survey.stageId;
  const ci = (interval: [number, number] | null | undefined, digits = 2) => (interval ? `[${fixed(interval[0], digits)}, ${fixed(interval[1], digits)}]` : "–");
  console.log(`${where}${who} on ${survey.scaleId}: n=${s.n}, mean ${fixed(s.mean)} ${ci(s.meanCi)}, top box ${pct(s.topBox)}, emotion ${fixed(s.emotion)} ${ci(s.emotionCi)}`);
  if (s.nps !== undefined) console.log(`  NPS ${fixed(s.nps ?? null, 1)} ${ci(s.npsCi, 1)}`);
}

// Write the measured emotions into the map: only where none is written, from 15 answers up.
const history = createHistory(measured);
const ops = surveysToOperations(measured, { setEmotion: "when-unset", minN: 15, asOf: "2026-03-15" });
const result = history.apply(ops);
if (!result.ok) throw new Error(result.issue.message);
for (const tp of history.current.touchpoints) {
  const personas = tp.personaEmotions.map((pe) => `${pe.personaId} ${pe.emotion}`).join(", ");
  console.log(`${tp.name}: emotion ${tp.emotion ?? "–"}${personas ? `; ${personas}` : ""}; evidence ${tp.evidenceIds.join(", ") || "–"}`);
}
console.log(`${ops.length} operations; undo: ${history.undo().ok}`);
