import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEventAnalyzer } from "../../src/measure/create-event-analyzer";
import { analyzeEvents } from "../../src/measure/analyze-events";
import { readEventsCsv } from "../../src/io/events/read-events-csv";
import { COFFEE_SHOP_QUIT, coffeeShopEventLog, coffeeShopMeasuredMap, eventLogCsv } from "../../scripts/generate-event-log";

const map = coffeeShopMeasuredMap();

/** |observed − p| within four standard errors of a share over n trials. */
function near(observed: number, p: number, n: number): void {
  expect(Math.abs(observed - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
}

describe("a log simulated from the coffee-shop map with known probabilities", () => {
  const analyzer = createEventAnalyzer(map, { segmentBy: "segment" });
  analyzer.addAll(coffeeShopEventLog(20_000, 7));
  const result = analyzer.result();
  const step = (from: string, to: string) => result.transitions.find((t) => t.from === from && t.to === to)?.count ?? 0;
  const leaving = (from: string) => result.transitions.filter((t) => t.from === from).reduce((sum, t) => sum + t.count, 0);

  it("reproduces the start shares", () => {
    near(step("start", "tp-instagram-ad") / result.cases, 0.6, result.cases);
  });

  it("reproduces the branch shares and the drop-offs", () => {
    const paid = leaving("tp-payment");
    near(step("tp-payment", "tp-barista") / paid, 0.4, paid);
    const picked = leaving("tp-pickup");
    near(step("tp-pickup", "tp-seating") / picked, 0.5, picked);
    const listed = leaving("tp-maps-listing");
    near(step("tp-maps-listing", "end") / listed, COFFEE_SHOP_QUIT["tp-maps-listing"] as number, listed);
    const carded = leaving("tp-loyalty-card");
    near(step("tp-loyalty-card", "end") / carded, 0.5, carded);
    near(step("tp-loyalty-card", "tp-coming-back") / (carded - step("tp-loyalty-card", "end")), 0.6, carded / 2);
  });

  it("follows the design: every case fits, every designed edge is used, nothing is undesigned", () => {
    expect(result.conformance.fitness).toBe(1);
    expect(result.conformance.undesigned).toEqual([]);
    expect(result.conformance.unobserved).toEqual([]);
    // Leaving early is an end the design does not have; every other step is designed.
    expect(result.transitions.filter((t) => !t.designed).map((t) => `${t.from}>${t.to}`)).toEqual(["tp-maps-listing>end", "tp-queue>end"]);
    expect(result.unmatched).toEqual([{ event: "page_view", count: expect.any(Number) }]);
  });

  it("measures times of 1–10 minutes per step", () => {
    for (const t of result.transitions.filter((t) => t.medianMinutes !== null)) {
      expect(t.medianMinutes).toBeGreaterThanOrEqual(1);
      expect(t.p90Minutes).toBeLessThanOrEqual(10);
    }
    expect(result.segments.map((s) => s.segment)).toEqual(["newcomer", "regular"]);
  });

  it("gives the same result from the CSV as from the rows, and the committed example log is the script's output", async () => {
    const rows = coffeeShopEventLog(300, 1);
    const csv = eventLogCsv(rows);
    expect(readFileSync(new URL("../../examples/coffee-shop-events.csv", import.meta.url), "utf8")).toBe(csv);
    const columns = { case: "customer_id", event: "event", time: "timestamp" };
    const fromCsv = await analyzeEvents(map, readEventsCsv(csv, { columns }));
    const fromRows = await analyzeEvents(map, rows);
    expect(fromCsv.rejectedCount).toBe(0);
    expect(fromCsv).toEqual(fromRows);
  });
});
