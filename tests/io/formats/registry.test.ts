import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileMapArbitrary } from "../../fuzz/arbitraries";
import { detectFormat, extensionOf, findFormat, formatOfPath } from "../../../src/io/formats/find-format";
import { MissingPeerDependencyError } from "../../../src/io/formats/journey-map-format";
import { JOURNEY_MAP_FORMATS } from "../../../src/io/formats/registry";
import { renderJourneyMapSvg } from "../../../src/render/render-journey-map-svg";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import * as root from "../../../src/index";

const coffee = parseJourneyMap(readFileSync(new URL("../../../examples/coffee-shop.json", import.meta.url), "utf8"));
const format = (name: string) => {
  const found = findFormat(name);
  if (!found) throw new Error(`no format ${name}`);
  return found;
};

describe("JOURNEY_MAP_FORMATS", () => {
  it("declares each format completely: a lower-case name, dotted extensions, a one-line description, read or write", () => {
    for (const f of JOURNEY_MAP_FORMATS) {
      expect(f.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(f.extensions.length).toBeGreaterThan(0);
      for (const extension of f.extensions) expect(extension).toMatch(/^\.[a-z0-9]+$/);
      expect(f.description).not.toMatch(/\n/);
      expect(f.description.length).toBeGreaterThan(5);
      expect(f.read !== undefined || f.readBytes !== undefined || f.write !== undefined || f.readEvents !== undefined || f.engineSource !== undefined).toBe(true);
      expect(["map", "render", "events"]).toContain(f.role);
    }
  });

  it.each(["map", "render", "events"])("gives every name, alias and extension to one %s format only", (role) => {
    const formats = JOURNEY_MAP_FORMATS.filter((f) => f.role === role || (role !== "events" && f.role !== "events"));
    const names = formats.flatMap((f) => [f.name, ...f.aliases]);
    const extensions = formats.flatMap((f) => f.extensions);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(extensions).size).toBe(extensions.length);
  });

  it("holds json, mermaid, csv and xlsx (read and write) and svg, png, html and pdf (write only)", () => {
    const table = JOURNEY_MAP_FORMATS.map((f) => [f.name, f.role, f.read !== undefined || f.readBytes !== undefined, f.write !== undefined]);
    expect(table).toEqual([
      ["json", "map", true, true],
      ["mermaid", "map", true, true],
      ["csv", "map", true, true],
      ["xlsx", "map", true, true],
      ["svg", "render", false, true],
      ["png", "render", false, true],
      ["html", "render", false, true],
      ["pdf", "render", false, true],
      ["csv", "events", false, false],
      ["jsonl", "events", false, false],
      ["parquet", "events", false, false],
    ]);
    expect(JOURNEY_MAP_FORMATS.filter((f) => f.role === "events").map((f) => [f.name, f.readEvents !== undefined, f.engineSource])).toEqual([
      ["csv", true, "csv"],
      ["jsonl", true, "jsonl"],
      ["parquet", false, "parquet"],
    ]);
    expect(format("png").peer).toBe("@resvg/resvg-js");
    expect(format("xlsx").peer).toBe("exceljs");
    expect(format("pdf").peer).toBe("pdfkit svg-to-pdfkit");
    expect(formatOfPath("Map.HTM")?.name).toBe("html");
    expect(formatOfPath("map.xlsx")?.name).toBe("xlsx");
  });

  it("round-trips the example through every map format, keeping stages and touchpoint names", async () => {
    for (const f of JOURNEY_MAP_FORMATS.filter((f) => f.role === "map")) {
      const written = await f.write!(coffee, {});
      expect(typeof written).toBe(f.readBytes ? "object" : "string");
      const back = f.readBytes ? await f.readBytes(written as Uint8Array) : f.read!(written as string);
      expect(back.success, f.name).toBe(true);
      expect(back.data!.stages.map((s) => s.name)).toEqual(coffee.stages.map((s) => s.name));
      expect(back.data!.touchpoints.map((t) => t.name)).toEqual(coffee.touchpoints.map((t) => t.name));
    }
  });

  it("writes SVG exactly as renderJourneyMapSvg does, with the render options", async () => {
    const options = { theme: "dark" as const, lanes: ["stages", "touchpoints", "emotion"] };
    expect(await format("svg").write!(coffee, { render: options })).toBe(renderJourneyMapSvg(coffee, options));
  });

  it("writes PNG bytes through the optional renderer, and refuses a bad scale naming it", async () => {
    const png = (await format("png").write!(coffee, { scale: 0.25 })) as Uint8Array;
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await expect(format("png").write!(coffee, { scale: -1 })).rejects.toThrow(/invalid scale/);
  });

  it("is exported from the package root with its lookups", () => {
    expect(root.JOURNEY_MAP_FORMATS).toBe(JOURNEY_MAP_FORMATS);
    expect(root.findFormat).toBe(findFormat);
    expect(new MissingPeerDependencyError("pkg", "X output").message).toBe("X output needs the optional package pkg, which is not installed (npm install pkg)");
  });
});

describe("findFormat, extensionOf and formatOfPath", () => {
  it("finds formats by name or alias, ignoring case", () => {
    expect(findFormat("MMD")?.name).toBe("mermaid");
    expect(findFormat("Json")?.name).toBe("json");
    expect(findFormat("yaml")).toBeUndefined();
    expect(findFormat("constructor")).toBeUndefined();
  });

  it.each([
    ["journey.json", ".json"],
    ["maps/Journey.MMD", ".mmd"],
    ["C:\\maps\\a.b\\journey", ""],
    ["folder.d/journey", ""],
    [".hidden", ""],
    ["archive.tar.gz", ".gz"],
  ])("reads the extension of %j as %j", (path, extension) => {
    expect(extensionOf(path)).toBe(extension);
  });

  it("names the format of a path by its extension", () => {
    expect(formatOfPath("a/b.mermaid")?.name).toBe("mermaid");
    expect(formatOfPath("out.PNG")?.name).toBe("png");
    expect(formatOfPath("out.yaml")).toBeUndefined();
    expect(formatOfPath("out")).toBeUndefined();
  });
});

describe("detectFormat", () => {
  it.each([
    ['  {"schemaVersion": 1}', "json"],
    ["\uFEFF[]", "json"],
    ["journey\n  title T\n", "mermaid"],
    ["%% a comment\n%%{init: {}}%%\n\n  journey\n", "mermaid"],
    ["---\ntitle: T\n---\njourney\n", "mermaid"],
    ["# notes\nJOURNEY\n", "mermaid"],
    ["stage,touchpoint\nA,B\n", "csv"],
    ["journeys,are\nfun,yes\n", "csv"],
    ["---\ntitle: never closed\njourney\n", "csv"],
  ])("reads %j as %s", (text, name) => {
    expect(detectFormat(text)?.name).toBe(name);
  });

  it("recognises whatever toJson, toMermaid and toCsv write, for any map", async () => {
    await fc.assert(
      fc.asyncProperty(hostileMapArbitrary, async (map) => {
        for (const name of ["json", "mermaid", "csv"]) {
          const text = (await format(name).write!(map, {})) as string;
          expect(detectFormat(text)?.name).toBe(name);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("never throws and always answers on any text (CSV takes the rest)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(detectFormat(text)?.read).toBeDefined();
      }),
    );
  });
});
