import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount, formatNumber } from "../../src/analysis/format";

/** The definition: rounded to hundredths, shortest form, no negative zero. */
const reference = (value: number) => {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? "0" : String(rounded);
};

describe("formatNumber", () => {
  it("writes hundredths without trailing zeros and never -0", () => {
    expect(formatNumber(12.345)).toBe("12.35");
    expect(formatNumber(12.5)).toBe("12.5");
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(0.07)).toBe("0.07");
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(-4.1)).toBe("-4.1");
    expect(formatNumber(Number.NaN)).toBe("NaN");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });

  it("equals String(Math.round(value * 100) / 100) for any number", () => {
    const value = fc.oneof(
      fc.double(),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: -1e7, max: 1e7 }).map((k) => k / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 1000 + 0.005),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(formatNumber(v)).toBe(reference(v));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("formatCount", () => {
  it("groups thousands as en-US does for whole numbers", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(-1234567)).toBe("-1,234,567");
    expect(formatCount(50_000_000)).toBe("50,000,000");
    expect(formatCount(1234.5)).toBe("1,234.5");
  });

  it('equals toLocaleString("en-US") for any safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString("en-US"));
      }),
    );
  });
});
