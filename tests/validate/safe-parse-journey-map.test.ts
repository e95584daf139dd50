import { describe, expect, it } from "vitest";
import { JourneyMapError, parseJourneyMap, safeParseJourneyMap } from "../../src/validate/index";
import type { JourneyMapIssue } from "../../src/validate/issue";
import { generateJourneyMap } from "../support/generate-map";
import { minimalDocument } from "./fixtures/minimal";
import { DANGEROUS_URLS } from "../support/hostile-text";

function issuesOf(input: unknown, options?: Parameters<typeof safeParseJourneyMap>[1]): JourneyMapIssue[] {
  const result = safeParseJourneyMap(input, options);
  if (result.success) throw new Error("expected the document to be refused");
  return result.error.issues;
}

function summary(issues: JourneyMapIssue[]) {
  return issues.map((issue) => ({ code: issue.code, path: issue.path }));
}

describe("safeParseJourneyMap", () => {
  it("accepts a valid document and defaults every array to []", () => {
    const result = safeParseJourneyMap({ schemaVersion: 1, id: "m", title: "Empty" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      schemaVersion: 1,
      id: "m",
      title: "Empty",
      personas: [],
      stages: [],
      channels: [],
      teams: [],
      touchpoints: [],
      painPoints: [],
      opportunities: [],
      evidence: [],
      lanes: [],
    });
  });

  it("accepts a document with one of every entity and keeps every field", () => {
    const doc = minimalDocument();
    const result = safeParseJourneyMap(doc);
    expect(result.success).toBe(true);
    expect(result.data?.touchpoints[0]).toMatchObject(doc.touchpoints![0]!);
    expect(result.data?.touchpoints[0]?.tags).toEqual([]);
  });

  it("does not mutate its input", () => {
    const doc = minimalDocument();
    const copy = structuredClone(doc);
    safeParseJourneyMap(doc);
    expect(doc).toEqual(copy);
  });

  it("parses a string as JSON, ignoring a byte-order mark", () => {
    const result = safeParseJourneyMap(`\uFEFF${JSON.stringify(minimalDocument())}`);
    expect(result.success).toBe(true);
  });

  it("keeps extensions verbatim", () => {
    const extensions = { board: { id: 42, tags: ["a", null, true], nested: { deep: [1.5] } } };
    const result = safeParseJourneyMap({ ...minimalDocument(), extensions });
    expect(result.data?.extensions).toEqual(extensions);
  });

  it("reports invalid_json with the line and column of the syntax error", () => {
    const [issue] = issuesOf('{\n  "schemaVersion": 1,\n  "title": "x",\n}');
    expect(issue).toMatchObject({ code: "invalid_json", line: 4, column: 1, path: [] });
    expect(issue?.message).toMatch(/^line 4, column 1: /);
  });

  it("reports unsupported_schema_version alone, without reading the rest", () => {
    const issues = issuesOf({ schemaVersion: 2, id: 5, stages: "nope" });
    expect(summary(issues)).toEqual([{ code: "unsupported_schema_version", path: ["schemaVersion"] }]);
    expect(issues[0]?.message).toBe("schemaVersion: version 2 is not supported; this version of journeykit reads version 1");
  });

  it("refuses a missing schemaVersion as a structural issue", () => {
    const { schemaVersion: _, ...rest } = minimalDocument();
    expect(summary(issuesOf(rest))).toEqual([{ code: "invalid_value", path: ["schemaVersion"] }]);
  });

  it("refuses unknown keys and suggests the nearest known key", () => {
    const doc = minimalDocument();
    (doc.touchpoints![0] as Record<string, unknown>).emotoin = 3;
    const [issue] = issuesOf(doc);
    expect(issue).toMatchObject({
      code: "unrecognized_keys",
      path: ["touchpoints", 0, "emotoin"],
      keys: ["emotoin"],
      suggestion: "emotion",
    });
    expect(issue?.message).toBe('touchpoints[0].emotoin: unknown key "emotoin"; did you mean "emotion"?');
  });

  it("reports duplicate_id naming both places", () => {
    const doc = minimalDocument();
    doc.channels!.push({ id: "tp-queue", name: "Clash" });
    const [issue] = issuesOf(doc);
    expect(issue).toMatchObject({ code: "duplicate_id", path: ["touchpoints", 0, "id"], otherPath: ["channels", 1, "id"], id: "tp-queue" });
    expect(issue?.message).toContain("already used by channels[1]");
  });

  it("treats persona goal ids and the map id as document ids too", () => {
    const doc = minimalDocument();
    doc.stages!.push({ id: "g-fast", name: "Clash" }, { id: "map-1", name: "Clash 2" });
    expect(summary(issuesOf(doc))).toEqual([
      { code: "duplicate_id", path: ["stages", 2, "id"] },
      { code: "duplicate_id", path: ["stages", 3, "id"] },
    ]);
  });

  it("reports unknown_reference naming the field, the missing id and the nearest id of the right kind", () => {
    const doc = minimalDocument();
    doc.touchpoints![0]!.stageId = "s-purchse";
    const [issue] = issuesOf(doc);
    expect(issue).toMatchObject({ code: "unknown_reference", path: ["touchpoints", 0, "stageId"], id: "s-purchse", expected: "stage", suggestion: "s-purchase" });
    expect(issue?.message).toBe('touchpoints[0].stageId: no stage has the id "s-purchse"; did you mean "s-purchase"?');
  });

  it("says when a reference names an entity of the wrong kind", () => {
    const doc = minimalDocument();
    doc.touchpoints![0]!.ownerId = "ch-store";
    const [issue] = issuesOf(doc);
    expect(issue?.message).toBe('touchpoints[0].ownerId: "ch-store" is a channel, but this field must name a team');
  });

  it.each([
    ["stages", 0, ["goalIds", 0]],
    ["touchpoints", 0, ["channelId"]],
    ["touchpoints", 0, ["ownerId"]],
    ["touchpoints", 0, ["goalIds", 0]],
    ["touchpoints", 0, ["evidenceIds", 0]],
    ["touchpoints", 0, ["personaEmotions", 0, "personaId"]],
    ["touchpoints", 0, ["notes", 0, "laneId"]],
    ["painPoints", 0, ["touchpointIds", 0]],
    ["painPoints", 0, ["stageId"]],
    ["painPoints", 0, ["evidenceIds", 0]],
    ["opportunities", 0, ["painPointIds", 0]],
    ["opportunities", 0, ["touchpointIds", 0]],
    ["opportunities", 0, ["ownerId"]],
  ] as const)("checks the reference %s[%i].%s", (collection, index, path) => {
    const doc = minimalDocument() as Record<string, unknown>;
    let target = (doc[collection] as Record<string, unknown>[])[index] as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
    target[path[path.length - 1]!] = "nothing-here";
    expect(summary(issuesOf(doc))).toEqual([{ code: "unknown_reference", path: [collection, index, ...path] }]);
  });

  it("reports ten planted faults in one pass", () => {
    const doc = minimalDocument() as Record<string, any>;
    doc.channels[0].kind = "webby"; // 1 invalid enum
    doc.touchpoints[0].emotion = 9; // 2 out of range
    doc.touchpoints[0].stageId = "s-nowhere"; // 3 dangling
    doc.painPoints[0].touchpointIds = ["tp-gone"]; // 4 dangling
    doc.opportunities[0].ownerId = "team-gone"; // 5 dangling
    doc.evidence[0].url = "javascript:alert(1)"; // 6 bad url
    doc.evidence[0].collectedAt = "yesterday"; // 7 bad date
    doc.teams.push({ id: "ch-store", name: "Dup" }); // 8 duplicate id
    doc.stages[0].colour = "red"; // 9 unknown key
    doc.opportunities[0].impact = 2.5; // 10 not an integer
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(10);
    expect(issues.map((i) => i.code).sort()).toEqual(
      [
        "invalid_value",
        "too_big",
        "unknown_reference",
        "unknown_reference",
        "unknown_reference",
        "invalid_format",
        "invalid_format",
        "duplicate_id",
        "unrecognized_keys",
        "invalid_type",
      ].sort(),
    );
    for (const issue of issues) expect(issue.message.startsWith(`${issue.path.length ? "" : "(root)"}`)).toBe(true);
  });

  it("writes messages that start from the path", () => {
    const doc = minimalDocument() as Record<string, any>;
    doc.touchpoints[0].emotion = 0;
    const [issue] = issuesOf(doc);
    expect(issue?.message).toBe("touchpoints[0].emotion: must be at least 1, got 0");
  });

  it("still checks references when other parts are structurally broken", () => {
    const doc = minimalDocument() as Record<string, any>;
    doc.touchpoints[0].name = 42;
    doc.touchpoints[0].stageId = "s-missing";
    expect(summary(issuesOf(doc))).toEqual([
      { code: "invalid_type", path: ["touchpoints", 0, "name"] },
      { code: "unknown_reference", path: ["touchpoints", 0, "stageId"] },
    ]);
  });

  it("refuses only http and https urls", () => {
    for (const url of [...DANGEROUS_URLS, "data:text/html,x", "ftp://example.com", "//example.com"]) {
      const doc = minimalDocument() as Record<string, any>;
      doc.evidence[0].url = url;
      expect(summary(issuesOf(doc))).toEqual([{ code: "invalid_format", path: ["evidence", 0, "url"] }]);
    }
  });

  it("refuses keys that could reach an object prototype, at any level, without polluting", () => {
    const text = JSON.stringify(minimalDocument()).replace('"title":', '"__proto__":{"polluted":true},"title":');
    const withExtensions = JSON.parse(text);
    withExtensions.touchpoints[0].extensions = JSON.parse('{"constructor":{"prototype":{"polluted":true}}}');
    const issues = issuesOf(withExtensions);
    expect(summary(issues)).toEqual([
      { code: "invalid_key", path: ["__proto__"] },
      { code: "invalid_key", path: ["touchpoints", 0, "extensions", "constructor"] },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("never throws on inputs that are not objects", () => {
    for (const input of [undefined, null, 0, true, [], "", "[]", "null", Symbol("x"), () => 1, new Date(0)]) {
      const result = safeParseJourneyMap(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues.length).toBeGreaterThan(0);
    }
  });

  it("reports a getter that throws as an issue instead of crashing", () => {
    const doc = minimalDocument();
    Object.defineProperty(doc, "title", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(summary(issuesOf(doc))).toEqual([{ code: "custom", path: ["title"] }]);
  });
});

describe("safeParseJourneyMap limits", () => {
  it("refuses text longer than maxInputLength before parsing it", () => {
    const issues = issuesOf("x".repeat(101), { limits: { maxInputLength: 100 } });
    expect(issues).toMatchObject([{ code: "limit_exceeded", limit: "maxInputLength", maximum: 100 }]);
  });

  it("refuses a 100 MB document quickly", () => {
    const huge = `{"schemaVersion":1,"id":"m","title":"${"a".repeat(100 * 1024 * 1024)}"}`;
    const started = performance.now();
    const issues = issuesOf(huge);
    const elapsed = performance.now() - started;
    expect(issues[0]?.code).toBe("limit_exceeded");
    expect(elapsed).toBeLessThan(1000);
  });

  it.each([
    ["maxStringLength", { ...minimalDocument(), title: "x".repeat(51) }, { maxStringLength: 50 }, ["title"]],
    ["maxArrayLength", { ...minimalDocument(), lanes: Array.from({ length: 4 }, (_, i) => ({ id: `l${i}`, name: "L" })) }, { maxArrayLength: 3 }, ["lanes"]],
    ["maxEntities", minimalDocument(), { maxEntities: 5 }, ["touchpoints"]],
    ["maxNodes", minimalDocument(), { maxNodes: 20 }, []],
  ] as const)("refuses what breaks %s", (limit, doc, limits, path) => {
    const issues = issuesOf(doc, { limits });
    expect(issues).toMatchObject([{ code: "limit_exceeded", limit, path }]);
    expect(issues[0]?.message).toContain(limit);
  });

  it("refuses deep nesting, including cycles, without overflowing the stack", () => {
    let deep: Record<string, unknown> = {};
    const root = { ...minimalDocument(), extensions: deep };
    for (let i = 0; i < 100_000; i++) deep = deep.x = {};
    expect(issuesOf(root)[0]).toMatchObject({ code: "limit_exceeded", limit: "maxDepth" });
    const cyclic: Record<string, unknown> = { ...minimalDocument() };
    cyclic.extensions = { self: cyclic };
    expect(issuesOf(cyclic)[0]).toMatchObject({ code: "limit_exceeded", limit: "maxDepth" });
    expect(issuesOf(`${"[".repeat(200_000)}${"]".repeat(200_000)}`)[0]?.code).toMatch(/limit_exceeded|invalid_json/);
  });

  it("throws a RangeError or TypeError naming a bad limit", () => {
    expect(() => safeParseJourneyMap({}, { limits: { maxDepth: 0 } })).toThrow(RangeError);
    expect(() => safeParseJourneyMap({}, { limits: { maxDepth: 0 } })).toThrow(/limits\.maxDepth/);
    expect(() => safeParseJourneyMap({}, { limits: { maxDeep: 3 } as never })).toThrow(/maxDeep/);
  });

  it("accepts a 10,000-touchpoint map within the default limits", () => {
    const map = generateJourneyMap({ touchpoints: 10_000 });
    expect(safeParseJourneyMap(JSON.stringify(map)).success).toBe(true);
  });
});

describe("parseJourneyMap", () => {
  it("returns the map", () => {
    expect(parseJourneyMap(minimalDocument()).id).toBe("map-1");
  });

  it("throws a JourneyMapError with every issue", () => {
    const doc = minimalDocument() as Record<string, any>;
    doc.touchpoints[0].stageId = "x";
    doc.touchpoints[0].emotion = 7;
    let caught: unknown;
    try {
      parseJourneyMap(doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JourneyMapError);
    const error = caught as JourneyMapError;
    expect(error.name).toBe("JourneyMapError");
    expect(error.issues.map((i) => i.code)).toEqual(["too_big", "unknown_reference"]);
    expect(error.message).toContain("touchpoints[0].emotion");
    expect(error.message).toContain("touchpoints[0].stageId");
  });
});
