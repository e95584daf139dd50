/**
 * `npm run screenshots`: renders the example maps with journeykit and photographs them in
 * Debian's Chromium, as a browser draws them, into docs/images/ (the README and the
 * rendering guide show them). Needs chromium and the fonts that .ci/run installs.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderJourneyMapSvg } from "../src/render/index";
import { parseJourneyMap } from "../src/validate/safe-parse-journey-map";
import { launchChromium } from "../tests/browser/browser";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const outDir = join(root, "docs", "images");
mkdirSync(outDir, { recursive: true });

// The README's picture: wrapped to 880 px, photographed at twice the pixels so it stays sharp
// when scaled; coffee-shop-880.png is the same map at 1:1, as an 880 px column shows it.
const shots = [
  { example: "coffee-shop", file: "coffee-shop.png", options: { wrap: { maxWidth: 880 } }, scale: 2 },
  { example: "coffee-shop", file: "coffee-shop-880.png", options: { wrap: { maxWidth: 880 } } },
  { example: "saas-onboarding", file: "saas-onboarding.png", options: {} },
  { example: "coffee-shop", file: "coffee-shop-dark-exec.png", options: { theme: "dark", lanes: ["stages", "touchpoints", "emotion", "painPoints", "opportunities"] } },
] as const;

const browser = await launchChromium();
try {
  for (const shot of shots) {
    const map = parseJourneyMap(readFileSync(join(root, "examples", `${shot.example}.json`), "utf8"));
    const svg = renderJourneyMapSvg(map, shot.options as Parameters<typeof renderJourneyMapSvg>[1]);
    const width = Math.ceil(Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 1600));
    const height = Math.ceil(Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 900));
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: "scale" in shot ? shot.scale : 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    const path = join(outDir, shot.file);
    await page.locator("svg").first().screenshot({ path });
    await page.close();
    process.stdout.write(`wrote ${path} (${width}×${height})\n`);
  }
} finally {
  await browser.close();
}
