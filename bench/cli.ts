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
    for (const touchpoints of SIZES) {
      const input = join(dir, `map-${touchpoints}.json`);
      const output = join(dir, `map-${touchpoints}.svg`);
      writeFileSync(input, JSON.stringify(generateJourneyMap({ touchpoints }), null, 2));
      const argv = ["render", input, "-o", output];
      const run = async () => {
        if ((await main(argv, quiet)) !== 0) throw new Error(`journeykit ${argv.join(" ")} failed`);
      };
      rows.push({ name: "CLI render, in-process", touchpoints, medianMs: await measureAsync(run, samplesFor(touchpoints)), note: "main(): read, validate, lay out, render, write" });
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
