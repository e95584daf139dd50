import { afterEach, describe, expect, it, vi } from "vitest";
import { fromCsv } from "../../src/io/csv/from-csv";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { DEFAULT_LIMITS } from "../../src/validate/limits";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { expectPrototypesUnchanged, prototypeSnapshot } from "./pollution";

/** Runs `fn` once and returns its result and how long it took. */
function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

const head = '{"schemaVersion":1,"id":"map","title":"Huge","stages":[{"id":"s","name":"S"}],"touchpoints":[';
const touchpoint = (i: number) => `{"id":"tp-${i}","stageId":"s","name":"Touchpoint ${i}","emotion":3,"actions":["Looks around"]},`;

/** A JSON document of at least `bytes` characters, shaped like a real map. */
function hugeDocument(bytes: number): string {
  const chunk = Array.from({ length: 1000 }, (_, i) => touchpoint(i)).join("");
  const body = chunk.repeat(Math.ceil(bytes / chunk.length));
  return `${head}${body}{"id":"last","stageId":"s","name":"Last"}]}`;
}

const base = () => ({ schemaVersion: 1, id: "map", title: "Limits", metadata: { authors: [] as unknown[], tags: [] as unknown[] } });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("oversized input", () => {
  it("refuses a 100 MB JSON document in under a second, without parsing it", () => {
    const text = hugeDocument(100 * 1024 * 1024);
    expect(text.length).toBeGreaterThanOrEqual(100 * 1024 * 1024);
    const parse = vi.spyOn(JSON, "parse");
    const { result, ms } = timed(() => safeParseJourneyMap(text));
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: "limit_exceeded", limit: "maxInputLength", maximum: DEFAULT_LIMITS.maxInputLength })]);
    expect(parse).not.toHaveBeenCalled();
    expect(ms).toBeLessThan(1000);
  });

  it("refuses oversized Mermaid and CSV text before reading it", () => {
    const text = `journey\n${"  a: 3\n".repeat(200_000)}`;
    const mermaid = timed(() => fromMermaid(text));
    expect(mermaid.result.error?.issues).toEqual([expect.objectContaining({ code: "limit_exceeded", limit: "maxInputLength" })]);
    expect(mermaid.ms).toBeLessThan(1000);
    const csv = timed(() => fromCsv(`stage,touchpoint\n${"a,b\n".repeat(3_000_000)}`));
    expect(csv.result.error?.issues).toEqual([expect.objectContaining({ code: "limit_exceeded", limit: "maxInputLength" })]);
    expect(csv.ms).toBeLessThan(1000);
  });
});

describe("limits on parsed values", () => {
  const cases: [string, () => unknown, string, (string | number)[]][] = [
    ["a huge string", () => ({ ...base(), title: "x".repeat(DEFAULT_LIMITS.maxStringLength + 1) }), "maxStringLength", ["title"]],
    ["a huge key", () => ({ ...base(), extensions: { ["k".repeat(DEFAULT_LIMITS.maxStringLength + 1)]: 1 } }), "maxStringLength", ["extensions"]],
    [
      "a huge array",
      () => ({ ...base(), metadata: { authors: [], tags: Array.from({ length: DEFAULT_LIMITS.maxArrayLength + 1 }, () => "t") } }),
      "maxArrayLength",
      ["metadata", "tags"],
    ],
    [
      "too many entities",
      () => {
        const many = (prefix: string) => Array.from({ length: DEFAULT_LIMITS.maxArrayLength }, (_, i) => ({ id: `${prefix}-${i}`, name: "n" }));
        return { ...base(), channels: many("ch"), teams: many("team"), lanes: [{ id: "lane", name: "Lane" }] };
      },
      "maxEntities",
      ["lanes"],
    ],
    ["too many values", () => ({ ...base(), extensions: { big: Array.from({ length: 60 }, () => new Array(DEFAULT_LIMITS.maxArrayLength).fill(0)) } }), "maxNodes", []],
    [
      "deep nesting",
      () => {
        let deep: unknown = "bottom";
        for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { d: deep };
        return { ...base(), extensions: { deep } };
      },
      "maxDepth",
      ["extensions", "deep", 0, "d"],
    ],
    [
      "a cycle",
      () => {
        const cycle: Record<string, unknown> = { name: "loop" };
        cycle.self = cycle;
        return { ...base(), extensions: { cycle } };
      },
      "maxDepth",
      ["extensions", "cycle", "self"],
    ],
  ];

  it.each(cases)("refuses %s with limit_exceeded, quickly, as an object and as JSON text", (_, build, limit, pathStart) => {
    const before = prototypeSnapshot();
    const value = build();
    const { result, ms } = timed(() => safeParseJourneyMap(value));
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.code === "limit_exceeded");
    expect(issue).toMatchObject({ limit });
    expect(issue!.path.slice(0, pathStart.length)).toEqual(pathStart);
    expect(ms).toBeLessThan(1000);
    // JSON.stringify itself cannot write a cycle or 100,000 levels; deep text has its own tests below.
    if (limit !== "maxDepth") {
      const text = JSON.stringify(value);
      const parsed = timed(() => safeParseJourneyMap(text));
      expect(parsed.result.error?.issues.map((i) => i.code)).toContain("limit_exceeded");
      expect(parsed.ms).toBeLessThan(1000);
    }
    expectPrototypesUnchanged(before);
  });

  it("reads deeply nested JSON text without overflowing the stack", () => {
    const depth = 1_000_000;
    const text = `{"schemaVersion":1,"id":"m","title":"t","extensions":{"deep":${"[".repeat(depth)}${"]".repeat(depth)}}}`;
    const { result, ms } = timed(() => safeParseJourneyMap(text));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.code)).toEqual([expect.stringMatching(/^(limit_exceeded|invalid_json)$/)]);
    expect(ms).toBeLessThan(1000);
  });

  it("refuses unbalanced deeply nested JSON text at the depth limit, before parsing it", () => {
    const text = `{"schemaVersion":1,"extensions":${'[{"a":'.repeat(200_000)}`;
    const parse = vi.spyOn(JSON, "parse");
    const { result, ms } = timed(() => safeParseJourneyMap(text));
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: "limit_exceeded", limit: "maxDepth" })]);
    expect(result.error!.issues[0]!.path.slice(0, 4)).toEqual(["extensions", 0, "a", 0]);
    expect(parse).not.toHaveBeenCalledWith(text);
    expect(ms).toBeLessThan(1000);
  });

  it("still locates a syntax error in a document within the limits", () => {
    const text = `{"schemaVersion":1,"extensions":${'[{"a":'.repeat(10)}`;
    const result = safeParseJourneyMap(text);
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: "invalid_json", line: 1, column: text.length + 1 })]);
  });

  it("honours tighter limits passed as options", () => {
    const result = safeParseJourneyMap({ ...base(), metadata: { authors: ["a", "b", "c"] } }, { limits: { maxArrayLength: 2 } });
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: "limit_exceeded", limit: "maxArrayLength", maximum: 2, path: ["metadata", "authors"] })]);
  });
});
