import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { type AnalyzeJourneyMapOptions, resolveAnalyzeJourneyMapOptions } from "../../src/analysis/options";
import { DEFAULT_ANALYSIS_THRESHOLDS, THRESHOLD_SPECS } from "../../src/analysis/rule-registry";
import { emptyMap } from "../support/map-builder";

const unchecked = (options: object) => options as AnalyzeJourneyMapOptions;

describe("resolveAnalyzeJourneyMapOptions", () => {
  it("refuses an unknown option name and suggests the nearest one", () => {
    expect(() => resolveAnalyzeJourneyMapOptions(unchecked({ asof: "2026-11-01" }))).toThrow(new TypeError('invalid options: unknown option "asof"; did you mean "asOf"?'));
    expect(() => resolveAnalyzeJourneyMapOptions(unchecked({ experienceGaps: 2 }))).toThrow('did you mean "experienceGap"?');
    expect(() => resolveAnalyzeJourneyMapOptions(unchecked({ zzzzzzzz: 1 }))).toThrow(/^invalid options: unknown option "zzzzzzzz"$/);
  });

  it("refuses an asOf that is not a day of the calendar, as the CLI does", () => {
    for (const asOf of ["2026-02-30", "2025-02-29", "2026-04-31", "2026-02-30T10:00:00Z", "2026-13-01", "yesterday", ""]) {
      expect(() => resolveAnalyzeJourneyMapOptions({ asOf }), asOf).toThrow(/^invalid asOf: /);
    }
    expect(() => resolveAnalyzeJourneyMapOptions(unchecked({ asOf: 20261101 }))).toThrow(TypeError);
    expect(() => resolveAnalyzeJourneyMapOptions(unchecked({ asOf: 1n }))).toThrow(/got 1$/);
    expect(resolveAnalyzeJourneyMapOptions({ asOf: "2024-02-29" }).asOf).toBe("2024-02-29");
    expect(resolveAnalyzeJourneyMapOptions({ asOf: "2026-11-01T09:30:00+01:00" }).asOf).toBe("2026-11-01T09:30:00+01:00");
  });

  it("falls back to the map's metadata.updatedAt only when it is a real date", () => {
    const map = (updatedAt: string) => ({ ...emptyMap(1), metadata: { updatedAt, authors: [], tags: [] } });
    expect(resolveAnalyzeJourneyMapOptions({}, map("2026-10-28"))).toMatchObject({ asOf: "2026-10-28", asOfSource: "metadata.updatedAt" });
    expect(resolveAnalyzeJourneyMapOptions({}, map("2026-02-30"))).toMatchObject({ asOf: undefined, asOfSource: "none" });
    expect(resolveAnalyzeJourneyMapOptions({ asOf: "2026-11-01" }, map("2026-10-28"))).toMatchObject({ asOf: "2026-11-01", asOfSource: "option" });
  });

  it("checks every threshold of the registry against its declared range", () => {
    for (const [name, spec] of Object.entries(THRESHOLD_SPECS)) {
      expect(spec.defaultValue).toBeGreaterThanOrEqual(spec.min);
      expect(spec.defaultValue).toBeLessThanOrEqual(spec.max);
      expect(resolveAnalyzeJourneyMapOptions()[name as keyof typeof DEFAULT_ANALYSIS_THRESHOLDS]).toBe(spec.defaultValue);
      expect(resolveAnalyzeJourneyMapOptions(unchecked({ [name]: spec.max }))).toMatchObject({ [name]: spec.max });
      expect(() => resolveAnalyzeJourneyMapOptions(unchecked({ [name]: spec.min - 1 }))).toThrow(
        new RangeError(`invalid ${name}: ${spec.min - 1} is outside ${spec.min}…${spec.max}`),
      );
      expect(() => resolveAnalyzeJourneyMapOptions(unchecked({ [name]: "2" }))).toThrow(new TypeError(`invalid ${name}: expected a finite number, got "2"`));
    }
    expect(DEFAULT_ANALYSIS_THRESHOLDS).toEqual(Object.fromEntries(Object.entries(THRESHOLD_SPECS).map(([name, spec]) => [name, spec.defaultValue])));
  });

  it("refuses options that are not an object, and the analysis refuses them too", () => {
    expect(() => resolveAnalyzeJourneyMapOptions(unchecked([]))).toThrow("invalid options: expected an object");
    expect(() => analyzeJourneyMap(emptyMap(1), unchecked({ asof: "2026-11-01" }))).toThrow(/did you mean "asOf"/);
  });
});

describe("resolveAnalyzeJourneyMapOptions on any input", () => {
  const daysIn = (year: number, month: number) => [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("accepts asOf exactly when the day exists (oracle: a table of month lengths)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.boolean(), (year, month, day, withTime) => {
        const asOf = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${withTime ? "T12:30:00Z" : ""}`;
        const exists = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
        if (exists) expect(resolveAnalyzeJourneyMapOptions({ asOf }).asOf).toBe(asOf);
        else expect(() => resolveAnalyzeJourneyMapOptions({ asOf })).toThrow(/^invalid asOf: /);
      }),
      { numRuns: 500 },
    );
  });

  it("throws nothing but a TypeError or RangeError naming an option, whatever the options", () => {
    const names = fc.constantFrom("asOf", "asof", "rules", "customRules", "experienceGap", "channelGapRatio", "maxEvidenceAgeDays", "toString", "x");
    const values = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.constantFrom(undefined, null, [], {}, "2026-11-01", 2, () => [], { chanel_gap: false }),
    );
    fc.assert(
      fc.property(fc.dictionary(names, values, { maxKeys: 4 }), (options) => {
        try {
          resolveAnalyzeJourneyMapOptions(unchecked(options));
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError).toBe(true);
          expect((error as Error).message).toMatch(/^invalid [A-Za-z]+: /);
        }
      }),
      { numRuns: 500 },
    );
  });
});
