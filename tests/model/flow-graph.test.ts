import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flowGraph, journeyOrder } from "../../src/model/flow-graph";
import type { JourneyMapInput } from "../../src/model/journey-map";
import { parseJourneyMap, safeParseJourneyMap } from "../../src/validate/index";
import { generateJourneyMap } from "../support/generate-map";

const example = (name: string) => parseJourneyMap(JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")));

type TouchpointInput = NonNullable<JourneyMapInput["touchpoints"]>[number];

/** A map of two stages, `a b` in the first and the rest in the second, with the given extra fields. */
function flowMap(ids: string[], extra: Record<string, Partial<TouchpointInput>> = {}) {
  return parseJourneyMap({
    schemaVersion: 1,
    id: "m",
    title: "Flow",
    stages: [
      { id: "s1", name: "One" },
      { id: "s2", name: "Two" },
    ],
    touchpoints: ids.map((id, i) => ({ id, stageId: i < 2 ? "s1" : "s2", name: id, ...extra[id] })),
  });
}

const chain = (ids: string[]) => ids.slice(1).map((to, i) => ({ from: ids[i], to, kind: "sequence" }));

describe("flowGraph", () => {
  it("is the simple chain for every example map once its flow fields are taken out", () => {
    const names = readdirSync(join(import.meta.dirname, "..", "..", "examples")).filter((name) => name.endsWith(".json"));
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      const { touchpoints, ...rest } = example(name);
      const map = { ...rest, touchpoints: touchpoints.map(({ next: _n, optional: _o, terminal: _t, ...tp }) => tp) };
      const ids = journeyOrder(map).map((t) => t.id);
      expect(flowGraph(map)).toEqual({ edges: chain(ids), starts: [ids[0]], ends: [ids.at(-1)] });
    }
  });

  it("is the simple chain for generated maps", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 1000 }), (count, seed) => {
        const map = generateJourneyMap({ touchpoints: count, seed });
        const ids = journeyOrder(map).map((t) => t.id);
        expect(flowGraph(map)).toEqual({ edges: chain(ids), starts: [ids[0]], ends: [ids.at(-1)] });
      }),
      { numRuns: 30 },
    );
  });

  it("walks stages in order, then touchpoints in array order, whatever the array order of stages", () => {
    const map = parseJourneyMap({
      schemaVersion: 1,
      id: "m",
      title: "t",
      stages: [
        { id: "s1", name: "1" },
        { id: "s2", name: "2" },
      ],
      touchpoints: [
        { id: "late", stageId: "s2", name: "l" },
        { id: "early", stageId: "s1", name: "e" },
      ],
    });
    expect(flowGraph(map).edges).toEqual([{ from: "early", to: "late", kind: "sequence" }]);
  });

  it("is empty for a map without touchpoints", () => {
    expect(flowGraph(flowMap([]))).toEqual({ edges: [], starts: [], ends: [] });
  });

  it("draws a branch with its labels and shares, and treats an empty next as none", () => {
    const map = flowMap(["a", "b", "c", "d"], {
      a: {
        next: [
          { touchpointId: "b", label: "in store", share: 0.7 },
          { touchpointId: "c", share: 0.3 },
        ],
      },
      b: { next: [] },
    });
    expect(flowGraph(map).edges).toEqual([
      { from: "a", to: "b", kind: "branch", label: "in store", share: 0.7 },
      { from: "a", to: "c", kind: "branch", share: 0.3 },
      { from: "b", to: "c", kind: "sequence" },
      { from: "c", to: "d", kind: "sequence" },
    ]);
    expect(flowGraph(map).starts).toEqual(["a"]);
  });

  it("calls an edge to an earlier touchpoint (or itself) a loop", () => {
    const map = flowMap(["a", "b", "c"], { b: { next: [{ touchpointId: "a" }, { touchpointId: "b" }, { touchpointId: "c" }] } });
    expect(flowGraph(map).edges).toEqual([
      { from: "a", to: "b", kind: "sequence" },
      { from: "b", to: "a", kind: "loop" },
      { from: "b", to: "b", kind: "loop" },
      { from: "b", to: "c", kind: "branch" },
    ]);
    // Everything is reached: the first in journey order starts.
    expect(flowGraph(map).starts).toEqual(["a"]);
  });

  it("adds skip edges around an optional touchpoint, also around several in a row", () => {
    const one = flowGraph(flowMap(["a", "b", "c"], { b: { optional: true } }));
    expect(one.edges).toEqual([
      { from: "a", to: "b", kind: "sequence" },
      { from: "a", to: "c", kind: "skip" },
      { from: "b", to: "c", kind: "sequence" },
    ]);
    const two = flowGraph(flowMap(["a", "b", "c", "d"], { b: { optional: true }, c: { optional: true } }));
    expect(two.edges.filter((e) => e.kind === "skip").map((e) => `${e.from}>${e.to}`)).toEqual(["a>c", "a>d", "b>d"]);
  });

  it("never doubles an edge that a skip would repeat", () => {
    const map = flowMap(["a", "b", "c"], { a: { next: [{ touchpointId: "b" }, { touchpointId: "c" }] }, b: { optional: true } });
    expect(flowGraph(map).edges.filter((e) => e.from === "a" && e.to === "c")).toHaveLength(1);
  });

  it("ends at terminal touchpoints and at the last, and a terminal one keeps its explicit next", () => {
    const g = flowGraph(flowMap(["a", "b", "c", "d"], { b: { terminal: true }, c: { terminal: true, next: [{ touchpointId: "d" }] } }));
    expect(g.edges).toEqual([
      { from: "a", to: "b", kind: "sequence" },
      { from: "c", to: "d", kind: "sequence" },
    ]);
    expect(g.ends).toEqual(["b", "c", "d"]);
    expect(g.starts).toEqual(["a", "c"]);
  });

  it("starts also after an optional first touchpoint, and ends also before an optional last one", () => {
    const g = flowGraph(flowMap(["a", "b", "c"], { a: { optional: true }, c: { optional: true } }));
    expect(g.starts).toEqual(["a", "b"]);
    expect(g.ends).toEqual(["b", "c"]);
  });
});

describe("validation of the flow fields", () => {
  const doc = (touchpoints: unknown[]) => ({ schemaVersion: 1, id: "m", title: "t", stages: [{ id: "s", name: "S" }], touchpoints });

  it("keeps a map without the new fields exactly as before (no new keys)", () => {
    const map = parseJourneyMap(doc([{ id: "a", stageId: "s", name: "A" }]));
    expect(Object.keys(map.touchpoints[0] as object)).not.toContain("next");
    expect(Object.keys(map.touchpoints[0] as object)).not.toContain("observe");
    expect(Object.keys(map.touchpoints[0] as object)).not.toContain("props");
  });

  it("reports a next that names no touchpoint, with its path", () => {
    const result = safeParseJourneyMap(doc([{ id: "a", stageId: "s", name: "A", next: [{ touchpointId: "b" }] }]));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ code: "unknown_reference", path: ["touchpoints", 0, "next", 0, "touchpointId"] }));
  });

  it("reports a next that names a stage", () => {
    const result = safeParseJourneyMap(doc([{ id: "a", stageId: "s", name: "A", next: [{ touchpointId: "s" }] }]));
    expect(result.error?.issues.map((i) => i.code)).toEqual(["unknown_reference"]);
  });

  it("accepts shares that sum to 1 within 1e-9, and refuses others at the next path", () => {
    const tp = (shares: (number | undefined)[]) => [
      { id: "a", stageId: "s", name: "A", next: shares.map((share, i) => ({ touchpointId: `b${i}`, ...(share === undefined ? {} : { share }) })) },
      ...shares.map((_, i) => ({ id: `b${i}`, stageId: "s", name: "B" })),
    ];
    expect(safeParseJourneyMap(doc(tp([0.1, 0.2, 0.7]))).success).toBe(true);
    expect(safeParseJourneyMap(doc(tp([1 / 3, 1 / 3, 1 / 3]))).success).toBe(true);
    expect(safeParseJourneyMap(doc(tp([0.5, undefined]))).success).toBe(true);
    const bad = safeParseJourneyMap(doc(tp([0.5, 0.4])));
    expect(bad.error?.issues).toEqual([expect.objectContaining({ code: "custom", path: ["touchpoints", 0, "next"] })]);
    expect(bad.error?.issues[0]?.message).toContain("sum to 1");
    expect(safeParseJourneyMap(doc(tp([0.8, 0.4, undefined]))).success).toBe(false);
    expect(safeParseJourneyMap(doc(tp([1.5]))).success).toBe(false);
  });

  it("accepts optional, terminal, durations and props", () => {
    const result = safeParseJourneyMap(doc([{ id: "a", stageId: "s", name: "A", optional: true, terminal: false, durationMinutes: 3, toleranceMinutes: 5, props: ["receipt"] }]));
    expect(result.success).toBe(true);
    expect(safeParseJourneyMap(doc([{ id: "a", stageId: "s", name: "A", durationMinutes: -1 }])).success).toBe(false);
  });
});
