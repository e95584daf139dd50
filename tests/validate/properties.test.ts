import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JourneyMapSchema } from "../../src/model/journey-map";
import { checkReferences } from "../../src/validate/check-references";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { ISSUE_CODES } from "../fuzz/contract";
import { minimalDocument } from "./fixtures/minimal";

function checkResult(input: unknown) {
  const result = safeParseJourneyMap(input);
  if (result.success) {
    // An accepted document satisfies the schema and referential integrity.
    expect(JourneyMapSchema.safeParse(result.data).success).toBe(true);
    expect(checkReferences(result.data)).toEqual([]);
    // What was accepted survives a JSON round trip unchanged (as far as JSON can carry it:
    // -0 is written as 0).
    const text = JSON.stringify(result.data);
    expect(safeParseJourneyMap(text).data).toEqual(JSON.parse(text));
  } else {
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) {
      expect(ISSUE_CODES.has(issue.code)).toBe(true);
      expect(Array.isArray(issue.path)).toBe(true);
      expect(typeof issue.message).toBe("string");
    }
  }
  return result;
}

/** Replaces the value at a random path of a document with something arbitrary. */
function mutate(doc: unknown, steps: number[], replacement: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let target: Record<string | number, unknown> = copy;
  for (const [n, step] of steps.entries()) {
    const keys = Object.keys(target);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const next = target[key];
    if (typeof next === "object" && next !== null) {
      if (n === steps.length - 1) {
        target[key] = replacement;
        return copy;
      }
      target = next as Record<string, unknown>;
    } else {
      target[key] = replacement;
      return copy;
    }
  }
  return copy;
}

describe("safeParseJourneyMap properties", () => {
  it("never throws on arbitrary JSON values and reports only documented codes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void checkResult(value)),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => void checkResult(text)),
      { numRuns: 500 },
    );
  });

  it("never throws on a valid document with one value replaced by anything", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (steps, replacement) => {
        checkResult(mutate(minimalDocument(), steps, replacement));
      }),
      { numRuns: 1000 },
    );
  });

  it("reports every planted dangling reference, however many", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{3,8}$/), { minLength: 1, maxLength: 8 }), (missing) => {
        const doc = minimalDocument();
        doc.touchpoints![0]!.evidenceIds = missing.map((id) => `zz-${id}`);
        const issues = checkResult(doc).error?.issues ?? [];
        expect(issues.filter((i) => i.code === "unknown_reference").map((i) => i.id)).toEqual(missing.map((id) => `zz-${id}`));
      }),
      { numRuns: 200 },
    );
  });
});
