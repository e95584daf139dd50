import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import type { Operation } from "../../src/edit/operation-schema";
import type { JourneyMap } from "../../src/model/journey-map";
import { createRenderer, type CreateRendererOptions } from "../../src/render/create-renderer";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { coffeeShop } from "../edit/harness";
import { editTally, expectEditsTook, expectRendererMatchesFresh } from "./renderer-oracle";

const shop = coffeeShop();
const tpIds = shop.touchpoints.map((t) => t.id);
const personaIds = shop.personas.map((p) => p.id);

/** The coffee shop with CSAT answers (1–7) at every other touchpoint, split by persona at every fourth. */
const base: JourneyMap = parseJourneyMap({
  ...shop,
  surveys: tpIds.flatMap((tp, i) =>
    i % 2 !== 0
      ? []
      : i % 4 === 0
        ? personaIds.map((personaId, k) => ({ id: `sv-${i}-${k}`, scaleId: "csat-7", touchpointId: tp, personaId, counts: [1, 2, 3 + k, 4, 5, 6 - k, 2] }))
        : [{ id: `sv-${i}`, scaleId: "csat-7", touchpointId: tp, counts: [0, 1, 2, 3, 8, 9, 4] }],
  ),
});
const surveyIds = (base.surveys ?? []).map((s) => s.id);
const OPTIONS: CreateRendererOptions[] = [{}, { wrap: { maxWidth: 900 } }, { lanes: ["stages", "touchpoints", "emotion", "surveys"] }];

const counts = fc.array(fc.nat(40), { minLength: 7, maxLength: 7 });
/** The edits of someone bringing survey results in: new counts, another persona, a newer survey, one removed; a persona renamed; an emotion or a name typed. */
const editArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ id: fc.constantFrom(...surveyIds), counts }).map(({ id, counts }) => ({ type: "updateSurvey" as const, id, changes: { counts } })),
  fc
    .record({ id: fc.constantFrom(...surveyIds), persona: fc.option(fc.constantFrom(...personaIds), { nil: null }) })
    .map(({ id, persona }) => ({ type: "updateSurvey" as const, id, changes: { personaId: persona } })),
  fc.record({ tp: fc.constantFrom(...tpIds), counts, persona: fc.option(fc.constantFrom(...personaIds), { nil: undefined }) }).map(({ tp, counts, persona }) => ({
    type: "addSurvey" as const,
    survey: { scaleId: "csat-7", touchpointId: tp, counts, collectedAt: "2026-11-30", ...(persona ? { personaId: persona } : {}) },
  })),
  fc.constantFrom(...surveyIds).map((id) => ({ type: "removeSurvey" as const, id })),
  fc
    .record({ id: fc.constantFrom(...personaIds), name: fc.constantFrom("Leo, the regular", "Maya") })
    .map(({ id, name }) => ({ type: "updatePersona" as const, id, changes: { name } })),
  fc.record({ id: fc.constantFrom(...tpIds), emotion: fc.integer({ min: 1, max: 5 }) }).map(({ id, emotion }) => ({ type: "updateTouchpoint" as const, id, changes: { emotion } })),
  fc
    .record({ id: fc.constantFrom(...tpIds), name: fc.constantFrom("Queue", "A much longer name for this touchpoint, over three lines at least") })
    .map(({ id, name }) => ({ type: "updateTouchpoint" as const, id, changes: { name } })),
);

describe("createRenderer on a map with survey answers", () => {
  it("after every edit, renders exactly what a fresh render does", () => {
    const tally = editTally();
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 10 }), fc.constantFrom(...OPTIONS), (edits, options) =>
        expectRendererMatchesFresh(base, edits, options, tally),
      ),
      { numRuns: 40 },
    );
    expectEditsTook(tally);
  }, 120_000);

  it("keeps the emotion drawing, measured points included, when a touchpoint is renamed", () => {
    const renderer = createRenderer();
    const first = renderer.render(base);
    expect(first.layout.emotion?.measured?.points.length).toBeGreaterThan(0);
    const edit = applyOperation(base, { type: "updateTouchpoint", id: "tp-ordering", changes: { name: "Ordering!" } });
    if (!edit.ok) throw new Error(edit.issue.message);
    const second = renderer.render(edit.map);
    expect(second.layout.emotion).toBe(first.layout.emotion);
    expect(second.changed.emotion).toBe(false);
    expect(second.svg).toBe(renderJourneyMapSvg(edit.map));
  });

  it("keeps the surveys lane's boxes when an emotion changes, and draws them again when a survey's counts do", () => {
    const options = { lanes: ["stages", "touchpoints", "surveys"] as const };
    const renderer = createRenderer({ lanes: [...options.lanes] });
    const lane = (cells: readonly { laneId: string }[]) => cells.filter((c) => c.laneId === "surveys");
    const before = lane(renderer.render(base).layout.cells);
    expect(before.length).toBe(surveyIds.length);
    const renamed = applyOperation(base, { type: "updateTouchpoint", id: "tp-ordering", changes: { emotion: 1 } });
    if (!renamed.ok) throw new Error(renamed.issue.message);
    const second = renderer.render(renamed.map);
    // The same objects, not equal ones: the lane was not drawn again.
    expect(lane(second.layout.cells).every((cell, i) => cell === before[i])).toBe(true);
    expect(second.svg).toBe(renderJourneyMapSvg(renamed.map, { lanes: [...options.lanes] }));
    const recounted = applyOperation(renamed.map, { type: "updateSurvey", id: surveyIds[0] as string, changes: { counts: [9, 0, 0, 0, 0, 0, 0] } });
    if (!recounted.ok) throw new Error(recounted.issue.message);
    const third = renderer.render(recounted.map);
    expect(lane(third.layout.cells)).not.toEqual(before);
    expect(third.svg).toBe(renderJourneyMapSvg(recounted.map, { lanes: [...options.lanes] }));
  });
});
