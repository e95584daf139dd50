import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
  },
  {
    // The `journeykit` command: one ESM file for Node, with its shebang.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "node18",
    platform: "node",
    outDir: "dist",
    define: { __JOURNEYKIT_VERSION__: JSON.stringify(version) },
  },
]);
