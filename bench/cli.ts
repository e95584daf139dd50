import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import type { CliContext } from "../src/cli/context";
import { nodeContext } from "../src/cli/node-context";
import { generateJourneyMap } from "../tests/support/generate-map";
import { type BenchRow, measureAsync, median } from "./measure";
import { SIZES, samplesFor } from "./sizes";

const BUILT_CLI = join(import.meta.dirname, "..", "dist", "cli.js");
const COFFEE_SHOP = join(import.meta.dirname, "..", "examples", "coffee-shop.json");

/** Runs `node …args` and returns its wall time in ms; throws when it fails. */
function timeProcess(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr}`);
  return ms;
}

/**
 * The CLI's start as a user feels it: `journeykit render examples/coffee-shop.json -o x.svg`
 * and `journeykit --version` against `node -e 0`, whole processes, interleaved (one of
 * each per round, so that the machine's load falls on all alike). The first run, which
 * fills the code cache, is not counted.
 */
function startRows(dir: string): BenchRow[] {
  const svg = join(dir, "coffee-shop.svg");
  const commands = { node: ["-e", "0"], version: [BUILT_CLI, "--version"], render: [BUILT_CLI, "render", COFFEE_SHOP, "-o", svg] };
  timeProcess(commands.render);
  const times: Record<keyof typeof commands, number[]> = { node: [], version: [], render: [] };
  for (let round = 0; round < 21; round++) {
    for (const name of Object.keys(commands) as (keyof typeof commands)[]) times[name].push(timeProcess(commands[name]));
  }
  const node = median(times.node);
  const render = median(times.render);
  return [
    { name: "start: node -e 0", medianMs: node, note: "Node alone, the yardstick" },
    { name: "start: journeykit --version", medianMs: median(times.version), note: `${(median(times.version) / node).toFixed(2)}× node -e 0` },
    { name: "start: journeykit render coffee-shop.json", medianMs: render, note: "-o x.svg, a new process, the code cache warm" },
    { name: "start: render ÷ node -e 0", medianMs: render / node, targetMs: 2, ratio: true, note: "interleaved, 21 rounds" },
  ];
}

/**
 * `journeykit render map.json -o map.svg`, file to file: in-process (read, parse, validate,
 * lay out, render, write) and, when the package is built (`npm run build`), as a user runs
 * it — a new Node process, start-up included.
 */
export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "journeykit-bench-"));
  const quiet: CliContext = { ...nodeContext(), stdout: () => {}, stderr: () => {} };
  const rows: BenchRow[] = [];
  try {
    if (existsSync(BUILT_CLI)) rows.push(...startRows(dir));
    for (const touchpoints of SIZES) {
      const input = join(dir, `map-${touchpoints}.json`);
      const output = join(dir, `map-${touchpoints}.svg`);
      writeFileSync(input, JSON.stringify(generateJourneyMap({ touchpoints }), null, 2));
      const argv = ["render", input, "-o", output];
      const run = async () => {
        if ((await main(argv, quiet)) !== 0) throw new Error(`journeykit ${argv.join(" ")} failed`);
      };
      rows.push({
        name: "CLI render, in-process",
        touchpoints,
        medianMs: await measureAsync(run, samplesFor(touchpoints)),
        note: "main(): read, validate, lay out, render, write",
      });
      if (existsSync(BUILT_CLI)) {
        const times: number[] = [];
        for (let i = 0; i < (touchpoints >= 10_000 ? 5 : 10); i++) {
          const start = performance.now();
          const result = spawnSync(process.execPath, [BUILT_CLI, ...argv], { encoding: "utf8" });
          times.push(performance.now() - start);
          if (result.status !== 0) throw new Error(`node dist/cli.js ${argv.join(" ")} failed: ${result.stderr}`);
        }
        rows.push({ name: "CLI render, new process", touchpoints, medianMs: median(times), note: "node dist/cli.js, start-up included" });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
