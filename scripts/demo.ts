/**
 * `npm run demo`: runs the journeykit CLI on the bundled example maps, as a user would,
 * and writes what it makes into out/: an analysis report (Markdown), the rendered map
 * (SVG), and the map as Mermaid and CSV.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { COMMANDS } from "../src/cli/main";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const out = join(root, "out");
const bin = join(root, "src", "cli", "bin.ts");
mkdirSync(out, { recursive: true });

function journeykit(...args: string[]): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", bin, ...args], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    throw new Error(`journeykit ${args.join(" ")} exited with ${result.status}`);
  }
  return result.stdout;
}

const canRender = COMMANDS.some((command) => command.name === "render");
const written: string[] = [];
for (const file of readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const name = file.replace(/\.json$/, "");
  const input = join("examples", file);
  process.stdout.write(journeykit("validate", input));
  const report = join(out, `${name}.report.md`);
  journeykit("analyze", input, "--format", "md", "--as-of", "2026-11-01", "-o", report);
  process.stdout.write(`  ${journeykit("analyze", input, "--as-of", "2026-11-01").split("\n")[0]}\n`);
  written.push(report);
  if (canRender) {
    const svg = join(out, `${name}.svg`);
    journeykit("render", input, "-o", svg);
    written.push(svg);
  }
  for (const ext of ["mmd", "csv"]) {
    const target = join(out, `${name}.${ext}`);
    journeykit("convert", input, target);
    written.push(target);
  }
}
process.stdout.write(`\nWrote ${written.length} files:\n${written.map((f) => `  ${relative(root, f)}`).join("\n")}\n`);
