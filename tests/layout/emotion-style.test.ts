import { curveMonotoneX, line, symbol, symbolCircle, symbolDiamond, symbolStar, symbolTriangle, type SymbolType } from "d3-shape";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pointSymbols } from "../../src/layout/emotion-style";
import { drawMonotoneX } from "../../src/layout/monotone-curve";
import { PathContext } from "../../src/layout/path-context";

const triangleDown: SymbolType = {
  draw(context, size) {
    const y = Math.sqrt(size / (Math.sqrt(3) * 3));
    context.moveTo(0, y * 2);
    context.lineTo(-Math.sqrt(3) * y, -y);
    context.lineTo(Math.sqrt(3) * y, -y);
    context.closePath();
  },
};

describe("pointSymbols", () => {
  it("are d3-shape's symbols at 2 decimals", () => {
    const draw = (type: SymbolType, size: number) => symbol(type, size).digits(2)();
    expect(pointSymbols()).toEqual({
      circle: draw(symbolCircle, 50),
      "triangle-up": draw(symbolTriangle, 70),
      "triangle-down": draw(triangleDown, 70),
      diamond: draw(symbolDiamond, 60),
      star: draw(symbolStar, 60),
    });
  });
});

/** A point's y, or a gap; repeated and small values make coincident points and flat stretches. */
const value = fc.oneof(fc.constant(undefined), fc.constantFrom(0, 1, 2.5, 5), fc.double({ min: -1e4, max: 1e4, noNaN: true }));
const xs = fc.oneof(fc.constantFrom(0, 10, 10, 20), fc.double({ min: -1e4, max: 1e4, noNaN: true }));

describe("drawMonotoneX", () => {
  it("draws what d3-shape's line with curveMonotoneX draws, gaps, lone and coincident points included", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(xs, value), { maxLength: 30 }), fc.array(fc.array(fc.nat(29), { maxLength: 30 }), { minLength: 1, maxLength: 3 }), (points, paths) => {
        const data = paths.map((path) => path.filter((i) => i < points.length));
        const x = (i: number) => (points[i] as [number, number | undefined])[0];
        const y = (i: number) => (points[i] as [number, number | undefined])[1] as number;
        const defined = (i: number) => (points[i] as [number, number | undefined])[1] !== undefined;
        const expected = new PathContext();
        const curve = line<number>().x(x).y(y).defined(defined).curve(curveMonotoneX).context(expected.asContext());
        const actual = new PathContext();
        for (const path of data) {
          curve(path);
          drawMonotoneX(actual, path, x, y, defined);
        }
        expect(actual.take()).toBe(expected.take());
      }),
      { numRuns: 2000 },
    );
  });
});
