import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { main } from "../../src/cli/main";
import { fromCsv } from "../../src/io/csv/from-csv";
import { toCsv } from "../../src/io/csv/to-csv";
import { toMarkdownReport } from "../../src/io/markdown-report";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { toMermaid } from "../../src/io/mermaid/to-mermaid";
import { JourneyMapError } from "../../src/validate/journey-map-error";
import { parseJourneyMap, safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { memoryCli } from "../fuzz/memory-cli";
import { PROTOTYPE_KEYS } from "../support/hostile-text";
import { hostileMap } from "../support/hostile-map";
import { expectPrototypesUnchanged, prototypeSnapshot } from "./pollution";

const PAYLOAD = { polluted: "yes", prototype: { polluted: "yes" }, toString: "yes" };

/** Paths of every object in a document (the root, entities, nested records, extensions). */
function objectPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((item, i) => void objectPaths(item, [...path, i], out));
  else if (typeof value === "object" && value !== null) {
    out.push(path);
    for (const [key, item] of Object.entries(value)) objectPaths(item, [...path, key], out);
  }
  return out;
}

function at(doc: unknown, path: readonly (string | number)[]): Record<string, unknown> {
  return path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], doc) as Record<string, unknown>;
}

/** A valid document (as JSON data) with every kind of nested object, extensions included. */
const base = JSON.parse(JSON.stringify(hostileMap("plain text"))) as Record<string, unknown>;
const PATHS = objectPaths(base);

/** The same key planted at `path` in three ways: as JSON text, via JSON.parse, via defineProperty. */
function planted(key: string, path: readonly (string | number)[]) {
  const defined = structuredClone(base);
  Object.defineProperty(at(defined, path), key, { value: structuredClone(PAYLOAD), enumerable: true, writable: true, configurable: true });
  const text = JSON.stringify(defined);
  return { text, parsed: JSON.parse(text) as unknown, defined };
}

describe("prototype keys at every level of a document", () => {
  it("covers the root, every collection and nested records", () => {
    expect(PATHS.length).toBeGreaterThan(30);
    for (const collection of ["personas", "stages", "channels", "teams", "touchpoints", "painPoints", "opportunities", "evidence", "lanes"]) {
      expect(PATHS.some((p) => p[0] === collection)).toBe(true);
    }
    expect(PATHS).toContainEqual(["extensions"]);
    expect(PATHS).toContainEqual(["touchpoints", 0, "personaEmotions", 0]);
    expect(PATHS).toContainEqual(["metadata"]);
  });

  for (const key of PROTOTYPE_KEYS) {
    it(`refuses "${key}" with invalid_key wherever it appears, in every form, without polluting anything`, () => {
      const before = prototypeSnapshot();
      for (const path of PATHS) {
        const { text, parsed, defined } = planted(key, path);
        expect(text).toContain(`"${key}":`);
        for (const input of [text, parsed, defined]) {
          const result = safeParseJourneyMap(input);
          expect(result.success, `${key} at ${JSON.stringify(path)}`).toBe(false);
          expect(result.error!.issues).toContainEqual(expect.objectContaining({ code: "invalid_key", path: [...path, key] }));
          expect(() => parseJourneyMap(input)).toThrow(JourneyMapError);
        }
        expectPrototypesUnchanged(before);
      }
    });
  }

  it("refuses an enumerable property inherited from a prototype instead of reading it as data", () => {
    const before = prototypeSnapshot();
    const doc = Object.create({ polluted: "yes", touchpoints: "not an array" }) as Record<string, unknown>;
    Object.assign(doc, structuredClone(base));
    const result = safeParseJourneyMap(doc);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: "invalid_type", path: [] })]);
    expect(result.error!.issues[0]!.message).toContain("custom prototype");
    expectPrototypesUnchanged(before);
  });

  it("accepts an object without a prototype", () => {
    const doc = Object.assign(Object.create(null) as Record<string, unknown>, structuredClone(base));
    expect(safeParseJourneyMap(doc).success).toBe(true);
  });
});

describe("prototype keys as names and text", () => {
  for (const key of [...PROTOTYPE_KEYS, "toString", "hasOwnProperty", "valueOf"]) {
    it(`reads, analyses and exports a map whose every text is "${key}" without harm`, () => {
      const before = prototypeSnapshot();
      const map = hostileMap(key);
      const analysis = analyzeJourneyMap(map, { asOf: "2026-06-01" });
      expect(analysis.findings.length).toBeGreaterThan(0);
      expect(toMarkdownReport(map, analysis)).toContain(key.replace(/_/g, "\\_"));
      const mermaid = fromMermaid(toMermaid(map));
      expect(mermaid.success).toBe(true);
      expect(mermaid.data!.touchpoints.map((t) => t.name)).toEqual(map.touchpoints.map((t) => t.name));
      const csv = fromCsv(toCsv(map));
      expect(csv.success).toBe(true);
      // toCsv is lossless: every stage and pain point comes back as it was.
      expect(csv.data!.stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
      expect(csv.data!.painPoints.map((p) => p.title)).toEqual(map.painPoints.map((p) => p.title));
      expectPrototypesUnchanged(before);
    });
  }

  it("reads CSV and Mermaid whose names are prototype keys", () => {
    const before = prototypeSnapshot();
    const csv = fromCsv(
      "stage,touchpoint,channel,owner,pain points\n__proto__,constructor,prototype,__proto__,constructor\nconstructor,__proto__,__proto__,constructor,__proto__\n",
    );
    expect(csv.success).toBe(true);
    expect(csv.data!.stages.map((s) => s.name)).toEqual(["__proto__", "constructor"]);
    expect(csv.data!.teams.map((t) => t.name)).toEqual(["__proto__", "constructor"]);
    const mermaid = fromMermaid("journey\n  section __proto__\n    constructor: 3: __proto__, prototype\n    prototype: 2: constructor\n");
    expect(mermaid.success).toBe(true);
    expect(mermaid.data!.personas.map((p) => p.name)).toEqual(["__proto__", "prototype", "constructor"]);
    expectPrototypesUnchanged(before);
  });
});

describe("prototype keys in CLI arguments", () => {
  for (const name of [...PROTOTYPE_KEYS, "toString", "hasOwnProperty"]) {
    it(`refuses --template ${name} as an unknown template (exit 2) and writes nothing`, async () => {
      const cli = memoryCli();
      const code = await main(["init", "out.json", "--template", name], cli.ctx);
      expect(cli.stderr()).toContain(`unknown --template "${name}"`);
      expect(code).toBe(2);
      expect(cli.files.has("out.json")).toBe(false);
    });
  }

  it("treats prototype keys as file names and formats like any other unknown word", async () => {
    const before = prototypeSnapshot();
    for (const argv of [
      ["validate", "__proto__"],
      ["convert", "constructor", "--to", "__proto__"],
      ["analyze", "-", "--format", "constructor"],
      ["__proto__"],
      ["constructor", "--help"],
      ["help", "__proto__"],
    ]) {
      const cli = memoryCli();
      const code = await main(argv, cli.ctx);
      expect([0, 1, 2]).toContain(code);
      expect(cli.stderr()).not.toMatch(/is not a function|Cannot read|Cannot convert/);
    }
    expectPrototypesUnchanged(before);
  });
});
