import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, runCli } from "./run-cli";

const root = join(import.meta.dirname, "..", "..");
const example = join(root, "examples", "coffee-shop.json");
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let isolated: string; // bundled where no optional package can be resolved
let withPackages: string; // bundled inside the project, so node_modules (and the PNG renderer) resolve
let work: string;

beforeAll(async () => {
  isolated = await buildCli();
  const dir = join(root, "node_modules", ".cache", "journeykit-cli-test");
  mkdirSync(dir, { recursive: true });
  withPackages = await buildCli(dir);
  work = mkdtempSync(join(tmpdir(), "journeykit-render-"));
}, 60_000);

describe("journeykit render", () => {
  it("writes a standalone SVG to standard output", () => {
    const result = runCli(isolated, ["render", example]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("<svg")).toBe(true);
    expect(result.stdout).toContain("Morning coffee at Bean There");
    expect(result.stdout.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("writes to a file with -o, reads stdin with -, and honours the options", () => {
    const out = join(work, "exec.svg");
    const input = readFileSync(example, "utf8");
    const result = runCli(isolated, ["render", "-", "-o", out, "--theme", "dark", "--lanes", "stages,touchpoints,emotion", "--id-prefix", "exec"], { input });
    expect(result.code).toBe(0);
    const svg = readFileSync(out, "utf8");
    expect(svg).toContain('data-lane="emotion"');
    expect(svg).not.toContain('data-lane="actions"');
    expect(svg).toMatch(/id="exec-/);
    expect(svg).not.toMatch(/id="jk-/);
  });

  it("renders Mermaid input", () => {
    const result = runCli(isolated, ["render", "-", "--from", "mermaid"], { input: "journey\n  title Tea\n  section Buy\n    Pay: 2: Me\n" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Tea");
  });

  it.each([
    [["--theme", "neon"], /--theme: "neon"/],
    [["--lanes", "stages,bogus"], /--lanes: unknown lane "bogus"/],
    [["--max-lines", "0"], /--max-lines/],
    [["--id-prefix", "1bad"], /--id-prefix/],
    [["--format", "gif"], /--format/],
    [["--them", "dark"], /did you mean --theme/],
  ])("refuses %j with exit 2 and a message naming it", (flags, message) => {
    const result = runCli(isolated, ["render", example, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });

  it("fails with exit 1 and the file's issues for an invalid map", () => {
    const result = runCli(isolated, ["render", "-"], { input: '{"schemaVersion":1,"id":"m","title":""}' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/title/);
  });

  it("explains how to get PNG output when the optional renderer is missing", () => {
    const result = runCli(isolated, ["render", example, "-o", join(work, "map.png")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("npm install @resvg/resvg-js");
  });

  it("writes a PNG when the optional renderer is installed", () => {
    const out = join(work, "map.png");
    const result = runCli(withPackages, ["render", example, "-o", out, "--scale", "1"]);
    expect(result.stderr).toMatch(/^wrote .*map\.png \(png, [\d,]+ bytes\)\n$/);
    expect(result.code).toBe(0);
    const png = readFileSync(out);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The PNG's width (IHDR) is the SVG's width at scale 1.
    const svgWidth = Number(/width="([\d.]+)"/.exec(runCli(isolated, ["render", example]).stdout)?.[1]);
    expect(png.readUInt32BE(16)).toBe(Math.round(svgWidth));
  });
});
