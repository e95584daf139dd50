import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCALE_IDS, BUILT_IN_SCALES } from "../../../src/model/built-in-scales";
import { type Scale, scalePoints } from "../../../src/model/scale";
import { fromEmotion, toEmotion } from "../../../src/measure/scales";

/** Scales of 2 to 21 points with a whole, half or tenth step, either direction. */
const scaleArb = fc
  .record({ min: fc.integer({ min: -10, max: 10 }), steps: fc.integer({ min: 1, max: 20 }), step: fc.constantFrom(1, 0.5, 0.1, 2), higherIsBetter: fc.boolean() })
  .map(({ min, steps, step, higherIsBetter }): Scale => ({ id: "custom", name: "Custom", min, max: min + steps * step, step, labels: [], higherIsBetter }));

describe("toEmotion and fromEmotion", () => {
  it.each(BUILT_IN_SCALE_IDS)("bring every point of %s back exactly", (id) => {
    for (const value of scalePoints(BUILT_IN_SCALES[id])) expect(fromEmotion(toEmotion(value, id), id)).toBe(value);
  });

  it("bring every point of any scale back exactly, and any value to within 1e-12 of the range", () => {
    fc.assert(
      fc.property(scaleArb, fc.double({ min: 0, max: 1, noNaN: true }), (scale, t) => {
        for (const value of scalePoints(scale)) expect(fromEmotion(toEmotion(value, scale), scale)).toBe(value);
        const value = scale.min + t * (scale.max - scale.min);
        expect(Math.abs(fromEmotion(toEmotion(value, scale), scale) - value)).toBeLessThanOrEqual(1e-12 * (scale.max - scale.min));
        const emotion = 1 + 4 * t;
        expect(toEmotion(fromEmotion(emotion, scale), scale)).toBeCloseTo(emotion, 10);
      }),
    );
  });

  it("map the ends onto 1 and 5, reversed where lower is better", () => {
    fc.assert(
      fc.property(scaleArb, (scale) => {
        const [low, high] = scale.higherIsBetter === false ? [5, 1] : [1, 5];
        expect(toEmotion(scale.min, scale)).toBe(low);
        expect(toEmotion(scale.max, scale)).toBe(high);
        expect(fromEmotion(low, scale)).toBe(scale.min);
      }),
    );
  });

  it("are linear: the middle of the scale is neutral", () => {
    expect(toEmotion(0, "smaply")).toBe(3);
    expect(toEmotion(4, "csat-7")).toBe(3);
    expect(toEmotion(5, "nps")).toBe(3);
    expect(toEmotion(10, "nps")).toBe(5);
    expect(toEmotion(2, "emotion-5")).toBe(2);
    expect(fromEmotion(4, "likert-7")).toBe(5.5);
  });

  it("refuse values off the scale, non-numbers and unknown scale ids", () => {
    expect(() => toEmotion(8, "csat-7")).toThrow(/outside the scale "csat-7" \(1…7\)/);
    expect(() => toEmotion(Number.NaN, "csat-7")).toThrow(TypeError);
    expect(() => fromEmotion(6, "csat-7")).toThrow(RangeError);
    expect(() => toEmotion(3, "csat5")).toThrow('invalid scale: "csat5"; did you mean "csat-5"?');
  });
});

describe("BUILT_IN_SCALES", () => {
  it("has the ranges and top boxes DESIGN.md gives", () => {
    const expected: Record<string, [number, number, number]> = {
      "csat-5": [1, 5, 4],
      "csat-7": [1, 7, 6],
      "ces-5": [1, 5, 4],
      "ces-7": [1, 7, 5],
      nps: [0, 10, 9],
      "likert-5": [1, 5, 4],
      "likert-7": [1, 7, 6],
      "emotion-5": [1, 5, 4],
      smaply: [-2, 2, 1],
    };
    for (const [id, [min, max, top]] of Object.entries(expected)) {
      const scale = BUILT_IN_SCALES[id as keyof typeof BUILT_IN_SCALES];
      expect([scale.min, scale.max, scale.topBoxFrom]).toEqual([min, max, top]);
      expect(scale.labels.length === 0 || scale.labels.length === max - min + 1).toBe(true);
    }
    expect(Object.isFrozen(BUILT_IN_SCALES["csat-5"])).toBe(true);
  });
});
