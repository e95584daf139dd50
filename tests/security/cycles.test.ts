import { describe, expect, it } from "vitest";
import { JourneyMapSchema } from "../../src/model/journey-map";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";

function cyclicMap(): Record<string, unknown> {
  const loop: Record<string, unknown> = { name: "loop" };
  loop.self = loop;
  return { schemaVersion: 1, id: "m", title: "Cycles", extensions: { loop } };
}

describe("cyclic values", () => {
  it("are refused by the exported schema, not looped over forever", () => {
    const result = JourneyMapSchema.safeParse(cyclicMap());
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["extensions", "loop"]);
  });

  it("are refused by safeParseJourneyMap with a coded issue", () => {
    const result = safeParseJourneyMap(cyclicMap());
    expect(result.success).toBe(false);
    expect(result.error?.issues.length).toBeGreaterThan(0);
  });

  it("still accept the same object shared twice without a cycle (a DAG is JSON-serialisable)", () => {
    const shared = { a: 1 };
    const result = JourneyMapSchema.safeParse({ schemaVersion: 1, id: "m", title: "Shared", extensions: { x: shared, y: [shared, { z: shared }] } });
    expect(result.success).toBe(true);
  });
});
