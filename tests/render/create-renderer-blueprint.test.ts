import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import type { Operation } from "../../src/edit/operation-schema";
import type { JourneyMap } from "../../src/model/journey-map";
import type { ServiceLayer } from "../../src/model/service-step";
import { createRenderer, type CreateRendererOptions } from "../../src/render/create-renderer";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { coffeeShop } from "../edit/harness";
import { editTally, expectEditsTook, expectRendererMatchesFresh } from "./renderer-oracle";

const LAYERS: readonly ServiceLayer[] = ["frontstage", "backstage", "support"];
const shop = coffeeShop();
const tpIds = shop.touchpoints.map((t) => t.id);
const teamIds = shop.teams.map((t) => t.id);

/** The coffee shop with a step in every layer behind each touchpoint: the front needs the back, the back the support; a fail point and a slow step now and then. */
const base: JourneyMap = parseJourneyMap({
  ...shop,
  touchpoints: shop.touchpoints.map((t, i) => (i % 3 === 0 ? { ...t, durationMinutes: 4 + i, toleranceMinutes: 6 } : t)),
  serviceSteps: tpIds.flatMap((tp, i) =>
    LAYERS.map((layer, k) => ({
      id: `step-${i}-${layer}`,
      touchpointId: tp,
      layer,
      text: `${layer} work for ${tp}`,
      ...(k === 2 ? { system: "POS" } : { ownerId: teamIds[(i + k) % teamIds.length] }),
      ...(i % 4 === k ? { failPoint: true, mitigation: "A spare reader" } : {}),
      ...(i % 5 === k ? { durationMinutes: 12, toleranceMinutes: 5 } : {}),
      dependsOn: k < 2 ? [{ stepId: `step-${i}-${LAYERS[k + 1]}` }] : [],
    })),
  ),
});
const stepIds = (base.serviceSteps ?? []).map((s) => s.id);
const OPTIONS: CreateRendererOptions[] = [{ view: "blueprint" }, { view: "blueprint", wrap: { maxWidth: 900 } }, { view: "blueprint", density: "compact" }];

const words = fc.integer({ min: 0, max: 12 }).map((n) => `Work${" and more of it".repeat(n)}`);
/** The edits of someone filling in a blueprint: a step's text, fail point, wait, owner or dependency; a touchpoint's name or time; a team's name. */
const editArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ id: fc.constantFrom(...stepIds), text: words }).map(({ id, text }) => ({ type: "updateServiceStep" as const, id, changes: { text } })),
  fc.record({ id: fc.constantFrom(...stepIds), failPoint: fc.boolean() }).map(({ id, failPoint }) => ({ type: "updateServiceStep" as const, id, changes: { failPoint } })),
  fc
    .record({ id: fc.constantFrom(...stepIds), minutes: fc.integer({ min: 0, max: 30 }) })
    .map(({ id, minutes }) => ({ type: "updateServiceStep" as const, id, changes: { durationMinutes: minutes, toleranceMinutes: 10 } })),
  fc
    .record({ id: fc.constantFrom(...stepIds), owner: fc.constantFrom(...teamIds) })
    .map(({ id, owner }) => ({ type: "updateServiceStep" as const, id, changes: { ownerId: owner } })),
  fc
    .record({ id: fc.constantFrom(...stepIds), on: fc.constantFrom(...stepIds) })
    .map(({ id, on }) => ({ type: "updateServiceStep" as const, id, changes: { dependsOn: id === on ? [] : [{ stepId: on }] } })),
  fc.record({ id: fc.constantFrom(...tpIds), name: words }).map(({ id, name }) => ({ type: "updateTouchpoint" as const, id, changes: { name } })),
  fc
    .record({ id: fc.constantFrom(...tpIds), minutes: fc.integer({ min: 0, max: 20 }) })
    .map(({ id, minutes }) => ({ type: "updateTouchpoint" as const, id, changes: { durationMinutes: minutes, toleranceMinutes: 8 } })),
  fc.record({ id: fc.constantFrom(...teamIds), name: words }).map(({ id, name }) => ({ type: "updateTeam" as const, id, changes: { name } })),
);

describe("createRenderer on a service blueprint", () => {
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

  it("keeps the step lanes' cells and the blueprint's lines, arrows and badges when a touchpoint is renamed, and only that touchpoint's groups change", () => {
    const renderer = createRenderer({ view: "blueprint" });
    const first = renderer.render(base);
    expect(first.layout.blueprint?.arrows.length).toBeGreaterThan(0);
    const id = "tp-ordering";
    const edit = applyOperation(base, { type: "updateTouchpoint", id, changes: { name: "Ordering!" } });
    if (!edit.ok) throw new Error(edit.issue.message);
    const second = renderer.render(edit.map);
    expect(second.layout.blueprint).toBe(first.layout.blueprint);
    const steps = (cells: typeof first.layout.cells) => cells.filter((c) => LAYERS.includes(c.laneId as ServiceLayer));
    const before = steps(first.layout.cells);
    expect(before.length).toBe(stepIds.length);
    expect(steps(second.layout.cells).every((cell, i) => cell === before[i])).toBe(true);
    expect(second.changed).toEqual({ full: false, ids: [id], emotion: false });
    expect(second.svg).toBe(renderJourneyMapSvg(edit.map, { view: "blueprint" }));
  });
});
