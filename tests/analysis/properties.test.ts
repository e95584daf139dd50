import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { compareJourneyMaps } from "../../src/analysis/compare-journey-maps";
import { FINDING_SEVERITIES } from "../../src/analysis/finding";
import { prioritizeOpportunities } from "../../src/analysis/prioritize-opportunities";
import { toMarkdownReport } from "../../src/io/markdown-report";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { allIds, journeyMapArbitrary } from "./arbitraries";

const asOf = fc.option(fc.constantFrom("2026-11-01", "2021-06-30", "2027-01-01T12:00:00Z"), { nil: undefined });

describe("analysis properties", () => {
  it("generates valid maps", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, (map) => {
        const result = safeParseJourneyMap(map);
        expect(result.success ? [] : result.error.issues).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on a valid map, is deterministic, and names only ids that exist", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, asOf, (map, date) => {
        const options = date === undefined ? {} : { asOf: date };
        const analysis = analyzeJourneyMap(map, options);
        expect(analyzeJourneyMap(structuredClone(map), options)).toEqual(analysis);
        const ids = allIds(map);
        const findingIds = new Set<string>();
        let lastSeverity = 0;
        for (const finding of analysis.findings) {
          expect(finding.subjectIds.length).toBeGreaterThan(0);
          for (const id of finding.subjectIds) expect(ids.has(id)).toBe(true);
          expect(findingIds.has(finding.id)).toBe(false);
          findingIds.add(finding.id);
          expect(finding.id.startsWith(`${finding.code}:${finding.subjectIds.join("/")}`)).toBe(true);
          const severity = FINDING_SEVERITIES.indexOf(finding.severity);
          expect(severity).toBeGreaterThanOrEqual(lastSeverity);
          lastSeverity = severity;
          // Plain JSON data (-0 aside, which JSON writes as 0).
          expect(JSON.stringify(JSON.parse(JSON.stringify(finding)))).toBe(JSON.stringify(finding));
          // A missing score is said to be unknown, never printed as a guess or a hole.
          expect(finding.message).not.toMatch(/undefined|NaN|null/);
        }
        const { health } = analysis.scores;
        if (health !== null) expect(health >= 0 && health <= 100).toBe(true);
        expect(JSON.stringify(analysis.scores)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
  });

  it("compares any two maps, and a map with itself as unchanged", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, journeyMapArbitrary, (a, b) => {
        const diff = compareJourneyMaps(a, b);
        expect(diff.findings.introduced.length - diff.findings.resolved.length).toBe(diff.analyses.future.findings.length - diff.analyses.current.findings.length);
        const same = compareJourneyMaps(a, a);
        expect(same.findings.introduced).toEqual([]);
        expect(same.touchpoints.changed).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("ranks every opportunity once, closed ones last", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, (map) => {
        const ranked = prioritizeOpportunities(map);
        expect(ranked.map((o) => o.rank)).toEqual(ranked.map((_, i) => i + 1));
        expect(new Set(ranked.map((o) => o.opportunityId)).size).toBe(map.opportunities.length);
        const firstClosed = ranked.findIndex((o) => o.closed);
        if (firstClosed >= 0) expect(ranked.slice(firstClosed).every((o) => o.closed)).toBe(true);
        // Among open and among closed ones, every scored opportunity comes before every unscored one.
        for (const group of [ranked.filter((o) => !o.closed), ranked.filter((o) => o.closed)]) {
          const firstUnscored = group.findIndex((o) => o.score === null);
          if (firstUnscored >= 0) expect(group.slice(firstUnscored).every((o) => o.score === null)).toBe(true);
          for (const o of group) expect(o.score === null).toBe(o.impact === null || o.effort === null);
          for (const o of group) expect(o.explanation).not.toMatch(/undefined|NaN/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("writes a Markdown report with no raw HTML for any map", () => {
    fc.assert(
      fc.property(journeyMapArbitrary, (map) => {
        const markdown = toMarkdownReport(map, analyzeJourneyMap(map));
        expect(markdown).not.toMatch(/</);
      }),
      { numRuns: 200 },
    );
  });
});
