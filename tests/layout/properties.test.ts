import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_LANES } from "../../src/layout/lanes";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import type { LayoutOptions } from "../../src/layout/options";
import type { JourneyMap } from "../../src/model/journey-map";
import { renderSvg } from "../../src/render/render-svg";
import { journeyMapArbitrary } from "../analysis/arbitraries";
import { checkXml } from "../render/xml-check";
import { LAYOUT_TRAPS } from "../support/hostile-text";
import { layoutProblems } from "./check-layout";
import { analyticsFor, surveysFor } from "./measured-arbitrary";

// Seeds come from tests/setup/fast-check.ts: fixed for `npm test`, JOURNEYKIT_PROPERTY_SEED to explore.

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom(...LAYOUT_TRAPS),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 160 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
  fc.array(fc.constantFrom("word", "longer", "a", "journey", "touchpoint"), { minLength: 1, maxLength: 60 }).map((w) => w.join(" ")),
);

/** Valid maps from the shared arbitrary, with long and multilingual text in every drawn field, custom lanes and up to 7 personas. */
const mapArbitrary: fc.Arbitrary<JourneyMap> = fc
  .tuple(journeyMapArbitrary, fc.array(text, { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 5 }))
  .map(([map, texts, laneCount, extraPersonas]) => {
    const t = (i: number) => texts[i % texts.length] as string;
    const lanes = Array.from({ length: laneCount }, (_, i) => ({ id: `lane-${i}`, name: t(i + 3) }));
    const personas = [
      ...map.personas,
      ...Array.from({ length: extraPersonas }, (_, i) => ({ id: `persona-extra-${i}`, name: "", goals: [], needs: [], frustrations: [], attributes: [] })),
    ].map((p, i) => ({ ...p, name: t(i + 1) }));
    return {
      ...map,
      title: t(0),
      lanes,
      personas,
      stages: map.stages.map((s, i) => ({ ...s, name: t(i + 2), goal: t(i + 3) })),
      channels: map.channels.map((c, i) => ({ ...c, name: t(i + 4) })),
      teams: map.teams.map((c, i) => ({ ...c, name: t(i + 5) })),
      touchpoints: map.touchpoints.map((tp, i) => ({
        ...tp,
        name: t(i),
        actions: [t(i + 1)],
        thoughts: i % 2 ? [t(i + 2), t(i + 3)] : [],
        feelings: [t(i + 6)],
        notes: lanes.map((lane, l) => ({ laneId: lane.id, items: [t(i + l + 4)] })),
        personaEmotions: [...tp.personaEmotions, ...personas.slice(map.personas.length).map((p, k) => ({ personaId: p.id, emotion: 1 + ((i + k) % 5) }))],
      })),
      painPoints: map.painPoints.map((p, i) => ({ ...p, title: t(i + 7) })),
      opportunities: map.opportunities.map((o, i) => ({ ...o, title: t(i + 2) })),
    };
  });

/**
 * Valid options for `map`: lanes (built-in and custom) and personas chosen from the map,
 * any font sizes and spacing, and column and label widths that leave room for text (the
 * bounds {@link normalizeLayoutOptions} enforces).
 */
function optionsFor(map: JourneyMap): fc.Arbitrary<LayoutOptions> {
  const size = (min: number, max: number) => fc.integer({ min, max });
  return fc.record({ title: size(8, 40), heading: size(8, 28), body: size(6, 24), small: size(6, 16) }).chain((fontSizes) =>
    fc.integer({ min: 1, max: 12 }).chain((padding) => {
      const widest = Math.max(fontSizes.heading, fontSizes.body, fontSizes.small, fontSizes.title / 2) * 3;
      const columnMin = Math.ceil(2 * padding + widest);
      return fc.record(
        {
          lanes: fc.shuffledSubarray([...Object.keys(BUILT_IN_LANES), ...map.lanes.map((l) => l.id)], { minLength: 1 }),
          personaIds: fc.shuffledSubarray(map.personas.map((p) => p.id)),
          maxLines: fc.integer({ min: 1, max: 4 }),
          columnWidth: fc.integer({ min: columnMin, max: columnMin + 200 }).chain((min) => fc.record({ min: fc.constant(min), max: fc.integer({ min, max: min + 200 }) })),
          fontSizes: fc.constant(fontSizes),
          padding: fc.constant(padding),
          gap: fc.integer({ min: 0, max: 12 }),
          margin: fc.integer({ min: 0, max: 24 }),
          labelWidth: fc.integer({ min: Math.ceil(2 * padding + widest + 44), max: Math.ceil(2 * padding + widest + 200) }),
          emotionHeight: fc.integer({ min: 1, max: 200 }),
          title: fc.boolean(),
        },
        { requiredKeys: ["fontSizes", "padding", "columnWidth", "labelWidth"] },
      );
    }),
  );
}

/** `options` with or without `wrap` (any width a row can take, from the least up), compact density and `lanes: "auto"`. */
function withViews(options: LayoutOptions): fc.Arbitrary<LayoutOptions> {
  const least = 2 * (options.margin ?? 16) + (options.labelWidth ?? 140) + (options.gap ?? 8) + (options.columnWidth?.min ?? 140);
  return fc
    .record(
      {
        wrap: fc.integer({ min: 0, max: 1500 }).map((extra) => ({ maxWidth: least + extra })),
        density: fc.constantFrom("comfortable" as const, "compact" as const),
        auto: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    .map(({ auto, ...views }) => ({ ...options, ...views, ...(auto ? { lanes: "auto" as const } : {}) }));
}

describe("layout and render properties", () => {
  it("every line lies inside its box and no two boxes of a lane overlap, for any valid map", () => {
    fc.assert(
      fc.property(
        mapArbitrary.chain((map) => fc.tuple(fc.constant(map), optionsFor(map).chain(withViews))),
        ([map, options]) => {
          const layout = layoutJourneyMap(map, options);
          expect(layoutProblems(layout)).toEqual([]);
          if (options.wrap) {
            // Never wider than a row, and every row has every lane.
            expect(layout.width).toBeLessThanOrEqual(options.wrap.maxWidth + 0.011);
            for (const row of layout.rows ?? [])
              expect(layout.lanes.filter((l) => l.row === layout.rows?.indexOf(row)).length).toBe(layout.lanes.length / (layout.rows?.length ?? 1));
          }
          expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("nothing is clipped or overlaps with analytics and surveys in every lane, and the SVG stays safe in every theme", () => {
    const measured = mapArbitrary.chain((map) =>
      fc.tuple(surveysFor(map), analyticsFor(map)).chain(([surveys, analytics]) => {
        const withSurveys: JourneyMap = { ...map, surveys };
        return fc.tuple(fc.constant(withSurveys), fc.constant(analytics), optionsFor(withSurveys));
      }),
    );
    fc.assert(
      fc.property(
        measured,
        fc.constantFrom("light", "dark", "highContrast" as const),
        fc.constantFrom(undefined, "csat-7", "nps", "likert-5", "smaply"),
        fc.integer({ min: 0, max: 200 }),
        ([map, analytics, options], theme, scaleId, minN) => {
          const layout = layoutJourneyMap(map, { ...options, analytics, minN, ...(scaleId ? { emotionAxis: { scaleId } } : {}) });
          expect(layoutProblems(layout)).toEqual([]);
          expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
          const svg = renderSvg(layout, { theme });
          const { problems, elements } = checkXml(svg);
          expect(problems).toEqual([]);
          expect(svg).not.toMatch(/<script|foreignObject|href="http/i);
          for (const e of elements) for (const name of Object.keys(e.attributes)) expect(name).not.toMatch(/^on/i);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);

  it("renderSvg output is well-formed and has nothing active, for any valid map", () => {
    fc.assert(
      fc.property(
        mapArbitrary,
        fc.constantFrom("light", "dark", "highContrast" as const),
        fc.boolean(),
        fc.option(fc.integer({ min: 400, max: 2000 })),
        (map, theme, responsive, maxWidth) => {
          const layout = layoutJourneyMap(map, maxWidth === null ? {} : { wrap: { maxWidth } });
          const svg = renderSvg(layout, { theme, responsive });
          if (responsive) expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 [\d.]+ [\d.]+" width="100%" preserveAspectRatio="xMidYMin meet"/);
          // The point symbols are defined once, however many rows draw curves.
          expect(svg.match(/id="jk-symbol-star"/g)?.length ?? 0).toBe(layout.emotion ? 1 : 0);
          const { problems, elements } = checkXml(svg);
          expect(problems).toEqual([]);
          expect(svg).not.toMatch(/<script/i);
          // Inside tags only: text may say "onload=" once escaped, an attribute may not.
          expect(svg).not.toMatch(/<[^>]*\son[a-z]+=/i);
          for (const e of elements) for (const name of Object.keys(e.attributes)) expect(name).not.toMatch(/^on/i);
          expect(svg).not.toMatch(/foreignObject/i);
          expect(svg).not.toMatch(/href="http/i);
        },
      ),
      { numRuns: 150 },
    );
    // Room for a loaded machine: the property takes some 2 s alone.
  }, 60_000);
});
