import { describe, expect, it } from "vitest";
import { applyOperations } from "../../src/edit/apply-operations";
import { applyPatches } from "../../src/edit/immer";
import { analyticsToOperations } from "../../src/measure/analytics-to-operations";
import { analyzeEvents } from "../../src/measure/analyze-events";
import { parseJourneyMap } from "../../src/validate/index";

const map = parseJourneyMap({
  schemaVersion: 1,
  id: "m",
  title: "Shop",
  stages: [
    { id: "s1", name: "Browse", metrics: [{ name: "Conversion", kind: "conversion", value: 0.9, target: 0.7, unit: "share" }] },
    { id: "s2", name: "Buy" },
  ],
  touchpoints: [
    { id: "view", stageId: "s1", name: "View", observe: [{ event: "view" }] },
    { id: "pay", stageId: "s2", name: "Pay", observe: [{ event: "pay" }] },
  ],
});

const rows = [
  { caseId: "a", event: "view", time: 0 },
  { caseId: "a", event: "pay", time: 120_000 },
  { caseId: "b", event: "view", time: 0 },
];

describe("analyticsToOperations", () => {
  it("records an analytics evidence entry and metrics, undoably", async () => {
    const analytics = await analyzeEvents(map, rows);
    const ops = analyticsToOperations(map, analytics, { asOf: "2026-06-01" });
    expect(JSON.parse(JSON.stringify(ops))).toEqual(ops);
    const result = applyOperations(map, ops);
    if (!result.ok) throw new Error(result.issue.message);
    expect(result.map.evidence).toEqual([{ id: "ev-analytics-2026-06-01", kind: "analytics", title: "Event log: 2 cases, 3 events", collectedAt: "2026-06-01", sampleSize: 2 }]);
    expect(result.map.touchpoints.map((t) => [t.evidenceIds, t.metrics])).toEqual([
      [["ev-analytics-2026-06-01"], [{ name: "Reach", kind: "conversion", value: 1, unit: "share" }]],
      [["ev-analytics-2026-06-01"], [{ name: "Reach", kind: "conversion", value: 0.5, unit: "share" }]],
    ]);
    const browse = result.map.stages[0]?.metrics ?? [];
    // The measured conversion replaces the typed one and keeps its target.
    expect(browse.find((m) => m.name === "Conversion")).toEqual({ name: "Conversion", kind: "conversion", value: 0.5, target: 0.7, unit: "share" });
    expect(browse.find((m) => m.name === "Drop-off")?.value).toBe(0.5);
    expect(browse.find((m) => m.name === "Time to next stage")?.value).toBe(2);
    expect(applyPatches(result.map, result.inversePatches)).toEqual(map);
  });

  it("measures again with a new evidence id and the same metric names, so that two measurements diff", async () => {
    const first = applyOperations(map, analyticsToOperations(map, await analyzeEvents(map, rows), { asOf: "2026-06-01" }));
    if (!first.ok) throw new Error(first.issue.message);
    const again = applyOperations(first.map, analyticsToOperations(first.map, await analyzeEvents(first.map, rows.slice(0, 2)), { asOf: "2026-06-01" }));
    if (!again.ok) throw new Error(again.issue.message);
    expect(again.map.evidence.map((e) => e.id)).toEqual(["ev-analytics-2026-06-01", "ev-analytics-2026-06-01-2"]);
    expect(again.map.stages[0]?.metrics.filter((m) => m.name === "Conversion")).toHaveLength(1);
    expect(again.map.stages[0]?.metrics.find((m) => m.name === "Conversion")?.value).toBe(1);
  });

  it("refuses a missing or bad asOf", async () => {
    const analytics = await analyzeEvents(map, rows);
    expect(() => analyticsToOperations(map, analytics, {} as never)).toThrow(/asOf/);
    expect(() => analyticsToOperations(map, analytics, { asOf: "June" })).toThrow(/asOf/);
  });
});
