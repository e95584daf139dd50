import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { type Browser, type Page, chromium } from "playwright-core";

const root = join(import.meta.dirname, "..", "..");

/** Debian's Chromium, with the flags this machine needs (no sandbox as root, no network). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** journeykit bundled for the page as an IIFE exposing `window.journeykit`. */
export async function bundleForBrowser(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "journeykit-browser-"));
  const outfile = join(dir, "journeykit.js");
  await build({
    entryPoints: [join(root, "src", "index.ts")],
    bundle: true,
    format: "iife",
    globalName: "journeykit",
    platform: "browser",
    target: "es2022",
    outfile,
    logLevel: "silent",
  });
  return outfile;
}

/** The path of Mermaid's browser bundle in node_modules. */
export function mermaidBundle(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve("mermaid/package.json"), "..", "dist", "mermaid.min.js");
}

/** A blank page with the given scripts loaded, no network. */
export async function openPage(browser: Browser, scripts: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.setContent("<!doctype html><html><head><meta charset='utf-8'></head><body style='margin:0'><div id='host'></div></body></html>");
  for (const path of scripts) await page.addScriptTag({ content: readFileSync(path, "utf8") });
  return page;
}
