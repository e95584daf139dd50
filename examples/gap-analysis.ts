/**
 * Finding the gaps: analyse a current-state map, rank the opportunities, compare it with
 * the future-state map, and write a Markdown report.
 * Run with `npx tsx examples/gap-analysis.ts`.
 */
import { type JourneyMapInput, type Rule, analyzeJourneyMap, compareJourneyMaps, makeFinding, parseJourneyMap, prioritizeOpportunities, toMarkdownReport } from "journeykit";

const document: JourneyMapInput = {
  schemaVersion: 1,
  id: "map-bank-current",
  title: "Opening a bank account",
  personas: [{ id: "p-newcomer", name: "Newcomer", goals: [{ id: "g-fast", text: "Open an account in one sitting" }] }],
  stages: [
    { id: "s-consider", name: "Consideration" },
    { id: "s-apply", name: "Application", metrics: [{ name: "Completion", kind: "conversion", value: 0.42, target: 0.6 }] },
    { id: "s-use", name: "First use" },
  ],
  channels: [
    { id: "ch-web", name: "Website", kind: "digital" },
    { id: "ch-branch", name: "Branch", kind: "physical" },
    { id: "ch-app", name: "Mobile app", kind: "digital" },
  ],
  teams: [
    { id: "team-marketing", name: "Marketing" },
    { id: "team-onboarding", name: "Onboarding" },
  ],
  touchpoints: [
    {
      id: "tp-compare",
      stageId: "s-consider",
      name: "Compare accounts",
      channelId: "ch-web",
      ownerId: "team-marketing",
      emotion: 4,
      expectedEmotion: 4,
      evidenceIds: ["ev-survey"],
    },
    { id: "tp-branch", stageId: "s-consider", name: "Ask in a branch", channelId: "ch-branch", ownerId: "team-marketing", emotion: 4, goalIds: ["g-fast"] },
    {
      id: "tp-upload",
      stageId: "s-apply",
      name: "Proof of address upload",
      channelId: "ch-app",
      ownerId: "team-onboarding",
      emotion: 1,
      expectedEmotion: 4,
      momentOfTruth: true,
      evidenceIds: ["ev-tickets"],
    },
    { id: "tp-card", stageId: "s-use", name: "Card arrives", channelId: "ch-app", emotion: 3, expectedEmotion: 4 },
  ],
  painPoints: [
    { id: "pp-photo", title: "Photo of a bill is rejected", touchpointIds: ["tp-upload"], severity: 5, frequency: 0.35, evidenceIds: ["ev-tickets"] },
    { id: "pp-wait", title: "Card takes ten days", touchpointIds: ["tp-card"], severity: 3, frequency: 0.8 },
  ],
  opportunities: [
    { id: "opp-ocr", title: "Check the document while it is being photographed", painPointIds: ["pp-photo"], impact: 5, effort: 3, confidence: 0.7, status: "planned" },
    { id: "opp-virtual", title: "Virtual card on day one", painPointIds: ["pp-wait"], impact: 4, effort: 4, confidence: 0.6, status: "idea" },
    { id: "opp-mascot", title: "A mascot", impact: 1, effort: 2, status: "idea" },
  ],
  evidence: [
    { id: "ev-survey", kind: "survey", title: "Switching survey", collectedAt: "2024-05-01", sampleSize: 800 },
    { id: "ev-tickets", kind: "support-ticket", title: "Upload tickets Q3", collectedAt: "2026-09-30", sampleSize: 312 },
  ],
};

const current = parseJourneyMap(document);

// 1. The analysis: findings, scores and a summary. `asOf` judges evidence age.
const analysis = analyzeJourneyMap(current, { asOf: "2026-11-01" });
console.log(analysis.summary.text);
for (const finding of analysis.findings) console.log(`  ${finding.severity.padEnd(8)} ${finding.code.padEnd(24)} ${finding.message}`);

// 2. A custom rule with the built-in signature, and a rule switched off.
const noMascots: Rule = (context) =>
  context.map.opportunities
    .filter((o) => o.impact === 1)
    .map((o) => makeFinding({ code: "low_impact_idea", severity: "info", subjectIds: [o.id], message: `${o.title}: impact 1` }));
const custom = analyzeJourneyMap(current, { asOf: "2026-11-01", rules: { channel_gap: false }, customRules: [noMascots] });
console.log(`\nwith a custom rule: ${custom.summary.text}`);

// 3. What to do first, and why.
console.log("\nopportunities:");
for (const o of prioritizeOpportunities(current)) console.log(`  ${o.rank}. ${o.title} — ${o.explanation}`);

// 4. Current vs future state.
const future = parseJourneyMap({
  ...document,
  id: "map-bank-future",
  state: "future",
  touchpoints: document.touchpoints?.map((t) => (t.id === "tp-upload" ? { ...t, emotion: 4 } : t.id === "tp-card" ? { ...t, ownerId: "team-onboarding" } : t)),
  painPoints: document.painPoints?.filter((p) => p.id !== "pp-photo"),
  opportunities: document.opportunities?.map((o) => (o.id === "opp-ocr" ? { ...o, painPointIds: [], touchpointIds: ["tp-upload"], status: "done" as const } : o)),
});
const diff = compareJourneyMaps(current, future, { asOf: "2026-11-01" });
console.log(`\ncurrent → future: ${diff.text}`);
for (const t of diff.emotion.touchpoints) if (t.delta) console.log(`  ${t.name}: ${t.before} → ${t.after}`);

// 5. A report for a pull request or a wiki.
const markdown = toMarkdownReport(current, analysis);
console.log(`\n${markdown.split("\n").slice(0, 12).join("\n")}\n…`);
