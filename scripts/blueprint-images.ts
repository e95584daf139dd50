/**
 * `npx tsx scripts/blueprint-images.ts`: draws the service-blueprint pictures of
 * docs/service-blueprints.md as SVG into docs/images/ (no browser needed: the SVG is what
 * journeykit writes). tests/docs/blueprint-images.test.ts checks that the committed files
 * are what this script writes today.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { renderJourneyMapSvg } from "../src/render/render-journey-map-svg";
import { parseJourneyMap } from "../src/validate/safe-parse-journey-map";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");

/** The pictures: file name in docs/images/, the example, and the options. */
const PICTURES = [
  { file: "bank-account-opening-blueprint.svg", example: "bank-account-opening", options: { view: "blueprint", idPrefix: "bank" } },
  {
    file: "coffee-shop-blueprint.svg",
    example: "coffee-shop",
    options: { view: "blueprint", lanes: ["stages", "touchpoints", "props", "actions", "frontstage", "backstage", "support", "time"], idPrefix: "coffee" },
  },
  {
    file: "bank-account-opening-compact.svg",
    example: "bank-account-opening",
    options: { lanes: ["stages", "touchpoints", "emotion", "frontstage", "backstage", "support"], density: "compact", wrap: { maxWidth: 880 }, idPrefix: "compact" },
  },
] as const;

/** Returns every picture's path and SVG text. */
export function blueprintImages(): { path: string; svg: string }[] {
  return PICTURES.map((p) => {
    const map = parseJourneyMap(readFileSync(join(root, "examples", `${p.example}.json`), "utf8"));
    return { path: join(root, "docs", "images", p.file), svg: `${renderJourneyMapSvg(map, p.options as Parameters<typeof renderJourneyMapSvg>[1])}\n` };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const { path, svg } of blueprintImages()) {
    writeFileSync(path, svg);
    process.stdout.write(`wrote ${path} (${svg.length} characters)\n`);
  }
}
