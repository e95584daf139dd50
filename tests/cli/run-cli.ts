import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

/**
 * Bundles the CLI once into a folder, as a user would run it: `node cli.mjs …`. By default
 * a temporary folder, where no optional package (such as the PNG renderer) can be found.
 */
export async function buildCli(dir = mkdtempSync(join(tmpdir(), "journeykit-cli-"))): Promise<string> {
  const outfile = join(dir, "cli.mjs");
  await build({
    entryPoints: [join(import.meta.dirname, "..", "..", "src", "cli", "bin.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node18",
    outfile,
    define: { __JOURNEYKIT_VERSION__: JSON.stringify("9.9.9-test") },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    // Native optional peers are loaded from node_modules at run time, as in the published CLI.
    external: ["@duckdb/node-api"],
    logLevel: "silent",
  });
  return outfile;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI in a child process. */
export function runCli(cli: string, args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input: options.input ?? "",
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "", ...options.env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
