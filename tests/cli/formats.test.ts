import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { JOURNEY_MAP_FORMATS } from "../../src/io/formats/registry";
import { type CliResult, buildCli, runCli } from "./run-cli";

const coffee = join(import.meta.dirname, "..", "..", "examples", "coffee-shop.json");
const coffeeTouchpoints = JSON.parse(readFileSync(coffee, "utf8")).touchpoints.length as number;
const mermaid = "%% piped without --from\njourney\n  title Tea\n  section Buy\n    Pay: 2: Me\n";
let cli = "";
let work = "";
const run = (args: string[], options?: Parameters<typeof runCli>[2]): CliResult => runCli(cli, args, { cwd: work, ...options });

beforeAll(async () => {
  cli = await buildCli();
  work = mkdtempSync(join(tmpdir(), "journeykit-formats-"));
  writeFileSync(join(work, "map.json"), readFileSync(coffee));
}, 60_000);

describe("the CLI never writes the wrong thing", () => {
  it.each(["map.jpg", "map.docx", "drawn.json", "drawn.xlsx"])("refuses render -o %s with exit 2 and the formats it writes", (out) => {
    const result = run(["render", "map.json", "-o", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot write ${out}`);
    expect(result.stderr).toContain("svg (.svg), png (.png), html (.html, .htm), pdf (.pdf)");
    expect(readdirSync(work)).not.toContain(out);
  });

  it.each(["out.yaml", "out.svg", "out.txt"])("refuses convert map.json %s with exit 2 and the formats it writes", (out) => {
    const result = run(["convert", "map.json", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("json (.json), mermaid (.mmd, .mermaid), csv (.csv), xlsx (.xlsx)");
    expect(readdirSync(work)).not.toContain(out);
  });

  it.each([
    [["convert", "map.json", "out.csv", "--to", "mermaid"], "--to mermaid disagrees with the output out.csv"],
    [["render", "map.json", "-o", "out.png", "--format", "svg"], "--format svg disagrees with the output out.png"],
    [["convert", "map.json", "--to", "yml"], 'invalid --to: "yml" (expected json, mermaid, csv or xlsx)'],
    [["convert", "map.json", "map.html"], "cannot write map.html"],
    [["convert", "map.json", "--to", "svg"], 'invalid --to: "svg"'],
    [["render", "map.json", "--format", "csv"], 'invalid --format: "csv" (expected svg, png, html or pdf)'],
    [["render", "map.json", "-o", "map.pdf", "--page", "letter"], 'invalid --page: "letter" (expected fit, a4 or a3)'],
    [["validate", "map.json", "--from", "jsno"], 'invalid --from: "jsno" (expected json, mermaid, csv or xlsx); did you mean "json"?'],
  ])("refuses %j: %s", (args, message) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });

  it.each([
    ["--lanes", ""],
    ["--lanes", ","],
    ["--lanes", " , "],
    ["--personas", ","],
  ])("refuses render %s %j as a usage error", (flag, value) => {
    const result = run(["render", "map.json", flag, value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`invalid ${flag}: ${JSON.stringify(value)}`);
    expect(result.stdout).toBe("");
  });

  it("accepts --to and an extension that agree, and an alias", () => {
    expect(run(["convert", "map.json", "agree.mmd", "--to", "mmd"]).code).toBe(0);
    expect(readFileSync(join(work, "agree.mmd"), "utf8")).toMatch(/^journey\n/);
  });

  it("refuses an output that is the input unless --force, and then replaces it whole", () => {
    writeFileSync(join(work, "self.json"), readFileSync(coffee));
    const refused = run(["convert", "self.json", "./self.json"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is the input");
    expect(run(["analyze", "self.json", "-o", "self.json"]).code).toBe(2);
    expect(readFileSync(join(work, "self.json"), "utf8")).toBe(readFileSync(coffee, "utf8"));
    expect(run(["convert", "self.json", "self.json", "--force"]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "self.json"), "utf8")).title).toBe("Morning coffee at Bean There");
  });
});

describe("the help comes from the format registry", () => {
  it("lists every format convert and render write, with its extensions and description", () => {
    const convert = run(["convert", "--help"]).stdout;
    const render = run(["render", "--help"]).stdout;
    const measure = run(["measure", "--help"]).stdout;
    for (const format of JOURNEY_MAP_FORMATS) {
      const help = format.role === "map" ? convert : format.role === "events" ? measure : render;
      expect(help).toContain(format.name);
      expect(help).toContain(format.extensions.join(" "));
      expect(help).toContain(format.description);
    }
    expect(render).toContain("PNG needs the optional package @resvg/resvg-js");
    expect(render).toContain("PDF needs the optional package pdfkit svg-to-pdfkit");
    for (const command of ["validate", "analyze", "render"]) expect(run([command, "--help"]).stdout).toContain("read input as json, mermaid, csv or xlsx");
  });
});

describe("input as people give it", () => {
  it("detects Mermaid piped on standard input without --from", () => {
    const rendered = run(["render"], { input: mermaid });
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).toContain("Tea");
    const converted = run(["convert", "-", "--to", "json"], { input: mermaid });
    expect(JSON.parse(converted.stdout).touchpoints[0].name).toBe("Pay");
  });

  it("detects CSV on standard input, and a file whose extension names no format", () => {
    expect(JSON.parse(run(["convert", "-", "--to", "json"], { input: "stage,touchpoint\nBuy,Pay\n" }).stdout).stages[0].name).toBe("Buy");
    writeFileSync(join(work, "diagram.txt"), mermaid);
    expect(run(["validate", "diagram.txt"]).stdout).toContain("diagram.txt: Tea (1 touchpoints)");
  });

  it("refuses to read a format that is write-only", () => {
    writeFileSync(join(work, "drawn.svg"), "<svg/>");
    const result = run(["validate", "drawn.svg"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("drawn.svg: svg files cannot be read; journeykit reads json, mermaid, csv or xlsx (--from) [unsupported_format]");
  });

  it("names a directory given as input", () => {
    mkdirSync(join(work, "map"), { recursive: true });
    const result = run(["render", "map/"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("map/: is a directory [is_a_directory]\n");
  });

  it("refuses a device with limit_exceeded after reading no more than the limit", () => {
    const result = run(["validate", "/dev/zero"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("/dev/zero: the input exceeds the limit of 33554432 bytes [limit_exceeded]\n");
  });

  it("refuses a file over the limit before reading it, and standard input over the limit", () => {
    const big = join(work, "big.json");
    writeFileSync(big, "");
    spawnSync("truncate", ["-s", "40M", big]);
    expect(run(["validate", big]).stderr).toContain("[limit_exceeded]");
    const piped = run(["validate", "-"], { input: " ".repeat(33_554_433) });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toContain("<stdin>: the input exceeds the limit");
  });

  it("reads a fifo", async () => {
    const fifo = join(work, "pipe.json");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return;
    const writer = spawn("sh", ["-c", `cat "${coffee}" > "${fifo}"`]);
    const result = await new Promise<CliResult>((resolve) => {
      const child = spawn(process.execPath, [cli, "validate", fifo], { cwd: work });
      let stdout = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.on("close", (code) => resolve({ code, stdout, stderr: "" }));
    });
    writer.kill();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${coffeeTouchpoints} touchpoints`);
  });
});

describe("output as people meet it", () => {
  it("reports what render and convert wrote on standard error", () => {
    const rendered = run(["render", "map.json", "-o", "out.svg"]);
    expect(rendered.code).toBe(0);
    expect(rendered.stderr).toBe(`wrote out.svg (svg, ${statSync(join(work, "out.svg")).size.toLocaleString("en-US")} bytes)\n`);
    expect(run(["convert", "map.json", "out.csv"]).stderr).toMatch(/^wrote out\.csv \(csv, [\d,]+ bytes\)\n$/);
    expect(run(["render", "map.json"]).stderr).toBe("");
  });

  it("says in one line that the folder of -o does not exist, exit 1", () => {
    const result = run(["render", "map.json", "-o", "missing/out.svg"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("missing/out.svg: cannot write: no such directory\n");
  });

  it("writes atomically: the mode of the file it replaces is kept and no temporary file is left", () => {
    const target = join(work, "kept.json");
    writeFileSync(target, "{}");
    chmodSync(target, 0o640);
    expect(run(["convert", "map.json", "kept.json"]).code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(work).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves the old file whole when the write is cut short (a file-size limit)", () => {
    const target = join(work, "limited.json");
    writeFileSync(target, '{"old": true}');
    const result = spawnSync("sh", ["-c", `ulimit -f 8; exec "${process.execPath}" "${cli}" convert map.json limited.json`], { cwd: work });
    expect(result.status).not.toBe(0);
    expect(readFileSync(target, "utf8")).toBe('{"old": true}');
  });

  it("leaves the old file or the new one, never half, and no temporary file, when interrupted", async () => {
    const doc = JSON.parse(readFileSync(coffee, "utf8"));
    const base = doc.touchpoints[0];
    doc.touchpoints = Array.from({ length: 6_000 }, (_, i) => ({ ...base, id: `tp-${i}`, name: `Step ${i}`, description: "x".repeat(400) }));
    doc.painPoints = [];
    doc.opportunities = [];
    writeFileSync(join(work, "large.json"), JSON.stringify(doc));
    const old = '{"old": true}';
    for (const delay of [150, 300, 450, 600, 900]) {
      const target = join(work, "interrupted.json");
      writeFileSync(target, old);
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [cli, "convert", "large.json", "interrupted.json", "--force"], { cwd: work });
        setTimeout(() => child.kill("SIGINT"), delay);
        child.on("close", () => resolve());
      });
      const content = readFileSync(target, "utf8");
      if (content !== old) expect(JSON.parse(content).touchpoints).toHaveLength(6_000);
      expect(readdirSync(work).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    }
  }, 30_000);

  it("writes to a device without replacing it", () => {
    expect(run(["render", "map.json", "-o", "/dev/null"]).code).toBe(0);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("validate --format json", () => {
  it("prints one JSON array of results, valid and invalid, and exits 1 when any is invalid", () => {
    writeFileSync(join(work, "bad.json"), '{"schemaVersion": 1, "id": "m", "title": ""}');
    const result = run(["validate", "map.json", "bad.json", "nope.json", "--format", "json"]);
    expect(result.code).toBe(1);
    const results = JSON.parse(result.stdout);
    expect(results[0]).toEqual({ file: "map.json", valid: true, format: "json", title: "Morning coffee at Bean There", touchpoints: coffeeTouchpoints });
    expect(results[1]).toMatchObject({ file: "bad.json", valid: false });
    expect(results[1].issues[0]).toMatchObject({ path: ["title"] });
    expect(results[2]).toEqual({ file: "nope.json", valid: false, issues: [{ code: "file_not_found", path: [], message: "no such file" }] });
    expect(result.stderr).toBe("2 of 3 files invalid\n");
  });

  it("refuses an unknown --format", () => {
    expect(run(["validate", "map.json", "--format", "xml"]).code).toBe(2);
  });
});
