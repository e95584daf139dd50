import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonEqual } from "../../src/edit/json-equal";

/** Oracle: equal JSON after sorting keys (`JSON.stringify` drops `undefined` object values). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

describe("jsonEqual", () => {
  it("treats an object key holding undefined as absent, at any depth", () => {
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(jsonEqual({ x: [{ a: undefined }] }, { x: [{}] })).toBe(true);
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(true);
  });

  it("tells apart what JSON tells apart", () => {
    expect(jsonEqual({ a: undefined }, { a: null })).toBe(false);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({ a: [1] }, { a: [1, 1] })).toBe(false);
    expect(jsonEqual(0, "0")).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });

  it("ignores key order", () => {
    expect(jsonEqual({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
  });

  it("agrees with comparing canonical JSON", () => {
    const value = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    const withHoles = fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 2 })), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.oneof(value, withHoles), fc.oneof(value, withHoles), (a, b) => {
        expect(jsonEqual(a, b)).toBe(canonical(a) === canonical(b));
        expect(jsonEqual(a, a)).toBe(true);
        expect(jsonEqual(a, b)).toBe(jsonEqual(b, a));
      }),
    );
  });
});
