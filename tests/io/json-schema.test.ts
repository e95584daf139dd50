import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { journeyMapJsonSchema } from "../../src/io/json-schema";
import { JourneyMapSchema } from "../../src/model/journey-map";
import { minimalDocument } from "../validate/fixtures/minimal";

const root = join(import.meta.dirname, "..", "..");
const committed = JSON.parse(readFileSync(join(root, "schema", "journey-map.schema.json"), "utf8"));
const exampleFiles = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".json"));

function compile() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(journeyMapJsonSchema());
}

/** Structurally invalid documents: each breaks exactly one rule that JSON Schema can express. */
function invalidFixtures(): [string, unknown][] {
  const make = (edit: (doc: Record<string, any>) => void) => {
    const doc = minimalDocument() as Record<string, any>;
    edit(doc);
    return doc;
  };
  return [
    ["a missing title", make((d) => delete d.title)],
    ["an empty title", make((d) => (d.title = ""))],
    ["schemaVersion 2", make((d) => (d.schemaVersion = 2))],
    ["an unknown key", make((d) => (d.touchpoints[0].emotoin = 3))],
    ["an emotion of 9", make((d) => (d.touchpoints[0].emotion = 9))],
    ["a severity of 2.5", make((d) => (d.painPoints[0].severity = 2.5))],
    ["a frequency above 1", make((d) => (d.painPoints[0].frequency = 1.2))],
    ["an unknown channel kind", make((d) => (d.channels[0].kind = "webby"))],
    ["an unknown opportunity status", make((d) => (d.opportunities[0].status = "someday"))],
    ["an id with spaces", make((d) => (d.stages[0].id = "s awareness"))],
    ["a date that is not ISO", make((d) => (d.evidence[0].collectedAt = "01/02/2026"))],
    ["a stages value that is not an array", make((d) => (d.stages = {}))],
    ["a document that is an array", []],
  ];
}

describe("journeyMapJsonSchema", () => {
  it("matches the committed schema/journey-map.schema.json (run `npm run schema` to update)", () => {
    expect(journeyMapJsonSchema()).toEqual(committed);
  });

  it("is a draft 2020-12 schema with an id and a description of what it cannot check", () => {
    const schema = journeyMapJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/journey-map/);
    expect(schema.description).toMatch(/unique across the document/);
  });

  it("returns a new object on each call", () => {
    expect(journeyMapJsonSchema()).not.toBe(journeyMapJsonSchema());
  });

  it("ships at least the two bundled examples to check against", () => {
    expect(exampleFiles).toEqual(expect.arrayContaining(["coffee-shop.json", "saas-onboarding.json"]));
  });

  it.each(exampleFiles)("accepts the example %s, as zod does", (file) => {
    const doc = JSON.parse(readFileSync(join(root, "examples", file), "utf8"));
    const validate = compile();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(JourneyMapSchema.safeParse(doc).success).toBe(true);
  });

  it("accepts documents that rely on array defaults", () => {
    expect(compile()({ schemaVersion: 1, id: "m", title: "Minimal" })).toBe(true);
    expect(compile()(minimalDocument())).toBe(true);
  });

  it.each(invalidFixtures())("rejects %s, as zod does", (_, doc) => {
    expect(compile()(doc)).toBe(false);
    expect(JourneyMapSchema.safeParse(doc).success).toBe(false);
  });
});
