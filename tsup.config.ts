import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Options, defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/**
 * The public entry points, by output path: the root barrel and one per area. They must
 * match `exports` in package.json (`journeykit/svg` is `render/index`).
 */
const ENTRIES = {
  index: "src/index.ts",
  "model/index": "src/model/index.ts",
  "validate/index": "src/validate/index.ts",
  "edit/index": "src/edit/index.ts",
  "analysis/index": "src/analysis/index.ts",
  "layout/index": "src/layout/index.ts",
  "render/index": "src/render/index.ts",
  "io/index": "src/io/index.ts",
  // Node only, with the optional peer @duckdb/node-api: a subpath of its own so that no other entry reaches it.
  "io/sql/duckdb": "src/io/sql/duckdb.ts",
};

/**
 * Keeps every relative import as an import of the matching output file (`./foo` →
 * `./foo.js`, `./text` → `./text/index.js`), so the ESM output mirrors src/ module for
 * module and a bundler drops every module a page does not use (zod, papaparse and d3 stay
 * bare imports, as dependencies).
 */
function unbundled(extension: string): NonNullable<Options["esbuildPlugins"]>[number] {
  return {
    name: "unbundled",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === "entry-point") return undefined;
        const target = resolve(args.resolveDir, args.path);
        if (existsSync(`${target}.ts`)) return { path: `${args.path}${extension}`, external: true };
        if (existsSync(join(target, "index.ts"))) return { path: `${args.path}/index${extension}`, external: true };
        return undefined;
      });
    },
  };
}

export default defineConfig([
  {
    // ESM, unbundled: one module per source file, so bundlers shake per module.
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: true,
    esbuildPlugins: [unbundled(".js")],
    dts: { entry: ENTRIES },
    sourcemap: false,
    clean: true,
    treeshake: false,
    splitting: false,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
  },
  {
    // CommonJS for require(): one bundle per entry point, sharing chunks.
    entry: ENTRIES,
    format: ["cjs"],
    dts: { entry: ENTRIES },
    sourcemap: false,
    clean: false,
    splitting: true,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
  },
  {
    // The `journeykit` command: one file with its dependencies inside, so that starting it
    // resolves and reads no other module (zod alone is about a hundred files). CommonJS, so
    // that the starter below can compile it with V8's code cache. The optional native PNG
    // renderer and DuckDB stay outside, and the optional packages (all CommonJS) are loaded
    // with require: a `vm.Script` has no import() without an experimental flag.
    entry: { "cli-main": "src/cli/bin.ts" },
    format: ["cjs"],
    esbuildOptions(options) {
      options.supported = { ...options.supported, "dynamic-import": false };
    },
    noExternal: [/^(?!@resvg\/resvg-js|@duckdb\/node-api)/],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "node18",
    platform: "node",
    outDir: "dist",
    define: { __JOURNEYKIT_VERSION__: JSON.stringify(version) },
  },
  {
    // The executable (`bin`): a few lines that run cli-main.cjs from the code cache.
    entry: { cli: "src/cli/start.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "node18",
    platform: "node",
    outDir: "dist",
  },
]);
