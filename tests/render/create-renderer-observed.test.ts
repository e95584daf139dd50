import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import type { Operation } from "../../src/edit/operation-schema";
import type { LayoutCell } from "../../src/layout/types";
import type { JourneyAnalytics } from "../../src/measure/journey-analytics";
import { createRenderer, type CreateRendererOptions } from "../../src/render/create-renderer";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { coffeeShop } from "../edit/harness";
import { analyticsWith, transitionWith } from "../support/analytics";
import { editTally, expectEditsTook, expectRendererMatchesFresh } from "./renderer-oracle";

const shop = coffeeShop();
const tpIds = shop.touchpoints.map((t) => t.id);
const stageIds = shop.stages.map((s) => s.id);

const step = transitionWith;

/** Measurements of the coffee shop: 400 cases walking the touchpoints in turn, a few back, every fifth touchpoint never seen. */
const analytics: JourneyAnalytics = analyticsWith({
  cases: 400,
  events: 2_000,
  matchedEvents: 1_900,
  touchpoints: tpIds.map((touchpointId, i) => ({ touchpointId, cases: i % 5 === 4 ? 0 : 400 - 20 * i, events: 500 - 20 * i })),
  stages: stageIds.map((stageId, i) => ({
    stageId,
    entered: 400 - 60 * i,
    continued: 340 - 60 * i,
    dropOff: i === stageIds.length - 1 ? null : 60,
    medianMinutes: 4,
    p90Minutes: 9,
  })),
  transitions: [
    step("start", tpIds[0] as string, 400),
    ...tpIds.slice(1).map((to, i) => step(tpIds[i] as string, to, 380 - 20 * i)),
    step(tpIds[3] as string, tpIds[1] as string, 30, false),
    step(tpIds[tpIds.length - 1] as string, "end", 100),
  ],
  conformance: { fitness: 0.8, unobserved: tpIds.filter((_, i) => i % 5 === 4), unusedEdges: [], undesigned: [] },
});

const OPTIONS: CreateRendererOptions[] = [{ analytics }, { analytics, wrap: { maxWidth: 900 } }, { analytics, lanes: ["stages", "touchpoints", "observed"] }];

/** The edits of someone working on a measured map: a touchpoint renamed (the transitions into it say its name), its emotion set, a stage renamed, a touchpoint moved. */
const editArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc
    .record({ id: fc.constantFrom(...tpIds), name: fc.constantFrom("Queue", "A much longer name for this touchpoint, over three lines at least") })
    .map(({ id, name }) => ({ type: "updateTouchpoint" as const, id, changes: { name } })),
  fc.record({ id: fc.constantFrom(...tpIds), emotion: fc.integer({ min: 1, max: 5 }) }).map(({ id, emotion }) => ({ type: "updateTouchpoint" as const, id, changes: { emotion } })),
  fc
    .record({ id: fc.constantFrom(...stageIds), name: fc.constantFrom("Arrive", "Everything that happens after the coffee, at length") })
    .map(({ id, name }) => ({ type: "updateStage" as const, id, changes: { name } })),
  fc
    .record({ id: fc.constantFrom(...tpIds), stageId: fc.constantFrom(...stageIds), index: fc.nat(1) })
    .map(({ id, stageId, index }) => ({ type: "moveTouchpoint" as const, id, stageId, index })),
);

const observedCells = (cells: readonly LayoutCell[]) => cells.filter((c) => c.laneId === "observed");

describe("createRenderer with the observed lane", () => {
  it("after every edit, renders exactly what a fresh render does", () => {
    const tally = editTally();
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 10 }), fc.constantFrom(...OPTIONS), (edits, options) =>
        expectRendererMatchesFresh(shop, edits, options, tally),
      ),
      { numRuns: 40 },
    );
    expectEditsTook(tally);
  }, 120_000);

  it("keeps the lane's boxes when an emotion changes, and draws them again when a touchpoint they name is renamed", () => {
    const renderer = createRenderer({ analytics });
    const first = renderer.render(shop);
    const before = observedCells(first.layout.cells);
    expect(before.length).toBeGreaterThan(tpIds.length);

    const felt = applyOperation(shop, { type: "updateTouchpoint", id: "tp-queue", changes: { emotion: 1 } });
    if (!felt.ok) throw new Error(felt.issue.message);
    const second = renderer.render(felt.map);
    expect(observedCells(second.layout.cells)).toEqual(before);
    // The same objects, not equal ones: the lane was not drawn again.
    expect(observedCells(second.layout.cells).every((cell, i) => cell === before[i])).toBe(true);
    expect(second.svg).toBe(renderJourneyMapSvg(felt.map, { analytics }));

    const renamed = applyOperation(felt.map, { type: "updateTouchpoint", id: tpIds[2] as string, changes: { name: "Map pin" } });
    if (!renamed.ok) throw new Error(renamed.issue.message);
    const third = renderer.render(renamed.map);
    const after = observedCells(third.layout.cells);
    const into = after.find((c) => c.entityId === tpIds[1]);
    expect(into?.lines.map((l) => l.text).join(" ")).toContain("→ Map pin");
    expect(third.svg).toBe(renderJourneyMapSvg(renamed.map, { analytics }));
    // Only the box that names the renamed touchpoint was made again (and any its new height moved).
    const remade = after.filter((cell, i) => cell !== before[i]).map((c) => c.entityId);
    expect(remade).toContain(tpIds[1]);
    expect(remade.length).toBeLessThan(after.length / 2);
  });
});
