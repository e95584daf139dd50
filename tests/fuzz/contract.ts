import { expect } from "vitest";
import { JourneyMapSchema } from "../../src/model/journey-map";
import { checkReferences } from "../../src/validate/check-references";
import { JOURNEY_MAP_ISSUE_CODES } from "../../src/validate/issue";
import { JourneyMapError } from "../../src/validate/journey-map-error";
import type { SafeParseJourneyMapResult } from "../../src/validate/safe-parse-journey-map";

/** The codes only edits give (an operation on a map); every other documented code an importer may report. */
const EDIT_ONLY_CODES = new Set(["not_found", "invalid_operation", "stage_not_empty"]);

/** Every issue code an importer may report. */
export const ISSUE_CODES = new Set<string>(JOURNEY_MAP_ISSUE_CODES.filter((code) => !EDIT_ONLY_CODES.has(code)));

/**
 * The contract every importer's result keeps: an accepted map satisfies the schema and
 * referential integrity; a refusal is a JourneyMapError with well-formed, documented issues
 * whose `line` (where given) lies within the text.
 */
export function expectImportContract(result: SafeParseJourneyMapResult, lineCount: number): void {
  if (result.success) {
    expect(JourneyMapSchema.safeParse(result.data).success).toBe(true);
    expect(checkReferences(result.data)).toEqual([]);
    return;
  }
  expect(result.error).toBeInstanceOf(JourneyMapError);
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    expect(ISSUE_CODES, issue.code).toContain(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe("string");
    if (issue.line !== undefined) {
      expect(Number.isInteger(issue.line)).toBe(true);
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.line).toBeLessThanOrEqual(Math.max(1, lineCount));
    }
  }
}

/** Lines in a text, counted the way the importers count them (CRLF, CR or LF). */
export const lineCount = (text: string) => text.split(/\r\n?|\n/).length;
