import { expect } from "vitest";
import { JourneyMapSchema } from "../../src/model/journey-map";
import { checkReferences } from "../../src/validate/check-references";
import { JourneyMapError } from "../../src/validate/journey-map-error";
import type { SafeParseJourneyMapResult } from "../../src/validate/safe-parse-journey-map";

/** Every issue code an importer may report. */
export const ISSUE_CODES = new Set([
  "invalid_type",
  "too_big",
  "too_small",
  "invalid_format",
  "not_multiple_of",
  "unrecognized_keys",
  "invalid_union",
  "invalid_key",
  "invalid_element",
  "invalid_value",
  "custom",
  "duplicate_id",
  "unknown_reference",
  "unsupported_schema_version",
  "limit_exceeded",
  "invalid_json",
]);

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
