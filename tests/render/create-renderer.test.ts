import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { createSequentialIdGenerator } from "../../src/model/create-id";
import type { JourneyMap } from "../../src/model/journey-map";
import { createRenderer, type CreateRendererOptions } from "../../src/render/create-renderer";
import { renderJourneyMapSvg, splitRenderOptions } from "../../src/render/render-journey-map-svg";
import { journeyMapArbitrary } from "../analysis/arbitraries";
import { coffeeShop, everyCollection } from "../edit/harness";
import { operationArbitrary } from "../edit/operation-arbitrary";
import { patchSvg, svgGroups } from "./svg-groups";

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const donor = everyCollection();
const maps = fc.oneof(fc.constant(coffeeShop()), fc.constant(donor), journeyMapArbitrary);
const scenario = maps.chain((map) => fc.tuple(fc.constant(map), fc.array(operationArbitrary(map, donor), { minLength: 1, maxLength: 12 })));
const OPTIONS: CreateRendererOptions[] = [
  {},
  { wrap: { maxWidth: 720 } },
  { maxLines: 2, theme: "dark", responsive: true },
  { lanes: ["stages", "touchpoints", "emotion", "painPoints", "opportunities", "metrics", "evidence", "owners"], density: "compact" },
  { view: "blueprint", density: "compact" },
];

/** The `data-id`s of the top-level cell groups that differ between two SVGs of one skeleton, and whether an emotion drawing does. */
function differing(before: string, after: string): { ids: Set<string>; emotion: boolean } | undefined {
  const a = svgGroups(before);
  const b = svgGroups(after);
  if (a.skeleton !== b.skeleton || a.groups.length !== b.groups.length) return undefined;
  const ids = new Set<string>();
  let emotion = false;
  for (let i = 0; i < a.groups.length; i++) {
    const [x, y] = [a.groups[i], b.groups[i]];
    if (!x || !y || x.id !== y.id) return undefined;
    if (x.markup === y.markup) continue;
    if (y.id === undefined) emotion = true;
    else ids.add(y.id);
  }
  return { ids, emotion };
}

describe("createRenderer", () => {
  it("after every edit of a random sequence, renders exactly what a fresh render does, and says which groups to patch", () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...OPTIONS), ([start, ops], options) => {
        const renderer = createRenderer(options);
        const generateId = createSequentialIdGenerator();
        let map: JourneyMap = start;
        let before = renderJourneyMapSvg(map, options);
        expect(renderer.render(map).svg).toBe(before);
        for (const op of ops) {
          const edit = applyOperation(map, op, { generateId });
          if (edit.ok) map = edit.map;
          const fresh = renderJourneyMapSvg(map, options);
          const { svg, layout, changed } = renderer.render(map);
          expect(svg).toBe(fresh);
          expect(layout).toEqual(layoutJourneyMap(map, splitRenderOptions(options).layout));
          const oracle = differing(before, fresh);
          if (!changed.full) {
            // Whatever differs is reported: nothing outside the groups, every changed group's id.
            expect(oracle).toBeDefined();
            for (const id of oracle?.ids ?? []) expect(changed.ids).toContain(id);
            if (oracle?.emotion) expect(changed.emotion).toBe(true);
          }
          expect(
            patchSvg(
              before,
              svg,
              changed,
              (id) => renderer.groups(id),
              () => renderer.emotionGroups(),
            ),
          ).toBe(fresh);
          before = fresh;
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("reports nothing changed for the same map, or the same map rebuilt from JSON (all new objects)", () => {
    const renderer = createRenderer();
    const map = coffeeShop();
    const first = renderer.render(map);
    expect(first.changed).toEqual({ full: true, ids: [], emotion: false });
    expect(renderer.render(map).changed).toEqual({ full: false, ids: [], emotion: false });
    const copy = renderer.render(json(map));
    expect(copy.svg).toBe(first.svg);
    expect(copy.changed).toEqual({ full: false, ids: [], emotion: false });
  });

  it("reports only the touchpoint whose name changed, and the emotion drawing when an emotion changes", () => {
    const map = coffeeShop();
    const renderer = createRenderer();
    renderer.render(map);
    const tp = map.touchpoints[1] as JourneyMap["touchpoints"][number];
    const renamed = applyOperation(map, { type: "updateTouchpoint", id: tp.id, changes: { name: `${tp.name}!` } });
    if (!renamed.ok) throw new Error(renamed.issue.message);
    const named = renderer.render(renamed.map);
    expect(named.changed).toEqual({ full: false, ids: [tp.id], emotion: false });
    expect(renderer.groups(tp.id).some((g) => g.includes(`${tp.name}!`))).toBe(true);
    const felt = applyOperation(renamed.map, { type: "updateTouchpoint", id: tp.id, changes: { emotion: tp.emotion === 1 ? 2 : 1 } });
    if (!felt.ok) throw new Error(felt.issue.message);
    const { svg, changed } = renderer.render(felt.map);
    expect(svg).toBe(renderJourneyMapSvg(felt.map));
    // The <desc> names the lowest and highest emotion, so this may need the whole SVG; if not, the curve is patched.
    if (!changed.full) expect(changed.emotion).toBe(true);
  });

  it("renders afresh (full) when options change between calls, and keeps its caches for options equal in value", () => {
    const map = coffeeShop();
    const renderer = createRenderer({ lanes: ["stages", "touchpoints", "emotion"] });
    renderer.render(map);
    expect(renderer.render(map, { lanes: ["stages", "touchpoints", "emotion"] }).changed.full).toBe(false);
    const dark = renderer.render(map, { lanes: ["stages", "touchpoints", "emotion"], theme: "dark" });
    expect(dark.changed.full).toBe(true);
    expect(dark.svg).toBe(renderJourneyMapSvg(map, { lanes: ["stages", "touchpoints", "emotion"], theme: "dark" }));
    const lanes = renderer.render(map, { lanes: ["stages", "actions"], theme: "dark" });
    expect(lanes.changed.full).toBe(true);
    expect(lanes.svg).toBe(renderJourneyMapSvg(map, { lanes: ["stages", "actions"], theme: "dark" }));
    // The new options stay: a call without options keeps them.
    expect(renderer.render(map).svg).toBe(lanes.svg);
  });

  it("sees options changed in place between calls", () => {
    const map = coffeeShop();
    const options: CreateRendererOptions = { lanes: ["stages", "touchpoints"] };
    const renderer = createRenderer(options);
    renderer.render(map);
    (options.lanes as string[]).push("emotion");
    const { svg, changed } = renderer.render(map, options);
    expect(changed.full).toBe(true);
    expect(svg).toBe(renderJourneyMapSvg(map, { lanes: ["stages", "touchpoints", "emotion"] }));
    // No options and empty options are the same options.
    const plain = createRenderer();
    plain.render(map);
    expect(plain.render(map, {}).changed.full).toBe(false);
  });

  it("returns a layout of plain data, which survives a JSON round trip", () => {
    const renderer = createRenderer();
    const map = coffeeShop();
    renderer.render(map);
    const { layout } = renderer.render(map);
    expect(json(layout)).toEqual(layout);
    expect(structuredClone(layout)).toEqual(layout);
  });

  it("refuses invalid options as renderJourneyMapSvg does, and keeps working with the ones it had", () => {
    expect(() => createRenderer({ theme: "nope" as never })).toThrow(RangeError);
    expect(() => createRenderer({ lanes: "none" as never }).render(coffeeShop())).toThrow(/invalid lanes/);
    const renderer = createRenderer();
    const map = coffeeShop();
    const { svg } = renderer.render(map);
    expect(() => renderer.render(map, { idPrefix: "1x" })).toThrow(RangeError);
    expect(renderer.render(map).svg).toBe(svg);
  });
});
