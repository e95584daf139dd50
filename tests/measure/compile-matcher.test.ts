import { describe, expect, it } from "vitest";
import { compileMatcher, urlPath } from "../../src/measure/compile-matcher";
import { safeParseJourneyMap } from "../../src/validate/index";

describe("compileMatcher", () => {
  const match = compileMatcher([
    { observe: [{ url: "/orders/:id" }] },
    { observe: [{ url: "/help/*" }] },
    { observe: [{ event: "a*b", where: { plan: "pro" } }] },
    { observe: [{ event: "a*b" }] },
  ]);
  const winner = (event: string, url?: string, properties?: Record<string, unknown>) => match(event, url, properties).winner;

  it.each([
    ["/orders/42", 0],
    ["https://x.example/orders/42?a=1#h", 0],
    ["/orders/42/", 0],
    ["/orders", -1],
    ["/orders/42/items", -1],
    ["/help", 1],
    ["/help/a/b", 1],
    ["/helpers", -1],
  ])("matches the URL %j to touchpoint %i", (url, expected) => {
    expect(winner("page", url)).toBe(expected);
  });

  it("matches globs across any characters, and where properties for equality", () => {
    expect(winner("a.x.b", undefined, { plan: "pro" })).toBe(2);
    expect(winner("ab", undefined, { plan: "free" })).toBe(3);
    expect(winner("abc")).toBe(-1);
    expect(match("ab", undefined, { plan: "pro" })).toEqual({ winner: 2, overlap: 3 });
  });

  it("takes regular-expression characters in globs literally", () => {
    const literal = compileMatcher([{ observe: [{ event: "a.(b)+*" }] }]);
    expect(literal("a.(b)+x", undefined, undefined).winner).toBe(0);
    expect(literal("aX(b)+x", undefined, undefined).winner).toBe(-1);
  });

  it("reads the path of a URL", () => {
    expect(urlPath("https://a.example")).toBe("/");
    expect(urlPath("/x/?q#h")).toBe("/x");
  });
});

describe("validation of observe rules", () => {
  const doc = (observe: unknown) => ({ schemaVersion: 1, id: "m", title: "t", stages: [{ id: "s", name: "S" }], touchpoints: [{ id: "a", stageId: "s", name: "A", observe }] });

  it.each([
    [[{}], ["touchpoints", 0, "observe", 0]],
    [[{ where: {} }], ["touchpoints", 0, "observe", 0]],
    [[{ url: "orders" }], ["touchpoints", 0, "observe", 0, "url"]],
    [[{ url: "/a/*/b" }], ["touchpoints", 0, "observe", 0, "url"]],
    [[{ url: "/a?x=1" }], ["touchpoints", 0, "observe", 0, "url"]],
    [[{ url: "/a/x:id" }], ["touchpoints", 0, "observe", 0, "url"]],
    [[{ event: "" }], ["touchpoints", 0, "observe", 0, "event"]],
    [[{ event: "a", color: "red" }], ["touchpoints", 0, "observe", 0, "color"]],
  ])("reports %j at its path", (observe, path) => {
    const result = safeParseJourneyMap(doc(observe));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([path]);
  });

  it("accepts good rules", () => {
    expect(safeParseJourneyMap(doc([{ event: "checkout.*" }, { url: "/orders/:id/*" }, { where: { plan: "pro", step: 2, paid: true } }])).success).toBe(true);
  });
});
