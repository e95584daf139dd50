import { scaleLinear, scaleOrdinal } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ColumnPlan } from "../../src/layout/columns";
import type { JourneyMap } from "../../src/model/journey-map";
import { type ColumnScale, emotionScales } from "../../src/layout/scales";

/** The parts of a map, a plan and the columns that emotionScales reads: touchpoints in columns `0…n-1`. */
function setting(ids: string[], xs: number[], widths: number[]) {
  const map = { touchpoints: ids.map((id) => ({ id })) } as unknown as JourneyMap;
  const plan = { touchpointOf: ids.map((_, i) => i) } as unknown as ColumnPlan;
  const columns = { xs, widths } as unknown as ColumnScale;
  return { map, plan, columns };
}

const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe("the emotion plot's scales", () => {
  it("give exactly what d3-scale's scaleLinear gives for emotion → y", () => {
    fc.assert(
      fc.property(coordinate, fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (y, height, emotion) => {
        const { map, plan, columns } = setting(["a"], [0], [10]);
        const scales = emotionScales(map, plan, columns, { y, height });
        const d3 = scaleLinear()
          .domain([1, 5])
          .range([y + height, y]);
        expect(Object.is(scales.y(emotion), d3(emotion))).toBe(true);
      }),
    );
  });

  it("give exactly what d3-scale's scaleOrdinal gives for id → column centre, ids outside the domain included", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 20 }),
        fc.array(coordinate, { minLength: 12, maxLength: 12 }),
        (ids, asked, xs) => {
          const widths = xs.map((x) => Math.abs(x) / 3);
          const { map, plan, columns } = setting(ids, xs.slice(0, ids.length), widths.slice(0, ids.length));
          const scales = emotionScales(map, plan, columns, { y: 0, height: 100 });
          const d3 = scaleOrdinal<string, number>()
            .domain(ids)
            .range(ids.map((_, i) => (xs[i] as number) + (widths[i] as number) / 2));
          for (const id of [...ids, ...asked]) expect(Object.is(scales.x(id), d3(id))).toBe(true);
        },
      ),
    );
  });

  it("give for the i-th id (xAt) what they give for that id, and for another id what x gives", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.nat({ max: 15 })), { maxLength: 20 }),
        fc.array(coordinate, { minLength: 12, maxLength: 12 }),
        (ids, asked, xs) => {
          const widths = xs.map((x) => Math.abs(x) / 3);
          const { map, plan, columns } = setting(ids, xs.slice(0, ids.length), widths.slice(0, ids.length));
          const scales = emotionScales(map, plan, columns, { y: 0, height: 100 });
          const fresh = emotionScales(map, plan, columns, { y: 0, height: 100 });
          ids.forEach((id, i) => {
            expect(Object.is(scales.xAt(id, i), fresh.x(id))).toBe(true);
          });
          for (const [id, i] of asked) expect(Object.is(scales.xAt(id, i), fresh.x(id))).toBe(true);
        },
      ),
    );
  });
});
