import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLUEPRINT_LANES } from "../../../src/layout/lanes/index";
import { layoutJourneyMap } from "../../../src/layout/layout-journey-map";
import type { LayoutJourneyMapOptions } from "../../../src/layout/options";
import type { JourneyMap } from "../../../src/model/journey-map";
import { SERVICE_LAYERS } from "../../../src/model/service-step";
import { renderSvg } from "../../../src/render/render-svg";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { checkXml } from "../../render/xml-check";
import { LAYOUT_TRAPS } from "../../support/hostile-text";
import { layoutProblems } from "../check-layout";
import { blueprintProblems } from "./check-blueprint";

const text = fc.oneof(
  fc.array(fc.constantFrom("check", "the", "identity", "queue", "a", "longer-word-without-breaks", "system"), { minLength: 1, maxLength: 14 }).map((w) => w.join(" ")),
  fc.constantFrom(...LAYOUT_TRAPS),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }),
);

const stepArbitrary = fc.record({
  touchpoint: fc.nat(),
  layer: fc.constantFrom(...SERVICE_LAYERS),
  text,
  owner: fc.boolean(),
  system: fc.option(text, { nil: undefined }),
  duration: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  tolerance: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  failPoint: fc.boolean(),
  mitigation: fc.option(text, { nil: undefined }),
  dependsOn: fc.array(fc.record({ step: fc.nat(), mutual: fc.boolean() }), { maxLength: 3 }),
});

/** Random blueprints: 1–3 stages of 1–4 touchpoints with props and times, and up to 14 steps in random layers with random dependencies. */
const blueprintArbitrary: fc.Arbitrary<JourneyMap> = fc
  .record({
    stages: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    props: fc.array(fc.array(text, { maxLength: 2 }), { minLength: 12, maxLength: 12 }),
    times: fc.array(fc.option(fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 })), { nil: undefined }), { minLength: 12, maxLength: 12 }),
    steps: fc.array(stepArbitrary, { maxLength: 14 }),
  })
  .map(({ stages, props, times, steps }) => {
    const touchpoints = stages.flatMap((count, s) =>
      Array.from({ length: count }, (_, i) => {
        const n = touchpointCount(stages, s) + i;
        const time = times[n];
        return {
          id: `tp-${n}`,
          stageId: `s-${s}`,
          name: `Touchpoint ${n}`,
          actions: [`Action ${n}`],
          props: props[n],
          ...(time ? { durationMinutes: time[0], toleranceMinutes: time[1] } : {}),
        };
      }),
    );
    const serviceSteps = steps.map((st, i) => ({
      id: `st-${i}`,
      touchpointId: `tp-${st.touchpoint % touchpoints.length}`,
      layer: st.layer,
      text: st.text,
      ...(st.owner ? { ownerId: "team-a" } : {}),
      ...(st.system === undefined ? {} : { system: st.system }),
      ...(st.duration === undefined ? {} : { durationMinutes: st.duration }),
      ...(st.tolerance === undefined ? {} : { toleranceMinutes: st.tolerance }),
      ...(st.failPoint ? { failPoint: true } : {}),
      ...(st.mitigation === undefined ? {} : { mitigation: st.mitigation }),
      dependsOn: st.dependsOn.map((d) => ({ stepId: `st-${d.step % steps.length}`, ...(d.mutual ? { mutual: true } : {}) })),
    }));
    return parseJourneyMap({
      schemaVersion: 1,
      id: "map-bp",
      title: "Generated blueprint",
      stages: stages.map((_, s) => ({ id: `s-${s}`, name: `Stage ${s}` })),
      teams: [{ id: "team-a", name: "Operations" }],
      touchpoints,
      serviceSteps,
    });
  });

function touchpointCount(stages: readonly number[], before: number): number {
  return stages.slice(0, before).reduce((a, b) => a + b, 0);
}

const optionsArbitrary: fc.Arbitrary<LayoutJourneyMapOptions> = fc.record(
  {
    view: fc.constant("blueprint" as const),
    lanes: fc.shuffledSubarray([...BLUEPRINT_LANES, "emotion", "painPoints"], { minLength: 1 }),
    density: fc.constantFrom("comfortable" as const, "compact" as const),
    wrap: fc.integer({ min: 600, max: 1400 }).map((maxWidth) => ({ maxWidth })),
    maxLines: fc.integer({ min: 1, max: 4 }),
  },
  { requiredKeys: ["view"] },
);

describe("generated blueprints", () => {
  it("lay out with no clipped text, no overlap, arrows between the right boxes through the gaps, and badges clear of text", () => {
    fc.assert(
      fc.property(blueprintArbitrary, optionsArbitrary, (map, options) => {
        const layout = layoutJourneyMap(map, options);
        expect(layoutProblems(layout)).toEqual([]);
        expect(blueprintProblems(layout)).toEqual([]);
        expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
      }),
      { numRuns: 120 },
    );
  });

  it("draw one arrow per dependency pair whose two steps share a row, and render to well-formed XML", () => {
    fc.assert(
      fc.property(blueprintArbitrary, (map) => {
        const layout = layoutJourneyMap(map, { view: "blueprint" });
        const pairs = new Set((map.serviceSteps ?? []).flatMap((s) => s.dependsOn.filter((d) => d.stepId !== s.id).map((d) => [d.stepId, s.id].sort().join(" "))));
        expect(layout.blueprint?.arrows.length ?? 0).toBe(pairs.size);
        expect(checkXml(renderSvg(layout)).problems).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
