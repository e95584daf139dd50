import { describe, expect, it } from "vitest";
import { lineColumn, parseJsonText } from "../../src/validate/parse-json";

describe("parseJsonText", () => {
  it("parses valid JSON", () => {
    expect(parseJsonText('{"a":[1,true,null,"x"]}')).toEqual({ ok: true, value: { a: [1, true, null, "x"] } });
  });

  it.each([
    ['{"a":}', 1, 6, "unexpected character"],
    ['{\n  "a": 1,\n}', 3, 1, "property name"],
    ["[1,2", 1, 5, "end of input"],
    ["", 1, 1, "end of input"],
    ['{"a":1} x', 1, 9, "after the end"],
    ['{"a" 1}', 1, 6, "':'"],
    ["{'a':1}", 1, 2, "double quotes"],
    ['["\\x"]', 1, 3, "invalid escape"],
    ['{"a":[1,2,]}', 1, 11, "unexpected character"],
    ["\n\n   nul", 3, 4, "unexpected character"],
  ])("locates the syntax error in %j at line %i, column %i", (text, line, column, reason) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ code: "invalid_json", line, column, path: [] });
    expect(result.issue.message).toContain(reason);
    expect(result.issue.message.startsWith(`line ${line}, column ${column}: `)).toBe(true);
  });

  it("handles very deep nesting without overflowing the stack", () => {
    const result = parseJsonText("[".repeat(500_000));
    expect(result.ok).toBe(false);
  });
});

describe("lineColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
