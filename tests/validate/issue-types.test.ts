import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { fromCsv } from "../../src/io/csv/from-csv";
import {
  type IssuePath,
  JOURNEY_MAP_ISSUE_CODES,
  type JourneyMapIssue,
  type JourneyMapIssueCode,
  type JourneyMapIssueFields,
  type JourneyMapIssueOf,
  makeIssue,
} from "../../src/validate/issue";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";

describe("JourneyMapIssue is a union by code", () => {
  it("narrows to the fields of the code", () => {
    const issue = {} as JourneyMapIssue;
    if (issue.code === "limit_exceeded") {
      expectTypeOf(issue.limit).toEqualTypeOf<string>();
      expectTypeOf(issue.maximum).toEqualTypeOf<number>();
    }
    if (issue.code === "invalid_json") {
      expectTypeOf(issue.line).toEqualTypeOf<number>();
      expectTypeOf(issue.column).toEqualTypeOf<number>();
    }
    if (issue.code === "unknown_reference") {
      expectTypeOf(issue.id).toEqualTypeOf<string>();
      expectTypeOf(issue.suggestion).toEqualTypeOf<string | undefined>();
    }
    if (issue.code === "duplicate_id") expectTypeOf(issue.otherPath).toEqualTypeOf<IssuePath | undefined>();
    if (issue.code === "unrecognized_keys") expectTypeOf(issue.keys).toEqualTypeOf<string[]>();
    if (issue.code === "stage_not_empty") expectTypeOf(issue.id).toEqualTypeOf<string>();
    if (issue.code === "invalid_type") expectTypeOf(issue).not.toHaveProperty("limit");
  });

  it("lists every code once, in the constant and in the fields", () => {
    expectTypeOf<JourneyMapIssueCode>().toEqualTypeOf<keyof JourneyMapIssueFields>();
    expectTypeOf<JourneyMapIssue["code"]>().toEqualTypeOf<JourneyMapIssueCode>();
    expectTypeOf<JourneyMapIssueOf<"not_found">>().toExtend<JourneyMapIssue>();
    expect(new Set(JOURNEY_MAP_ISSUE_CODES).size).toBe(JOURNEY_MAP_ISSUE_CODES.length);
  });

  it("makes the required fields of a code required when an issue is built", () => {
    // @ts-expect-error limit_exceeded needs its limit and maximum
    makeIssue("limit_exceeded", [], "too long");
    // @ts-expect-error unknown_reference needs the id and the kind expected
    makeIssue("unknown_reference", ["stageId"], "no stage");
    const issue = makeIssue("limit_exceeded", [], "too long", { limit: "maxInputLength", maximum: 10 });
    expectTypeOf(issue).toEqualTypeOf<JourneyMapIssueOf<"limit_exceeded">>();
    expect(issue).toEqual({ code: "limit_exceeded", path: [], message: "(root): too long", limit: "maxInputLength", maximum: 10 });
  });

  it("refuses a code that varies unless every code it may be needs no field", () => {
    const code = Math.random() > 2 ? "unknown_reference" : "invalid_value";
    // @ts-expect-error the code may be unknown_reference, whose id and expected are missing
    makeIssue(code, [], "bad");
    const plain = Math.random() > 2 ? "too_big" : "too_small";
    expect(makeIssue(plain, ["index"], "out of range").code).toBe("too_small");
  });

  it("gives issues that the parsers return the fields their code promises", () => {
    const json = safeParseJourneyMap('{"schemaVersion": 1,');
    const syntax = json.success ? undefined : json.error.issues[0];
    expect(syntax?.code).toBe("invalid_json");
    if (syntax?.code === "invalid_json") expect([syntax.line, syntax.column]).toEqual([1, 21]);
    const csv = fromCsv("touchpoint,stagee\nA,B\n");
    const unknown = csv.success ? undefined : csv.error.issues.find((issue) => issue.code === "unrecognized_keys");
    expect(unknown).toMatchObject({ keys: ["stagee"], suggestion: "stage", line: 1, column: 2 });
  });
});

describe("docs/validation.md", () => {
  const text = readFileSync(join(import.meta.dirname, "../../docs/validation.md"), "utf8");
  const table = text.slice(text.indexOf("## Issue codes"), text.indexOf("## Untrusted input"));
  const rows = [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);

  it("has one row per issue code, in the order of JOURNEY_MAP_ISSUE_CODES", () => {
    expect(rows).toEqual([...JOURNEY_MAP_ISSUE_CODES]);
  });
});
