import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { MissingFontError } from "../../src/io/formats/missing-font-error";
import { findPngFonts, PNG_MAX_PIXELS, PNG_REQUIRED_FONTS, pngFormat, type WritePngOptions } from "../../src/io/formats/png";
import { splitLine } from "../../src/io/formats/png-font-runs";
import { layoutJourneyMap } from "../../src/layout/layout-journey-map";
import { measureText } from "../../src/layout/text/measure-text";
import type { LayoutCell } from "../../src/layout/types";
import type { JourneyMap } from "../../src/model/journey-map";
import { THEMES } from "../../src/render/themes";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { buildCli, runCli } from "./run-cli";

const root = join(import.meta.dirname, "..", "..");
const example = join(root, "examples", "coffee-shop.json");
const coffee = parseJourneyMap(readFileSync(example, "utf8"));
const write = (map: JourneyMap, options: WritePngOptions) => pngFormat.write!(map, options) as Promise<Uint8Array>;

let withPackages: string; // bundled inside the project, so the PNG renderer resolves
let work: string;

beforeAll(async () => {
  const dir = join(root, "node_modules", ".cache", "journeykit-png-test");
  mkdirSync(dir, { recursive: true });
  withPackages = await buildCli(dir);
  work = mkdtempSync(join(tmpdir(), "journeykit-png-"));
}, 60_000);

describe("PNG size is bounded before resvg is called", () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 16.5, 20, 1e6])("refuses scale %s with a RangeError naming scale", async (scale) => {
    await expect(write(coffee, { scale })).rejects.toThrow(/^invalid scale: .*at most 16$/);
  });

  it.each([0, -5, 1.5, Number.NaN])("refuses maxPixels %s with a RangeError naming maxPixels", async (maxPixels) => {
    await expect(write(coffee, { maxPixels })).rejects.toThrow(/^invalid maxPixels: /);
  });

  it("refuses an image over maxPixels, naming its size and the option to raise", async () => {
    // At the default scale 2 the PNG is twice the layout's size (rounded up), in pixels.
    const layout = layoutJourneyMap(coffee);
    const [w, h] = [Math.ceil(layout.width * 2), Math.ceil(layout.height * 2)];
    const pixels = w * h;
    await expect(write(coffee, { maxPixels: pixels - 1 })).rejects.toThrow(
      `the PNG would be ${w}×${h} pixels (${pixels.toLocaleString("en-US")}), over options.maxPixels ${(pixels - 1).toLocaleString("en-US")}; lower options.scale or raise options.maxPixels`,
    );
    const png = PNG.sync.read(Buffer.from(await write(coffee, { maxPixels: pixels })));
    expect([png.width, png.height]).toEqual([w, h]);
    expect(PNG_MAX_PIXELS).toBe(50_000_000);
  }, 30_000);

  it("CLI: --scale 20 and --scale 1e6 are usage errors, with no file, no abort and no Rust panic", () => {
    for (const scale of ["20", "1e6"]) {
      const out = join(work, `scale-${scale}.png`);
      const result = runCli(withPackages, ["render", example, "-o", out, "--scale", scale]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`invalid --scale: "${scale}" (expected a positive number at most 16)`);
      expect(result.stderr).not.toMatch(/panick|RUST_BACKTRACE|stack backtrace/);
      expect(readdirSync(work)).not.toContain(`scale-${scale}.png`);
    }
  });

  it("CLI: a 3,000-task Mermaid map is refused at once with its size and --max-pixels; --max-pixels raises the cap", () => {
    const tasks = Array.from({ length: 3000 }, (_, i) => `    Task ${i}: 3: Me\n`).join("");
    writeFileSync(join(work, "wide.mmd"), `journey\n  title Wide\n  section S\n${tasks}`);
    const started = Date.now();
    const wide = runCli(withPackages, ["render", join(work, "wide.mmd"), "-o", join(work, "wide.png")]);
    expect(wide.code).toBe(2);
    expect(wide.stderr).toMatch(/the PNG would be \d+×\d+ pixels \([\d,]+\), over --max-pixels 50,000,000; lower --scale or raise --max-pixels/);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(readdirSync(work)).not.toContain("wide.png");

    // At scale 1 the PNG is the layout's size in pixels.
    const layout = layoutJourneyMap(coffee);
    const [w, h] = [Math.ceil(layout.width), Math.ceil(layout.height)];
    const small = runCli(withPackages, ["render", example, "-o", join(work, "small.png"), "--scale", "1", "--max-pixels", String(w * h - 1)]);
    expect(small.code).toBe(2);
    expect(small.stderr).toContain(`over --max-pixels ${(w * h - 1).toLocaleString("en-US")}`);
    const raised = runCli(withPackages, ["render", example, "-o", join(work, "small.png"), "--scale", "1", "--max-pixels", String(w * h)]);
    expect(raised.code).toBe(0);
    expect(PNG.sync.read(readFileSync(join(work, "small.png"))).width).toBe(w);
    expect(runCli(withPackages, ["render", example, "--max-pixels", "1.5"]).code).toBe(2);
  }, 30_000);
});

describe("PNG fonts: the ones the layout measured with, found by a documented search list", () => {
  it("starts with Liberation Sans regular and bold, then DejaVu and Noto faces, never a system font outside the list", async () => {
    const files = await findPngFonts();
    expect(files.slice(0, 2).map((f) => f.split("/").at(-1))).toEqual([...PNG_REQUIRED_FONTS]);
    expect(files.every((f) => /\/(LiberationSans-(Regular|Bold)|DejaVu[\w-]*|Noto[\w-]*)\.(ttf|ttc|otf)$/.test(f))).toBe(true);
    expect(files.some((f) => f.endsWith("DejaVuSans.ttf"))).toBe(true);
    expect(files.some((f) => /NotoSansCJK-Regular\.ttc$/.test(f))).toBe(true);
  });

  it("says which fonts are missing, where it looked and what to install", async () => {
    const empty = mkdtempSync(join(tmpdir(), "journeykit-nofonts-"));
    const error = await findPngFonts([empty]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingFontError);
    expect((error as MissingFontError).fileNames).toEqual(PNG_REQUIRED_FONTS);
    expect((error as Error).message).toContain(`found in none of ${empty}; install fonts-liberation`);
    await expect(write(coffee, { fontDirs: [empty], scale: 0.1 })).rejects.toBeInstanceOf(MissingFontError);
  });
});

/** Every text box of a layout, wherever it sits (lane labels, cells, the title, emotion labels). */
function boxes(value: unknown): LayoutCell[] {
  if (Array.isArray(value)) return value.flatMap(boxes);
  if (typeof value !== "object" || value === null) return [];
  const own = "lines" in value && "width" in value ? [value as LayoutCell] : [];
  return [...own, ...Object.values(value).flatMap(boxes)];
}

/** A map whose first touchpoints mix Latin with emoji, CJK and Arabic, filling their boxes. */
function mixedMap(): JourneyMap {
  const labels = [
    "😀 W W W W W W W W W W W W W W W W W W W W W W W W W W W W",
    "注 W W W W W W W W W W W W W W W W W W W W W W W W W W W W",
    "ب W W W W W W W W W W W W W W W W W W W W W W W W W W W W",
    "اطلب القهوة الآن Mm Mm Mm Mm Mm 注文する 注文する 😀🎉 Mm Mm Mm Mm",
    "👩‍👩‍👧‍👦🇫🇷✅ Order ahead and pay at the counter 注文 one more line of text",
  ];
  return { ...coffee, touchpoints: coffee.touchpoints.map((t, i) => (i < labels.length ? { ...t, name: labels[i]! } : t)) };
}

describe("PNG keeps the no-clipping promise", () => {
  it("draws no text pixel of an emoji, CJK or Arabic label outside its box (decoded PNG against the layout's boxes)", async () => {
    const map = mixedMap();
    const light = THEMES.light;
    // The same map with the text drawn in the boxes' own fill: the pixels that differ are the text.
    const hidden = { ...light, text: light.touchpointFill, mutedText: light.touchpointFill };
    const drawn = PNG.sync.read(Buffer.from(await write(map, { scale: 1 })));
    const blank = PNG.sync.read(Buffer.from(await write(map, { scale: 1, render: { theme: hidden } })));
    const cells = boxes(layoutJourneyMap(map)).filter((c) => c.lines.length > 0);
    // Text starts `padding` inside a box; a pixel in the padding, the gap or another box is an overflow.
    const inner = cells.map((c) => ({
      left: Math.min(...c.lines.map((l) => l.x)) - 2,
      right: c.x + c.width - (Math.min(...c.lines.map((l) => l.x)) - c.x) + 2,
      top: c.y,
      bottom: c.y + c.height,
    }));
    const touchpoints = cells.filter((c) => c.kind === "touchpoint");
    const top = Math.min(...touchpoints.map((c) => c.y));
    const bottom = Math.max(...touchpoints.map((c) => c.y + c.height));
    const outside: string[] = [];
    let text = 0;
    for (let y = Math.floor(top); y < Math.ceil(bottom); y++) {
      for (let x = 0; x < drawn.width; x++) {
        const i = (y * drawn.width + x) * 4;
        if (drawn.data[i] === blank.data[i] && drawn.data[i + 1] === blank.data[i + 1] && drawn.data[i + 2] === blank.data[i + 2]) continue;
        text++;
        if (!inner.some((b) => x + 1 > b.left && x < b.right && y + 1 > b.top && y < b.bottom)) outside.push(`${x},${y}`);
      }
    }
    expect(text).toBeGreaterThan(5000);
    expect(outside.slice(0, 10)).toEqual([]);
  }, 30_000);
});

describe("splitLine: one text run per font for resvg", () => {
  const pieces = fc.constantFrom("Order ", "W ", "ahead", " ", "3", "(", ")", "😀", "👩‍👩‍👧", "🇫🇷", "注文", "する", "اطلب", " القهوة", "é", "ǅ", "Ω", "\u0301");
  it("keeps the text in order, whole, and starts each run where the measured text before it ends", () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 12 }), fc.boolean(), (parts, bold) => {
        const line = { x: 10, y: 20, text: parts.join(""), font: { size: 14, weight: bold ? ("bold" as const) : ("normal" as const) } };
        const runs = splitLine(line);
        expect(runs.map((r) => r.text).join("")).toBe(line.text);
        let offset = 0;
        for (const run of runs) {
          expect(run.x).toBeCloseTo(line.x + (offset === 0 ? 0 : measureText(line.text.slice(0, offset), line.font)), 9);
          expect(run.text.length).toBeGreaterThan(0);
          offset += run.text.length;
        }
      }),
    );
  });

  it("leaves a line Liberation Sans draws alone as it is, and keeps an Arabic phrase one run", () => {
    const font = { size: 14 };
    const latin = { x: 0, y: 0, text: "Order ahead at the counter", font };
    expect(splitLine(latin)).toEqual([latin]);
    expect(splitLine({ x: 0, y: 0, text: "Pay اطلب القهوة 3 الآن now", font }).map((r) => r.text)).toEqual(["Pay ", "اطلب القهوة 3 الآن", " now"]);
    expect(splitLine({ x: 0, y: 0, text: "😀 Walks past", font }).map((r) => r.text)).toEqual(["😀", " Walks past"]);
  });
});
