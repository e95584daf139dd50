import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliResult, buildCli, runCli } from "./run-cli";

const examples = join(import.meta.dirname, "..", "..", "examples");
const coffee = join(examples, "coffee-shop.json");
const coffeeTouchpoints = JSON.parse(readFileSync(coffee, "utf8")).touchpoints.length as number;
const saas = join(examples, "saas-onboarding.json");
let cli = "";
let work = "";
const run = (args: string[], options?: Parameters<typeof runCli>[2]): CliResult => runCli(cli, args, { cwd: work, ...options });

beforeAll(async () => {
  cli = await buildCli();
  work = mkdtempSync(join(tmpdir(), "journeykit-work-"));
}, 60_000);

describe("journeykit (no command)", () => {
  it("prints an overview of every command and exits 2 without a command", () => {
    const result = run([]);
    expect(result.code).toBe(2);
    for (const name of ["validate", "analyze", "diff", "convert", "schema", "init"]) expect(result.stdout).toContain(name);
  });

  it("prints its version", () => {
    expect(run(["--version"]).stdout.trim()).toBe("9.9.9-test");
  });

  it("refuses an unknown command with a hint", () => {
    const result = run(["anlyze", coffee]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "anlyze"; did you mean "analyze"?');
  });

  it.each(["validate", "analyze", "diff", "convert", "schema", "init"])("has --help with examples for %s", (name) => {
    const result = run([name, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: journeykit ${name}`);
    expect(result.stdout).toContain("Examples:");
  });
});

describe("journeykit validate", () => {
  it("accepts the examples and exits 0", () => {
    const result = run(["validate", coffee, saas]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Morning coffee at Bean There (${coffeeTouchpoints} touchpoints)`);
  });

  it("reports a missing file and exits 1", () => {
    const result = run(["validate", "missing.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("missing.json: no such file");
  });

  it("gives file:line:col for a JSON syntax error", () => {
    writeFileSync(join(work, "broken.json"), '{\n  "schemaVersion": 1,\n  "title": "x",\n}\n');
    const result = run(["validate", "broken.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.json:4:1: .*\[invalid_json\]$/m);
  });

  it("gives the JSON path for everything else, every issue", () => {
    const doc = JSON.parse(readFileSync(coffee, "utf8"));
    doc.touchpoints[2].emotion = 9;
    doc.touchpoints[3].stageId = "s-purchse";
    writeFileSync(join(work, "bad.json"), JSON.stringify(doc));
    const result = run(["validate", "bad.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("bad.json: touchpoints[2].emotion: must be at most 5, got 9 [too_big]");
    expect(result.stderr).toContain('bad.json: touchpoints[3].stageId: no stage has the id "s-purchse"; did you mean "s-purchase"? [unknown_reference]');
  });

  it("reads standard input with -", () => {
    const result = run(["validate", "-"], { input: readFileSync(coffee, "utf8") });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("<stdin>");
  });

  it("refuses empty input", () => {
    const result = run(["validate", "-"], { input: "" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the input is empty");
  });

  it("refuses an unknown flag with a hint", () => {
    const result = run(["validate", "--quite", coffee]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option --quite");
    expect(result.stderr).toContain("did you mean --quiet?");
  });
});

describe("journeykit analyze", () => {
  it("prints findings as text", () => {
    const result = run(["analyze", coffee, "--as-of", "2026-11-01"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Morning coffee at Bean There: \d+ critical/);
    expect(result.stdout).toContain("experience_gap");
  });

  it("prints JSON that parses, with findings and scores", () => {
    const result = run(["analyze", coffee, "--format", "json", "--as-of", "2026-11-01"]);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(analysis.scores.health).toBeGreaterThan(0);
  });

  it("writes a Markdown report to a file", () => {
    const result = run(["analyze", saas, "--format", "md", "-o", "report.md"]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(work, "report.md"), "utf8")).toMatch(/^# /);
  });

  it("fails CI gates with --fail-on", () => {
    expect(run(["analyze", coffee, "--fail-on", "critical"]).code).toBe(1);
    const blank = run(["init", "-", "--template", "blank"]).stdout;
    const clean = run(["analyze", "-", "--fail-on", "critical"], { input: blank });
    expect(clean.code).toBe(0);
  });

  it("refuses a bad --fail-on value", () => {
    const result = run(["analyze", coffee, "--fail-on", "fatal"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid --fail-on: "fatal"');
  });

  it("uses colour only on a terminal", () => {
    expect(run(["analyze", coffee]).stdout).not.toContain("\u001b[");
  });
});

describe("journeykit convert", () => {
  it("converts JSON to Mermaid and back, keeping stages, names and scores", () => {
    expect(run(["convert", coffee, "coffee.mmd"]).code).toBe(0);
    const mermaid = readFileSync(join(work, "coffee.mmd"), "utf8");
    expect(mermaid).toMatch(/^journey\n/);
    const back = run(["convert", "coffee.mmd", "--to", "json"]);
    expect(back.code).toBe(0);
    const map = JSON.parse(back.stdout);
    const original = JSON.parse(readFileSync(coffee, "utf8"));
    expect(map.stages.map((s: { name: string }) => s.name)).toEqual(original.stages.map((s: { name: string }) => s.name));
    expect(map.touchpoints.map((t: { name: string; emotion: number }) => [t.name, t.emotion])).toEqual(
      original.touchpoints.map((t: { name: string; emotion: number }) => [t.name, t.emotion]),
    );
  });

  it("converts JSON to CSV from standard input to standard output", () => {
    const result = run(["convert", "-", "--to", "csv"], { input: readFileSync(saas, "utf8") });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\r\n")[0]).toBe(
      // The saas map holds more than the grid: kind and data columns carry the rest.
      "id,stage,touchpoint,description,channel,owner,actions,thoughts,feelings,emotion,expected emotion,moment of truth,pain points,tags,kind,data",
    );
  });

  it("needs to know the output format", () => {
    expect(run(["convert", coffee]).code).toBe(2);
  });
});

describe("journeykit diff, schema and init", () => {
  it("compares two maps", () => {
    const future = JSON.parse(readFileSync(coffee, "utf8"));
    future.state = "future";
    future.touchpoints[4].emotion = 4;
    writeFileSync(join(work, "future.json"), JSON.stringify(future));
    const result = run(["diff", coffee, "future.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Joins the morning queue: 1 → 4 (+3)");
    expect(run(["diff", coffee, "future.json", "--format", "md"]).stdout).toContain("# Current vs future");
  });

  it("prints the JSON Schema", () => {
    const schema = JSON.parse(run(["schema"]).stdout);
    expect(schema.$schema).toContain("2020-12");
  });

  it("creates a map from a template and refuses to overwrite it", () => {
    expect(run(["init", "mine.json", "--template", "saas-onboarding", "--title", "Ours"]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "mine.json"), "utf8")).title).toBe("Ours");
    expect(run(["validate", "mine.json"]).code).toBe(0);
    const again = run(["init", "mine.json"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(run(["init", "mine.json", "--template", "nope", "--force"]).code).toBe(2);
  });
});
