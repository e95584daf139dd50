import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeEvents } from "../../src/measure/analyze-events";
import { createEventAnalyzer } from "../../src/measure/create-event-analyzer";
import type { EventRow } from "../../src/measure/event-row";
import type { JourneyAnalytics } from "../../src/measure/journey-analytics";
import { parseJourneyMap } from "../../src/validate/index";
import { arbitraryMap, arbitraryRows } from "./generate-log";
import { oracle } from "./oracle";

const shop = parseJourneyMap({
  schemaVersion: 1,
  id: "m",
  title: "Shop",
  stages: [
    { id: "s1", name: "Browse" },
    { id: "s2", name: "Buy" },
    { id: "s3", name: "After" },
  ],
  touchpoints: [
    { id: "view", stageId: "s1", name: "View", observe: [{ event: "view" }] },
    { id: "cart", stageId: "s1", name: "Cart", observe: [{ event: "cart.*" }] },
    { id: "pay", stageId: "s2", name: "Pay", observe: [{ url: "/pay/:id" }, { event: 'pay,"card"' }] },
    { id: "review", stageId: "s3", name: "Review", observe: [{ event: "review", where: { stars: 5 } }] },
  ],
});

const at = (minute: number) => minute * 60_000;
const row = (caseId: string, event: string, minute: number, extra: Partial<EventRow> = {}): EventRow => ({ caseId, event, time: at(minute), ...extra });

function comparable(a: JourneyAnalytics) {
  const { cases, events, matchedEvents, touchpoints, stages, transitions, conformance } = a;
  const variants = [...a.variants].sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
  return { cases, events, matchedEvents, touchpoints, stages, transitions, conformance, variants };
}

function oracleComparable(o: ReturnType<typeof oracle>) {
  const undesigned = [...o.conformance.undesigned].sort((a, b) => b.cases - a.cases || b.count - a.count);
  const variants = [...o.variants].sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
  return { ...o, conformance: { ...o.conformance, undesigned }, variants };
}

describe("createEventAnalyzer", () => {
  it("agrees with the plain oracle on generated maps and logs", () => {
    fc.assert(
      fc.property(arbitraryMap, arbitraryRows, fc.boolean(), fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), (map, rows, collapseRepeats, sessionGapMinutes) => {
        const analyzer = createEventAnalyzer(map, { collapseRepeats, maxVariants: 10_000, ...(sessionGapMinutes === undefined ? {} : { sessionGapMinutes }) });
        analyzer.addAll(rows);
        expect(comparable(analyzer.result())).toEqual(oracleComparable(oracle(map, rows, { collapseRepeats, ...(sessionGapMinutes === undefined ? {} : { sessionGapMinutes }) })));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same result for any order of rows whose times differ within a case", () => {
    fc.assert(
      fc.property(arbitraryMap, arbitraryRows, fc.integer(), (map, rows, seed) => {
        const distinct = rows.map((r, i) => ({ ...r, time: i * 1000 + Number(r.time) }));
        const shuffled = fc.sample(fc.shuffledSubarray(distinct, { minLength: distinct.length, maxLength: distinct.length }), { seed, numRuns: 1 })[0] as EventRow[];
        const a = createEventAnalyzer(map, { segmentBy: "segment", minSegmentCases: 1 });
        const b = createEventAnalyzer(map, { segmentBy: "segment", minSegmentCases: 1 });
        a.addAll(distinct.map((r) => ({ ...r, segment: r.caseId.length > 1 ? "long" : "short" })));
        b.addAll(shuffled.map((r) => ({ ...r, segment: r.caseId.length > 1 ? "long" : "short" })));
        expect(b.result()).toEqual(a.result());
      }),
      { numRuns: 100 },
    );
  });

  it("sorts a case's events by time and keeps input order for ties", () => {
    const a = createEventAnalyzer(shop);
    a.addAll([row("u", "cart.add", 5), row("u", "view", 0), row("u", 'pay,"card"', 5)]);
    expect(a.result().variants).toEqual([{ touchpointIds: ["view", "cart", "pay"], cases: 1 }]);
    const b = createEventAnalyzer(shop);
    b.addAll([row("u", 'pay,"card"', 5), row("u", "view", 0), row("u", "cart.add", 5)]);
    expect(b.result().variants).toEqual([{ touchpointIds: ["view", "pay", "cart"], cases: 1 }]);
  });

  it("collapses consecutive repeats unless told not to", () => {
    const rows = [row("u", "view", 0), row("u", "view", 1), row("u", "cart.add", 2)];
    const on = createEventAnalyzer(shop);
    on.addAll(rows);
    expect(on.result().variants[0]?.touchpointIds).toEqual(["view", "cart"]);
    expect(on.result().touchpoints[0]).toEqual({ touchpointId: "view", cases: 1, events: 2 });
    const off = createEventAnalyzer(shop, { collapseRepeats: false });
    off.addAll(rows);
    expect(off.result().variants[0]?.touchpointIds).toEqual(["view", "view", "cart"]);
  });

  it("splits sessions after the gap, measured between consecutive events", () => {
    const rows = [row("u", "view", 0), row("u", "view", 20), row("u", "cart.add", 40), row("u", "view", 100)];
    const a = createEventAnalyzer(shop, { sessionGapMinutes: 30 });
    a.addAll(rows);
    const r = a.result();
    expect(r.cases).toBe(2);
    expect(r.variants).toEqual([
      { touchpointIds: ["view"], cases: 1 },
      { touchpointIds: ["view", "cart"], cases: 1 },
    ]);
  });

  it("matches URL patterns without query or hash, and where properties, first in journey order winning", () => {
    const a = createEventAnalyzer(shop);
    a.addAll([
      row("u", "page", 0, { url: "https://shop.example/pay/42?x=1#top" }),
      row("u", "review", 1, { properties: { stars: "5" } }),
      row("v", "review", 1, { properties: { stars: 4 } }),
      row("v", "page", 2, { url: "/pay/42/more" }),
    ]);
    const r = a.result();
    expect(r.touchpoints.map((t) => t.events)).toEqual([0, 0, 1, 1]);
    expect(r.unmatched).toEqual([
      { event: "page", count: 1 },
      { event: "review", count: 1 },
    ]);
  });

  it("counts overlaps between touchpoints' rules", () => {
    const map = parseJourneyMap({
      schemaVersion: 1,
      id: "m",
      title: "t",
      stages: [{ id: "s", name: "S" }],
      touchpoints: [
        { id: "a", stageId: "s", name: "A", observe: [{ event: "x.*" }] },
        { id: "b", stageId: "s", name: "B", observe: [{ event: "x.y" }] },
      ],
    });
    const a = createEventAnalyzer(map);
    a.addAll([row("u", "x.y", 0), row("u", "x.z", 1)]);
    expect(a.result().overlaps).toEqual([{ touchpointId: "a", otherTouchpointId: "b", events: 1 }]);
    expect(a.result().touchpoints.map((t) => t.events)).toEqual([2, 0]);
  });

  it("measures the stage funnel with lower medians and nearest-rank p90", () => {
    const a = createEventAnalyzer(shop);
    // Times from browse to buy: 1, 2, 3, 4 minutes; one case never buys.
    for (const [i, minutes] of [1, 2, 3, 4].entries()) a.addAll([row(`c${i}`, "view", 0), row(`c${i}`, "cart.add", 0.5), row(`c${i}`, 'pay,"card"', minutes)]);
    a.add(row("quit", "view", 0));
    const [browse, buy, after] = a.result().stages;
    expect(browse).toEqual({ stageId: "s1", entered: 5, continued: 4, dropOff: 1, medianMinutes: 2, p90Minutes: 4 });
    expect(buy).toEqual({ stageId: "s2", entered: 4, continued: 0, dropOff: 4, medianMinutes: null, p90Minutes: null });
    expect(after).toEqual({ stageId: "s3", entered: 0, continued: 0, dropOff: null, medianMinutes: null, p90Minutes: null });
  });

  it("reports conformance: fitness, unobserved touchpoints, unused and undesigned edges", () => {
    const a = createEventAnalyzer(shop);
    a.addAll([row("u", "view", 0), row("u", 'pay,"card"', 1), row("v", "view", 0), row("v", "cart.add", 1)]);
    const { conformance, transitions } = a.result();
    expect(conformance).toEqual({
      fitness: 0.5,
      unobserved: ["review"],
      unusedEdges: [
        { from: "cart", to: "pay" },
        { from: "pay", to: "review" },
      ],
      undesigned: [{ from: "view", to: "pay", cases: 1, count: 1 }],
    });
    expect(transitions.find((t) => t.from === "cart" && t.to === "end")?.designed).toBe(false);
    expect(transitions.find((t) => t.from === "start")?.designed).toBe(true);
  });

  it("segments cases and leaves out segments under the minimum", () => {
    const a = createEventAnalyzer(shop, { segmentBy: "plan", minSegmentCases: 2 });
    a.addAll([row("a", "view", 0, { properties: { plan: "pro" } }), row("b", "view", 0, { properties: { plan: "pro" } }), row("c", "view", 0, { properties: { plan: "free" } })]);
    const r = a.result();
    expect(r.segmentBy).toBe("plan");
    expect(r.segments.map((s) => [s.segment, s.cases])).toEqual([["pro", 2]]);
    expect(r.suppressedSegments).toBe(1);
    expect(r.segments[0]?.touchpoints[0]).toEqual({ touchpointId: "view", cases: 2, events: 2 });
  });

  it("gives empty figures for 0 events and for a log where nothing matches", async () => {
    for (const rows of [[], [row("u", "nothing", 0), row("v", "nothing", 1)]]) {
      const r = await analyzeEvents(shop, rows);
      expect(r.cases).toBe(0);
      expect(r.matchedEvents).toBe(0);
      expect(r.conformance.fitness).toBeNull();
      expect(r.transitions).toEqual([]);
      expect(r.variants).toEqual([]);
      expect(r.period).toBeNull();
      expect(r.stages.every((s) => s.entered === 0)).toBe(true);
      expect(r.conformance.unobserved).toEqual(["view", "cart", "pay", "review"]);
    }
    expect((await analyzeEvents(shop, [row("u", "nothing", 0)])).unmatched).toEqual([{ event: "nothing", count: 1 }]);
  });

  it("reports bad rows with index, line and reason, never throwing", () => {
    const a = createEventAnalyzer(shop, { maxRejected: 3 });
    const bad = [
      null,
      { caseId: "", event: "view", time: 0 },
      { caseId: "u", event: "view", time: "soon", line: 7 },
      { caseId: "u", event: 3, time: 0 },
      { caseId: "u", event: "view", time: 0, error: "broken", line: 9 },
    ];
    for (const b of bad) a.add(b as unknown as EventRow);
    a.add(row("u", "view", 0));
    const r = a.result();
    expect(r.rejectedCount).toBe(5);
    expect(r.rejected).toHaveLength(3);
    expect(r.rejected[2]).toEqual({ index: 2, line: 7, reason: expect.stringContaining("neither ISO 8601 nor epoch") });
    expect(r.events).toBe(1);
  });

  it("rejects further rows of a case beyond maxEventsPerCase", () => {
    const a = createEventAnalyzer(shop, { maxEventsPerCase: 3 });
    for (let i = 0; i < 10; i++) a.add(row("runaway", "view", i));
    expect(a.result().rejectedCount).toBe(7);
    expect(a.result().matchedEvents).toBe(3);
  });

  it("never puts case ids in the result", () => {
    const a = createEventAnalyzer(shop, { segmentBy: "segment", minSegmentCases: 1 });
    a.addAll([row("secret-case-id", "view", 0, { segment: "s" }), row("secret-case-id", "huh", 1)]);
    expect(JSON.stringify(a.result())).not.toContain("secret-case-id");
  });

  it("reads ISO times with and without zones, and Dates", () => {
    const a = createEventAnalyzer(shop);
    a.addAll([
      { caseId: "u", event: "view", time: "2026-03-01T10:00:00" },
      { caseId: "u", event: "cart.add", time: "2026-03-01T11:30:00+01:00" },
      { caseId: "u", event: 'pay,"card"', time: new Date("2026-03-01T10:45:00Z") },
    ]);
    const r = a.result();
    expect(r.transitions.find((t) => t.from === "view")?.medianMinutes).toBe(30);
    expect(r.transitions.find((t) => t.from === "cart" && t.to === "pay")?.medianMinutes).toBe(15);
  });

  it("calls onProgress every progressEvery rows", () => {
    const seen: number[] = [];
    const a = createEventAnalyzer(shop, { progressEvery: 2, onProgress: (p) => seen.push(p.rows) });
    for (let i = 0; i < 5; i++) a.add(row("u", "view", i));
    expect(seen).toEqual([2, 4]);
  });

  it("refuses bad options with the option's name", () => {
    expect(() => createEventAnalyzer(shop, { sessionGapMinutes: 0 })).toThrow(/sessionGapMinutes/);
    expect(() => createEventAnalyzer(shop, { minSegmentCases: 1.5 })).toThrow(/minSegmentCases/);
    expect(() => createEventAnalyzer(shop, { colapseRepeats: true } as never)).toThrow(/colapseRepeats/);
  });

  it("reads async iterables", async () => {
    async function* rows() {
      yield row("u", "view", 0);
      yield row("u", "cart.add", 1);
    }
    expect((await analyzeEvents(shop, rows())).matchedEvents).toBe(2);
  });
});
