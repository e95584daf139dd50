import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEventAnalyzer } from "../../src/measure/create-event-analyzer";
import { parseJourneyMap } from "../../src/validate/index";

interface Dfg {
  pathsFrequency: Record<string, number>;
  startActivities: Record<string, number>;
  endActivities: Record<string, number>;
}

/**
 * pm4js's frequency DFG of each CSV log. pm4js installs globals and keeps the process
 * alive once required, so it runs in a child process, once for every log.
 */
function pm4jsDfgs(logs: string[]): Dfg[] {
  const init = createRequire(import.meta.url).resolve("pm4js/init.js");
  const script = `require(${JSON.stringify(init)});
const logs = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = logs.map((csv) => {
  const dfg = FrequencyDfgDiscovery.apply(CsvImporter.apply(csv, ",", '"', "case", "activity", "timestamp"), "activity");
  return { pathsFrequency: dfg.pathsFrequency, startActivities: dfg.startActivities, endActivities: dfg.endActivities };
});
process.stdout.write(JSON.stringify(out));
process.exit(0);`;
  const child = spawnSync(process.execPath, ["-e", script], { input: JSON.stringify(logs), encoding: "utf8", maxBuffer: 64 << 20 });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

const ACTIVITIES = ["A", "B", "C", "D"];
const map = parseJourneyMap({
  schemaVersion: 1,
  id: "m",
  title: "t",
  stages: [{ id: "s", name: "S" }],
  touchpoints: ACTIVITIES.map((id) => ({ id, stageId: "s", name: id, observe: [{ event: id }] })),
});

describe("directly-follows counts against pm4js", () => {
  it("equal pm4js's frequency DFG on time-sorted logs without commas in names", () => {
    const logs = fc.sample(fc.array(fc.tuple(fc.constantFrom("c1", "c2", "c3", "c4"), fc.constantFrom(...ACTIVITIES)), { minLength: 1, maxLength: 80 }), { numRuns: 60 });
    const rowsOf = logs.map((pairs) => pairs.map(([caseId, event], i) => ({ caseId, event, time: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString() })));
    const dfgs = pm4jsDfgs(rowsOf.map((rows) => `case,activity,timestamp\n${rows.map((r) => `${r.caseId},${r.event},${r.time}`).join("\n")}\n`));
    rowsOf.forEach((rows, k) => {
      const analyzer = createEventAnalyzer(map, { collapseRepeats: false });
      analyzer.addAll(rows);
      const ours: Dfg = { pathsFrequency: {}, startActivities: {}, endActivities: {} };
      for (const t of analyzer.result().transitions) {
        if (t.from === "start") ours.startActivities[t.to] = t.count;
        else if (t.to === "end") ours.endActivities[t.from] = t.count;
        else ours.pathsFrequency[`${t.from},${t.to}`] = t.count;
      }
      expect(ours).toEqual(dfgs[k]);
    });
  });
});
