import { describe, expect, it } from "vitest";
import type { JourneyMapIssue } from "../../src/validate/issue";
import { DEFAULT_LIMITS } from "../../src/validate/limits";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { minimalDocument } from "./fixtures/minimal";
import { PROTOTYPE_KEYS } from "../support/hostile-text";

/** The issues of a refused input; fails the test if the input is accepted or throws. */
function issuesOf(input: unknown): JourneyMapIssue[] {
  const result = safeParseJourneyMap(input);
  expect(result.success).toBe(false);
  return result.error!.issues;
}

const codesAndPaths = (issues: JourneyMapIssue[]) => issues.map(({ code, path }) => ({ code, path }));

describe("values that throw when read (issue 22, item 10)", () => {
  const throwing = [
    [
      "a getter",
      (doc: Record<string, unknown>) =>
        Object.defineProperty(doc, "title", {
          enumerable: true,
          get: () => {
            throw new Error("boom");
          },
        }),
    ],
    [
      "an error whose message getter throws",
      (doc: Record<string, unknown>) =>
        Object.defineProperty(doc, "title", {
          enumerable: true,
          get: () => {
            throw Object.defineProperty(new Error(), "message", {
              get: () => {
                throw new Error("again");
              },
            });
          },
        }),
    ],
    [
      "a thrown value whose toString throws",
      (doc: Record<string, unknown>) =>
        Object.defineProperty(doc, "title", {
          enumerable: true,
          get: () => {
            throw {
              toString: () => {
                throw new Error("no");
              },
            };
          },
        }),
    ],
  ] as const;
  for (const [what, poison] of throwing) {
    it(`reports ${what} as a custom issue at its path`, () => {
      const doc = minimalDocument();
      poison(doc);
      expect(codesAndPaths(issuesOf(doc))).toEqual([{ code: "custom", path: ["title"] }]);
    });
  }

  it("reports Proxy traps that throw, and a revoked Proxy, without throwing", () => {
    const trap = () => {
      throw new Error("trap");
    };
    const cases: [ProxyHandler<object>, (string | number)[]][] = [
      [{ ownKeys: trap }, ["metadata"]],
      [{ getPrototypeOf: trap }, ["metadata"]],
      [{ get: trap }, ["metadata", "authors"]],
    ];
    for (const [handler, path] of cases) {
      const doc = { ...minimalDocument(), metadata: new Proxy({ authors: [] }, handler) };
      expect(codesAndPaths(issuesOf(doc))).toEqual([{ code: "custom", path }]);
    }
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(codesAndPaths(issuesOf({ ...minimalDocument(), extensions: proxy }))).toEqual([{ code: "custom", path: ["extensions"] }]);
    expect(codesAndPaths(issuesOf(proxy))).toEqual([{ code: "custom", path: [] }]);
  });
});

describe("values read once and copied (issue 22, item 11)", () => {
  it("reads a getter once: a long second answer cannot slip past the length check", () => {
    let reads = 0;
    const doc = minimalDocument();
    Object.defineProperty(doc, "title", { enumerable: true, get: () => (reads++ === 0 ? "short" : "x".repeat(1_000_000)) });
    const result = safeParseJourneyMap(doc);
    expect(result.success).toBe(true);
    expect(result.data!.title).toBe("short");
    expect(reads).toBe(1);
  });

  it("cannot be tricked into keeping a __proto__ key that appears on a second read", () => {
    let reads = 0;
    const doc = minimalDocument();
    Object.defineProperty(doc, "extensions", {
      enumerable: true,
      get: () => (reads++ === 0 ? { app: 1 } : JSON.parse('{"__proto__":{"polluted":true}}')),
    });
    const result = safeParseJourneyMap(doc);
    expect(result.success).toBe(true);
    expect(Object.keys(result.data!.extensions!)).toEqual(["app"]);
  });

  it("deep-copies extensions: accessors, Proxies and toJSON do not survive validation", () => {
    const inner = { list: [1, 2] };
    const withToJson = Object.assign([1, 2], {
      toJSON: () => {
        throw new Error("later");
      },
    });
    let calls = 0;
    const accessor = Object.defineProperty({}, "n", { enumerable: true, get: () => ++calls });
    const extensions = { inner, proxied: new Proxy({ a: 1 }, {}), withToJson, accessor };
    const result = safeParseJourneyMap({ ...minimalDocument(), extensions });
    expect(result.success).toBe(true);
    const kept = result.data!.extensions as Record<string, unknown>;
    expect(kept.inner).not.toBe(inner);
    expect(kept.inner).toEqual(inner);
    expect(kept.withToJson).toEqual([1, 2]);
    expect(Object.getOwnPropertyDescriptor(kept.accessor, "n")).toMatchObject({ value: 1, writable: true });
    inner.list.push(3);
    expect((kept.inner as typeof inner).list).toEqual([1, 2]);
    expect(() => JSON.stringify(result.data)).not.toThrow();
    expect(calls).toBe(1);
  });
});

describe("objects that are not plain data (issue 22, item 12)", () => {
  it("gives an issue for inherited enumerable prototype keys instead of failing with none", () => {
    for (const key of PROTOTYPE_KEYS) {
      const proto = JSON.parse(`{"${key}": {"x": 1}}`) as object;
      const doc = Object.assign(Object.create(proto) as object, minimalDocument());
      const issues = issuesOf(doc);
      expect(issues.length).toBeGreaterThan(0);
      expect(codesAndPaths(issues)).toEqual([{ code: "invalid_type", path: [] }]);
    }
  });

  it("does not accept a title inherited from a prototype", () => {
    const { title, ...rest } = minimalDocument();
    const doc = Object.assign(Object.create({ title }) as object, rest);
    expect(codesAndPaths(issuesOf(doc))).toEqual([{ code: "invalid_type", path: [] }]);
  });

  it("refuses a Date, a Map and class instances as objects, naming what they are", () => {
    class Point {
      x = 1;
    }
    const cases: [unknown, string][] = [
      [new Date(0), "a Date"],
      [new Map([["authors", []]]), "a Map"],
      [new Point(), "a Point"],
    ];
    for (const [value, name] of cases) {
      const issues = issuesOf({ ...minimalDocument(), metadata: value });
      expect(codesAndPaths(issues)).toEqual([{ code: "invalid_type", path: ["metadata"] }]);
      expect(issues[0]!.message).toContain(name);
    }
    const whole = issuesOf(Object.assign(new Point(), minimalDocument()));
    expect(codesAndPaths(whole)).toEqual([{ code: "invalid_type", path: [] }]);
  });

  it("accepts objects without a prototype", () => {
    const doc = Object.assign(Object.create(null) as object, minimalDocument());
    expect(safeParseJourneyMap(doc).success).toBe(true);
  });
});

describe("numbers and JSON text (issue 22, item 14)", () => {
  it("points invalid_json right after a 500-digit number", () => {
    const number = "1".repeat(500);
    const text = `{"schemaVersion":1,"id":"m","title":"T","extensions":{"n":${number} x}}`;
    const issues = issuesOf(text);
    expect(issues).toEqual([expect.objectContaining({ code: "invalid_json", line: 1, column: text.indexOf(" x") + 2 })]);
  });

  it("reports one BigInt at its own path, beside the other issues", () => {
    const doc = { ...minimalDocument(), touchpoints: [{ ...minimalDocument().touchpoints![0]!, emotion: 3n }], state: "nope" };
    const issues = issuesOf(doc);
    expect(issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["touchpoints.0.emotion", "state"]));
    expect(issues.find((issue) => issue.path.join(".") === "touchpoints.0.emotion")!.message).toContain("3n");
  });

  it("describes NaN and Infinity as such, not as null", () => {
    for (const [value, word] of [
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "Infinity"],
      [Number.NEGATIVE_INFINITY, "-Infinity"],
    ] as const) {
      const doc = { ...minimalDocument(), touchpoints: [{ ...minimalDocument().touchpoints![0]!, emotion: value }] };
      const message = issuesOf(doc).find((issue) => issue.path.join(".") === "touchpoints.0.emotion")!.message;
      expect(message).toContain(word);
      expect(message).not.toContain("null");
    }
  });
});

describe("validation cost within the limits (issue 22, item 5)", () => {
  const head = '{"schemaVersion":1,"id":"m","title":"T",';
  /** The result and the fastest of three runs: a bound on the work, not on the machine's load. */
  const timed = (text: string) => {
    let ms = Number.POSITIVE_INFINITY;
    let result = safeParseJourneyMap("");
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      result = safeParseJourneyMap(text);
      ms = Math.min(ms, performance.now() - start);
    }
    return { result, ms };
  };

  it("refuses an object of 300,000 unknown keys in the scan, before JSON.parse", () => {
    const text = `${head}${Array.from({ length: 300_000 }, (_, i) => `"k${i}":1`).join(",")}}`;
    const { result, ms } = timed(text);
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: "limit_exceeded", limit: "maxObjectKeys", path: [] })]);
    expect(ms).toBeLessThan(1000);
  });

  it("refuses 32 MiB of nested brackets at the depth limit in milliseconds", () => {
    const { result, ms } = timed("[".repeat(DEFAULT_LIMITS.maxInputLength));
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: "limit_exceeded", limit: "maxDepth", path: Array(32).fill(0) })]);
    expect(ms).toBeLessThan(1000);
  });

  it("lists at most maxIssues issues, then says how many more there were", () => {
    const touchpoints = Array.from({ length: 1_000 }, (_, i) => `{"id":"t${i}","stageId":"s","name":"n","emotoin":2}`).join(",");
    const text = `${head}"stages":[{"id":"s","name":"S"}],"touchpoints":[${touchpoints}]}`;
    const { result } = timed(text);
    const issues = result.error!.issues;
    expect(issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(issues.slice(0, -1).every((issue) => issue.code === "unrecognized_keys")).toBe(true);
    expect(issues.at(-1)).toMatchObject({ code: "limit_exceeded", limit: "maxIssues", maximum: DEFAULT_LIMITS.maxIssues });
    expect(issues.at(-1)!.message).toContain("more issues were found");
  });

  it("caps reference issues too: 100,000 duplicate ids answer fast", () => {
    const stages = Array.from({ length: 100_000 }, () => '{"id":"s","name":"S"}').join(",");
    const { result, ms } = timed(`${head}"stages":[${stages}]}`);
    expect(result.error!.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(ms).toBeLessThan(1000);
  });

  it("refuses strings and keys over the limit in the scan, with their path", () => {
    const long = "y".repeat(DEFAULT_LIMITS.maxStringLength + 1);
    expect(timed(`${head}"extensions":{"a":["${long}"]}}`).result.error!.issues).toEqual([expect.objectContaining({ limit: "maxStringLength", path: ["extensions", "a", 0] })]);
    expect(timed(`${head}"extensions":{"${long}":1}}`).result.error!.issues).toEqual([expect.objectContaining({ limit: "maxStringLength", path: ["extensions"] })]);
    // Escapes count as the characters they decode to.
    expect(timed(`${head}"extensions":{"a":"${"\\n".repeat(6_000)}"}}`).result.success).toBe(true);
  });
});

describe("limits on JSON text whatever its escapes", () => {
  it("counts the entities of a collection whose key is written with an escape", () => {
    const stages = Array.from({ length: 3 }, (_, i) => `{"id":"s${i}","name":"S"}`).join(",");
    const text = `{"schemaVersion":1,"id":"m","title":"T","st\\u0061ges":[${stages}]}`;
    const result = safeParseJourneyMap(text, { limits: { maxEntities: 2 } });
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: "limit_exceeded", limit: "maxEntities" })]);
  });

  it("counts every collection of the model towards maxEntities, scales and surveys included", () => {
    const scales = Array.from({ length: 3 }, (_, i) => ({
      id: `scale-${i}`,
      name: "S",
      kind: "likert",
      points: [
        { value: 1, label: "a" },
        { value: 2, label: "b" },
      ],
    }));
    const doc = { schemaVersion: 1, id: "m", title: "T", scales };
    for (const input of [doc, JSON.stringify(doc)]) {
      const result = safeParseJourneyMap(input, { limits: { maxEntities: 2 } });
      expect(result.error!.issues).toEqual([expect.objectContaining({ code: "limit_exceeded", limit: "maxEntities" })]);
    }
  });
});
