import { createRequire } from "node:module";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createEventAnalyzer } from "../../src/measure/create-event-analyzer";
import { parseJourneyMap } from "../../src/validate/index";

interface Pm4js {
  CsvImporter: { apply(text: string, sep: string, quote: string, caseKey: string, activityKey: string, timeKey: string): unknown };
  FrequencyDfgDiscovery: { apply(log: unknown, activityKey: string): { pathsFrequency: Record<string, number>; startActivities: Record<string, number>; endActivities: Record<string, number> } };
}

let pm4js: Pm4js;
beforeAll(() => {
  // pm4js installs its classes as globals when required.
  createRequire(import.meta.url)("pm4js/init.js");
  pm4js = globalThis as unknown as Pm4js;
});

const ACTIVITIES = ["A", "B", "C", "D"];
const map = parseJourneyMap({
  schemaVersion: 1, id: "m", title: "t", stages: [{ id: "s", name: "S" }],
  touchpoints: ACTIVITIES.map((id) => ({ id, stageId: "s", name: id, observe: [{ event: id }] })),
});

describe("directly-follows counts against pm4js", () => {
  it("equal pm4js's frequency DFG on time-sorted logs without commas in names", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("c1", "c2", "c3", "c4"), fc.constantFrom(...ACTIVITIES)), { minLength: 1, maxLength: 80 }), (pairs) => {
        const rows = pairs.map(([caseId, event], i) => ({ caseId, event, time: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString() }));
        const csv = `case,activity,timestamp\n${rows.map((r) => `${r.caseId},${r.event},${r.time}`).join("\n")}\n`;
        const dfg = pm4js.FrequencyDfgDiscovery.apply(pm4js.CsvImporter.apply(csv, ",", '"', "case", "activity", "timestamp"), "activity");
        const analyzer = createEventAnalyzer(map, { collapseRepeats: false });
        analyzer.addAll(rows);
        const ours: Record<string, number> = {};
        const starts: Record<string, number> = {};
        const ends: Record<string, number> = {};
        for (const t of analyzer.result().transitions) {
          if (t.from === "start") starts[t.to] = t.count;
          else if (t.to === "end") ends[t.from] = t.count;
          else ours[`${t.from},${t.to}`] = t.count;
        }
        expect(ours).toEqual(dfg.pathsFrequency);
        expect(starts).toEqual(dfg.startActivities);
        expect(ends).toEqual(dfg.endActivities);
      }),
      { numRuns: 50 },
    );
  });
});
