#!/usr/bin/env node
/**
 * The `journeykit` executable as installed (dist/cli.js): a few lines that run the bundled
 * command (dist/cli-main.cjs) through V8's code cache, so that a start does not compile a
 * megabyte of JavaScript again. Node 22.1 and later keep that cache themselves
 * (`module.enableCompileCache`); on earlier versions the bundle is compiled as a
 * `vm.Script` with the cache V8 made on the first run, kept in a folder of the user's own
 * under the temporary directory. The cache only ever saves time: V8 refuses one that does
 * not match the source and the Node version, and anything that fails here (no cache yet,
 * a read-only disk, a folder of another user) loads the bundle the ordinary way.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as vm from "node:vm";

const bundle = fileURLToPath(new URL("./cli-main.cjs", import.meta.url));
const requireBundle = nodeModule.createRequire(bundle);

/** The user's own cache folder, or undefined where it cannot be trusted (another owner, writable by others). */
function cacheFolder(): string | undefined {
  const uid = process.getuid?.();
  const folder = join(tmpdir(), `journeykit-compile-cache${uid === undefined ? "" : `-${uid}`}`);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = statSync(folder);
  if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
  return folder;
}

/** The bundle compiled with the code cache, ready to run; undefined without a cache folder (it is then required). */
function compileCached(): (() => void) | undefined {
  const folder = cacheFolder();
  if (folder === undefined) return undefined;
  const stat = statSync(bundle);
  const file = join(folder, `cli-${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  // The CommonJS wrapper on the source's first line, so stack traces keep its line numbers.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, "utf8").replace(/^#!.*/, "")}\n})`;
  const script = new vm.Script(source, { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // At exit the cache also holds the functions this run compiled, not only the top level.
    process.once("exit", () => {
      try {
        const temporary = `${file}.${process.pid}`;
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, file);
      } catch {
        // No cache this time.
      }
    });
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  return () => wrapper.call(module.exports, module.exports, requireBundle, module, bundle, dirname(bundle));
}

function start(): void {
  // Node's own switch for its compile cache turns this one off too.
  if (process.env.NODE_DISABLE_COMPILE_CACHE) {
    requireBundle(bundle);
    return;
  }
  const enableCompileCache = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enableCompileCache === "function") {
    enableCompileCache();
    requireBundle(bundle);
    return;
  }
  let run: (() => void) | undefined;
  try {
    run = compileCached();
  } catch {
    run = undefined;
  }
  if (run) run();
  else requireBundle(bundle);
}

start();
