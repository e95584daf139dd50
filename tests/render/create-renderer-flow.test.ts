import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import type { Operation } from "../../src/edit/operation-schema";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import type { JourneyMap } from "../../src/model/journey-map";
import { createRenderer, type CreateRendererOptions } from "../../src/render/create-renderer";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { coffeeShopWithoutShares } from "../edit/harness";
import { editTally, expectEditsTook, expectRendererMatchesFresh } from "./renderer-oracle";

type Touchpoint = JourneyMap["touchpoints"][number];

const base = coffeeShopWithoutShares();
const ids = base.touchpoints.map((t) => t.id);
const OPTIONS: CreateRendererOptions[] = [{}, { wrap: { maxWidth: 720 } }, { lanes: ["stages", "touchpoints", "emotion"], density: "compact" }];

/** A `next` list of up to three touchpoints of the map (loops and skips included), labelled now and then. */
const nextArbitrary = fc.array(fc.record({ to: fc.constantFrom(...ids), label: fc.option(fc.constantFrom("Queue", "Order ahead in the app, then walk in"), { nil: undefined }) }), {
  maxLength: 3,
});

/** The coffee shop with random flow fields: edges anywhere, optional and terminal touchpoints. */
const flowMap = fc.array(fc.record({ next: nextArbitrary, optional: fc.boolean(), terminal: fc.boolean() }), { minLength: ids.length, maxLength: ids.length }).map(
  (fields): JourneyMap => ({
    ...base,
    touchpoints: base.touchpoints.map((t, i): Touchpoint => {
      const f = fields[i] as (typeof fields)[number];
      const next = f.next
        .filter((e, k, all) => e.to !== t.id && all.findIndex((o) => o.to === e.to) === k)
        .map((e) => (e.label ? { touchpointId: e.to, label: e.label } : { touchpointId: e.to }));
      const out: Touchpoint = { ...t };
      delete out.next;
      if (next.length > 0) out.next = next;
      if (f.optional && i % 3 === 1) out.optional = true;
      if (f.terminal && i % 4 === 3) out.terminal = true;
      return out;
    }),
  }),
);

/** The edits an editor makes to such a map: a name typed longer or shorter (a box may grow or shrink), a way out changed, a touchpoint made optional. */
const editArbitrary = fc.oneof(
  fc.record({ at: fc.nat(ids.length - 1), words: fc.integer({ min: 0, max: 14 }) }).map(({ at, words }) => ({ at, changes: { name: `Step${" with more words".repeat(words)}` } })),
  fc
    .record({ at: fc.nat(ids.length - 1), next: nextArbitrary })
    .map(({ at, next }) => ({ at, changes: { next: next.filter((e) => e.to !== ids[at]).map((e) => ({ touchpointId: e.to })) } })),
  fc.record({ at: fc.nat(ids.length - 1), optional: fc.boolean() }).map(({ at, optional }) => ({ at, changes: { optional } })),
  fc.record({ at: fc.nat(ids.length - 1), emotion: fc.integer({ min: 1, max: 5 }) }).map(({ at, emotion }) => ({ at, changes: { emotion } })),
);

describe("createRenderer on maps whose flow branches, loops and skips", () => {
  it("after every edit, renders exactly what a fresh render does", () => {
    const tally = editTally();
    fc.assert(
      fc.property(flowMap, fc.array(editArbitrary, { minLength: 1, maxLength: 10 }), fc.constantFrom(...OPTIONS), (start, edits, options) =>
        expectRendererMatchesFresh(
          start,
          edits.map(({ at, changes }): Operation => ({ type: "updateTouchpoint", id: ids[at] as string, changes })),
          options,
          tally,
        ),
      ),
      { numRuns: 40 },
    );
    expectEditsTook(tally);
  }, 120_000);

  it("reuses the drawn flow and the emotion drawing when a rename leaves every box its height, and routes the edges anew when a box grows", () => {
    const renderer = createRenderer();
    const first = renderer.render(base);
    expect(first.layout.flow?.edges.length).toBeGreaterThan(0);
    const tp = base.touchpoints[5] as Touchpoint; // tp-ordering: its name is not in the <desc>
    const renamed = applyOperation(base, { type: "updateTouchpoint", id: tp.id, changes: { name: `${tp.name}!` } });
    if (!renamed.ok) throw new Error(renamed.issue.message);
    const second = renderer.render(renamed.map);
    expect(second.layout.flow).toBe(first.layout.flow);
    expect(second.layout.emotion).toBe(first.layout.emotion);
    expect(second.changed).toEqual({ full: false, ids: [tp.id], emotion: false });
    const other = (l: typeof first.layout) => l.cells.filter((c) => c.entityId !== tp.id);
    const kept = other(first.layout);
    expect(other(second.layout).every((cell, i) => cell === kept[i])).toBe(true);

    const grown = applyOperation(renamed.map, { type: "updateTouchpoint", id: tp.id, changes: { name: `${tp.name}${" and much more to read".repeat(12)}` } });
    if (!grown.ok) throw new Error(grown.issue.message);
    const third = renderer.render(grown.map);
    expect(third.layout.flow).not.toBe(second.layout.flow);
    expect(third.svg).toBe(renderJourneyMapSvg(grown.map));
    expect(third.layout).toEqual(layoutJourneyMap(grown.map));
  });
});
