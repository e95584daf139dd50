import { describe, expect, it } from "vitest";
import { createId, createSequentialIdGenerator } from "../../src/model/create-id";
import { createJourneyMap } from "../../src/model/create-journey-map";
import { DEFAULT_STAGES } from "../../src/model/default-stages";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";

describe("createJourneyMap", () => {
  it("creates a valid map with the five default stages", () => {
    const map = createJourneyMap({ title: "Opening an account", generateId: createSequentialIdGenerator() });
    expect(map.id).toBe("map-1");
    expect(map.stages.map((s) => s.name)).toEqual(["Awareness", "Consideration", "Purchase", "Experience", "Loyalty & advocacy"]);
    expect(map.stages.map((s) => s.id)).toEqual(DEFAULT_STAGES.map((s) => s.id));
    expect(map.stages.every((s) => typeof s.goal === "string" && s.goal.length > 0)).toBe(true);
    expect(safeParseJourneyMap(map)).toEqual({ success: true, data: map });
  });

  it("takes stages as names or objects, slugging ids and keeping them unique", () => {
    const map = createJourneyMap({
      title: "T",
      id: "m",
      stages: ["Sign up", { name: "Sign up" }, { name: "Use", id: "s-custom", goal: "Get value" }, "日本"],
      generateId: createSequentialIdGenerator(),
    });
    expect(map.stages.map((s) => s.id)).toEqual(["s-sign-up", "s-1", "s-custom", "s-2"]);
    expect(map.stages[2]?.goal).toBe("Get value");
    expect(safeParseJourneyMap(map).success).toBe(true);
  });

  it("throws a TypeError for an empty title or stage name", () => {
    expect(() => createJourneyMap({ title: "" })).toThrow(TypeError);
    expect(() => createJourneyMap({ title: "T", stages: [""] })).toThrow(/invalid stages/);
  });

  it("exposes DEFAULT_STAGES frozen", () => {
    expect(Object.isFrozen(DEFAULT_STAGES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_STAGES[0])).toBe(true);
  });
});

describe("createId", () => {
  it("returns the prefix, a dash and ten base-36 characters", () => {
    expect(createId("tp")).toMatch(/^tp-[0-9a-z]{10}$/);
    expect(createId()).toMatch(/^id-[0-9a-z]{10}$/);
  });

  it("returns different ids on each call", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createId("x")));
    expect(ids.size).toBe(1000);
  });

  it("throws a TypeError for a prefix that cannot start an id", () => {
    expect(() => createId("-x")).toThrow(TypeError);
    expect(() => createId("a b")).toThrow(/invalid prefix/);
  });
});

describe("createSequentialIdGenerator", () => {
  it("counts from the start, across prefixes", () => {
    const next = createSequentialIdGenerator(5);
    expect([next("tp"), next("pp"), next("tp")]).toEqual(["tp-5", "pp-6", "tp-7"]);
  });

  it("throws a RangeError for a start that is not a safe integer", () => {
    expect(() => createSequentialIdGenerator(1.5)).toThrow(RangeError);
  });
});

describe("createJourneyMap stage ids", () => {
  it("cuts a long name's slug to 40 characters without leaving a dash at the end", () => {
    const map = createJourneyMap({ title: "T", stages: [`${"a".repeat(39)} b`, "Été à Paris"] });
    expect(map.stages.map((s) => s.id)).toEqual([`s-${"a".repeat(39)}`, "s-ete-a-paris"]);
  });
});
