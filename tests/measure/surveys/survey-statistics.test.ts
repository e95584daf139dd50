import { describe, expect, it } from "vitest";
import { incompleteBeta, studentTQuantile, wilsonInterval } from "../../../src/measure/survey-statistics";
import { referenceT975 } from "./reference";

describe("studentTQuantile", () => {
  // Two-sided 95% critical values, as printed in every t table (e.g. NIST/SEMATECH
  // e-Handbook of Statistical Methods, 1.3.6.7.2 "Critical values of the Student's t
  // distribution", upper tail 0.025), to the table's three decimals.
  const TABLE: [number, number][] = [
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [6, 2.447],
    [7, 2.365],
    [8, 2.306],
    [9, 2.262],
    [10, 2.228],
    [15, 2.131],
    [20, 2.086],
    [25, 2.06],
    [30, 2.042],
    [40, 2.021],
    [50, 2.009],
    [60, 2.0],
    [80, 1.99],
    [100, 1.984],
  ];
  it.each(TABLE)("gives the table's t(0.975, %i) = %d", (df, value) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(value, 3);
  });

  it("gives the closed forms for 1 and 2 degrees of freedom exactly", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(Math.PI * 0.475), 12);
    // t(p, 2) = (2p − 1) / √(2p(1 − p))
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(0.95 / Math.sqrt(2 * 0.975 * 0.025), 12);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.812, 3);
  });

  it("agrees with an independent numerical integration of the t density to 1e-10", () => {
    for (const df of [1, 2, 3, 7, 12, 29, 64, 150]) expect(Math.abs(studentTQuantile(0.975, df) - referenceT975(df))).toBeLessThan(1e-10);
  });

  it("moves smoothly onto the normal quantile for large and fractional df", () => {
    expect(studentTQuantile(0.975, 999.999)).toBeCloseTo(studentTQuantile(0.975, 1000), 8);
    expect(studentTQuantile(0.975, 1e12)).toBeCloseTo(1.959963984540054, 9);
    const values = [0.5, 1, 1.5, 2, 2.5, 10, 100, 1000, 1e4].map((df) => studentTQuantile(0.975, df));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]!);
    expect(studentTQuantile(0.025, 5)).toBe(-studentTQuantile(0.975, 5));
  });

  it("refuses p outside (0, 1) and df ≤ 0", () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe("incompleteBeta", () => {
  it("gives closed forms: I_x(1, 1) = x, I_x(a, 1) = x^a, I_½(a, a) = ½", () => {
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(incompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 14);
    expect(incompleteBeta(0.5, 4.5, 4.5)).toBeCloseTo(0.5, 14);
  });
});

describe("wilsonInterval", () => {
  // Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion:
  // comparison of seven methods. Statistics in Medicine 17, 857–872, Table II, method 3
  // (Wilson score interval without continuity correction), examples (a)–(d).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("gives Newcombe's interval for %i/%i", (x, n, low, high) => {
    const [l, h] = wilsonInterval(x / n, n);
    expect(l).toBeCloseTo(low, 4);
    expect(h).toBeCloseTo(high, 4);
  });
});
