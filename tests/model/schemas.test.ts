import { describe, expect, it } from "vitest";
import { COLLECTIONS, COLLECTION_NAMES } from "../../src/model/entities";
import { JourneyMapSchema } from "../../src/model/journey-map";
import { IdSchema, IsoDateSchema } from "../../src/model/primitives";
import { REFERENCE_FIELDS } from "../../src/model/references";

describe("the document model", () => {
  it("names every collection of the map in COLLECTIONS", () => {
    for (const name of COLLECTION_NAMES) expect(Object.keys(JourneyMapSchema.shape)).toContain(name);
    expect(COLLECTION_NAMES).toHaveLength(12);
  });

  it("lists only references whose fields exist in the entity schemas", () => {
    for (const field of REFERENCE_FIELDS) {
      const shape = COLLECTIONS[field.from].schema.shape as Record<string, unknown>;
      expect(shape).toHaveProperty(field.path[0]!);
    }
  });

  it("defaults every array of a touchpoint to []", () => {
    const tp = COLLECTIONS.touchpoints.schema.parse({ id: "t", stageId: "s", name: "Queue" });
    for (const key of ["actions", "thoughts", "feelings", "personaEmotions", "goalIds", "evidenceIds", "metrics", "notes", "tags"]) {
      expect(tp[key as keyof typeof tp]).toEqual([]);
    }
  });

  it("does not share default arrays between documents", () => {
    const a = JourneyMapSchema.parse({ schemaVersion: 1, id: "a", title: "A" });
    const b = JourneyMapSchema.parse({ schemaVersion: 1, id: "b", title: "B" });
    expect(a.stages).not.toBe(b.stages);
  });

  it.each(["tp-1", "s.awareness", "A:b_c-d", "x".repeat(128)])("accepts the id %j", (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it.each(["", "-x", "a b", "x".repeat(129), "<script>", "é"])("refuses the id %j", (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });

  it.each(["2026-03-01", "2026-03-01T09:30", "2026-03-01T09:30:00Z", "2026-03-01T09:30:00.123+02:00"])("accepts the date %j", (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(true);
  });

  it.each(["2026-13-01", "2026-02-32", "01/03/2026", "2026-3-1", "yesterday"])("refuses the date %j", (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(false);
  });

  it("refuses emotions outside 1–5 and accepts fractions inside", () => {
    const touchpoint = COLLECTIONS.touchpoints.schema;
    const base = { id: "t", stageId: "s", name: "n" };
    expect(touchpoint.safeParse({ ...base, emotion: 0 }).success).toBe(false);
    expect(touchpoint.safeParse({ ...base, emotion: 5.5 }).success).toBe(false);
    expect(touchpoint.safeParse({ ...base, emotion: 3.5 }).success).toBe(true);
  });
});
