import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JourneyMapSchema } from "../../src/model/journey-map";
import { checkReferences } from "../../src/validate/check-references";
import { JourneyMapError } from "../../src/validate/journey-map-error";
import { parseJourneyMap, safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { journeyMapArbitrary } from "../analysis/arbitraries";
import { generateJourneyMap } from "../support/generate-map";
import { expectPrototypesUnchanged, prototypeSnapshot } from "../security/pollution";
import { anyText, hostileMapArbitrary, jsonText, mutatedDocument } from "./arbitraries";
import { ISSUE_CODES } from "./contract";
import { bounded, fuzzParameters, fuzzTimeout } from "./fuzz-config";
import { PROTOTYPE_KEYS } from "../support/hostile-text";

/**
 * The contract of safeParseJourneyMap for any input: it returns (never throws) within the
 * bound; an accepted map satisfies the schema and referential integrity; a refusal lists
 * well-formed issues with documented codes; parseJourneyMap agrees and throws only
 * JourneyMapError.
 */
function checkContract(input: unknown) {
  const result = bounded("safeParseJourneyMap", () => safeParseJourneyMap(input));
  if (result.success) {
    expect(JourneyMapSchema.safeParse(result.data).success).toBe(true);
    expect(checkReferences(result.data)).toEqual([]);
  } else {
    expect(result.error).toBeInstanceOf(JourneyMapError);
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) {
      expect(ISSUE_CODES, issue.code).toContain(issue.code);
      expect(Array.isArray(issue.path)).toBe(true);
      for (const step of issue.path) expect(["string", "number"]).toContain(typeof step);
      expect(typeof issue.message).toBe("string");
    }
  }
  let thrown: unknown;
  try {
    const data = parseJourneyMap(input);
    expect(result.success).toBe(true);
    expect(data).toEqual(result.data);
  } catch (error) {
    thrown = error;
  }
  if (thrown !== undefined) {
    expect(thrown).toBeInstanceOf(JourneyMapError);
    expect(result.success).toBe(false);
  }
  return result;
}

/** A value as it comes back from JSON text (`-0` becomes `0`, `undefined` fields vanish). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const PROTOTYPE_KEY_SET: ReadonlySet<string> = new Set(PROTOTYPE_KEYS);

/** Whether an own key anywhere in a value could reach a prototype. */
function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (typeof value !== "object" || value === null || depth > 100) return false;
  return Object.keys(value).some((key) => PROTOTYPE_KEY_SET.has(key) || hasPrototypeKey((value as Record<string, unknown>)[key], depth + 1));
}

/** Exotic values that once escaped or fooled validation (issue 22, items 10–12 and 14); each is always refused. */
const exoticValue: fc.Arbitrary<() => unknown> = fc.constantFrom(
  () =>
    Object.defineProperty({}, "x", {
      enumerable: true,
      get: () => {
        throw new Error("getter");
      },
    }),
  () =>
    Object.defineProperty({}, "x", {
      enumerable: true,
      get: () => {
        throw Object.defineProperty(new Error(), "message", {
          get: () => {
            throw new Error("message");
          },
        });
      },
    }),
  () =>
    new Proxy(
      { a: 1 },
      {
        ownKeys: () => {
          throw new Error("ownKeys");
        },
      },
    ),
  () =>
    new Proxy([1, 2], {
      get: () => {
        throw new Error("get");
      },
    }),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () => new Date(0),
  () => new Map([["a", 1]]),
  () => Object.create({ title: "inherited", constructor: 1 }) as object,
  () => 12n,
  () => Number.NaN,
  () => Number.NEGATIVE_INFINITY,
);

/** A copy of `doc` with `value` planted at a path chosen by `picks`, replacing what was there. */
function plant(doc: unknown, picks: number[], value: unknown): unknown {
  if (typeof doc !== "object" || doc === null || picks.length === 0) return value;
  const keys = Object.keys(doc);
  if (keys.length === 0) return value;
  const key = keys[picks[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(doc) ? ([...doc] as unknown as Record<string, unknown>) : { ...doc };
  copy[key] = plant((doc as Record<string, unknown>)[key], picks.slice(1), value);
  return copy;
}

function properties(label: string, share: number) {
  describe(`safeParseJourneyMap fuzzing (${label})`, () => {
    it(
      "accepts every valid map, as an object and as JSON text, and keeps it through a JSON round trip",
      () => {
        fc.assert(
          fc.property(journeyMapArbitrary, (map) => {
            const result = checkContract(map);
            expect(result.error?.issues ?? []).toEqual([]);
            const again = checkContract(JSON.stringify(result.data));
            expect(again.data).toEqual(asJson(result.data));
          }),
          fuzzParameters(share),
        );
      },
      fuzzTimeout(share),
    );

    it(
      "accepts valid maps whose names are hostile text, and keeps every name",
      () => {
        const before = prototypeSnapshot();
        fc.assert(
          fc.property(hostileMapArbitrary, (map) => {
            const result = checkContract(JSON.stringify(map));
            expect(result.error?.issues ?? []).toEqual([]);
            expect(result.data).toEqual(asJson(map));
          }),
          fuzzParameters(share),
        );
        expectPrototypesUnchanged(before);
      },
      fuzzTimeout(share),
    );

    it(
      "keeps its contract on valid maps with fields dropped, retyped, dangling, duplicated, unknown or nested deep",
      () => {
        const before = prototypeSnapshot();
        fc.assert(
          fc.property(mutatedDocument, ({ doc, mutations }) => {
            const result = checkContract(doc);
            const codes = new Set(result.error?.issues.map((i) => i.code));
            // A prototype key is always refused, wherever it is: named as such, unless the
            // document was refused before its keys were looked at (an unknown version).
            if (hasPrototypeKey(doc)) {
              expect(result.success).toBe(false);
              expect(codes.has("invalid_key") || codes.has("unsupported_schema_version") || codes.has("limit_exceeded")).toBe(true);
            }
            // Depth beyond the limit is always refused as such (unless another limit comes first).
            const last = mutations.at(-1);
            const tooDeep = last?.kind === "nest" && last.depth >= 40;
            if (tooDeep) expect(result.success).toBe(false);
          }),
          fuzzParameters(share),
        );
        expectPrototypesUnchanged(before);
      },
      fuzzTimeout(share),
    );

    it(
      "keeps its contract on JSON text that is cut, spliced or corrupted",
      () => {
        fc.assert(
          fc.property(jsonText, (text) => void checkContract(text)),
          fuzzParameters(share),
        );
      },
      fuzzTimeout(share),
    );

    it(
      "keeps its contract on arbitrary strings and values",
      () => {
        const before = prototypeSnapshot();
        fc.assert(
          fc.property(
            fc.oneof(
              anyText,
              fc.string({ unit: "binary", maxLength: 300 }),
              fc.jsonValue({ maxDepth: 4 }),
              fc.anything({
                maxDepth: 3,
                withBigInt: true,
                withBoxedValues: true,
                withDate: true,
                withMap: true,
                withSet: true,
                withNullPrototype: true,
                withObjectString: true,
                withSparseArray: true,
                withTypedArray: true,
              }),
            ),
            (value) => void checkContract(value),
          ),
          fuzzParameters(share),
        );
        expectPrototypesUnchanged(before);
      },
      fuzzTimeout(share),
    );

    it(
      "refuses, without throwing, a map with a throwing getter, Proxy, Date, BigInt or NaN planted anywhere",
      () => {
        const before = prototypeSnapshot();
        fc.assert(
          fc.property(journeyMapArbitrary, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), exoticValue, (map, picks, make) => {
            const doc = plant(map, picks, make());
            expect(checkContract(doc).success).toBe(false);
          }),
          fuzzParameters(share / 2),
        );
        expectPrototypesUnchanged(before);
      },
      fuzzTimeout(share / 2),
    );

    it(
      "reports a planted dangling reference as unknown_reference at its path",
      () => {
        fc.assert(
          fc.property(journeyMapArbitrary, fc.nat(), fc.stringMatching(/^zz-[a-z0-9]{1,8}$/), (map, pick, id) => {
            if (map.touchpoints.length === 0) return;
            const doc = structuredClone(map);
            const index = pick % doc.touchpoints.length;
            doc.touchpoints[index]!.stageId = id;
            const result = checkContract(doc);
            expect(result.error?.issues).toContainEqual(expect.objectContaining({ code: "unknown_reference", id, path: ["touchpoints", index, "stageId"] }));
          }),
          fuzzParameters(share / 4),
        );
      },
      fuzzTimeout(share / 4),
    );
  });
}

properties("small maps", 1);

describe("with the parser large maps use", () => {
  it("is switched on by a large map", () => {
    const large = generateJourneyMap({ touchpoints: 600, seed: 7 });
    expect(safeParseJourneyMap(large).success).toBe(true);
  });
});
// Every property again, now that the parser for large maps is in use for all inputs.
properties("after a large map", 0.2);
