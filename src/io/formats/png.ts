import { MissingFontError } from "./missing-font-error";
import { formatCount } from "../../analysis/format";
import type { JourneyMap } from "../../model/journey-map";
import { layoutJourneyMap } from "../../layout/layout-journey-map";
import type { LayoutOptions } from "../../layout/options";
import { normalizeRenderOptions, RENDER_OPTION_NAMES, type RenderSvgOptions } from "../../render/options";
import type { RenderJourneyMapSvgOptions } from "../../render/render-journey-map-svg";
import { renderSvg } from "../../render/render-svg";
import { type JourneyMapFormat, MissingPeerDependencyError, type WriteJourneyMapOptions } from "./journey-map-format";
import { splitFontRuns } from "./png-font-runs";

/** The optional package that turns SVG into PNG; not a dependency of journeykit. */
export const PNG_RENDERER = "@resvg/resvg-js";

/**
 * The default bound on a PNG's pixel count: 50 megapixels, a 200 MB RGBA buffer before
 * encoding. The coffee-shop example at the default scale is 16 megapixels; past this,
 * resvg's allocation can abort the whole process, which no `try` can catch.
 */
export const PNG_MAX_PIXELS = 50_000_000;

/** The largest `scale` accepted: 16 pixels per SVG unit is far past print resolution. */
export const PNG_MAX_SCALE = 16;

/** Options of the PNG format's `write`: those of every format, and the PNG's bounds and fonts. */
export interface WritePngOptions extends WriteJourneyMapOptions {
  /** The most pixels (width × height) the PNG may have; checked before drawing. @defaultValue {@link PNG_MAX_PIXELS} */
  maxPixels?: number;
  /** Folders searched, in order, for the fonts the layout measured with. @defaultValue {@link PNG_FONT_DIRS} */
  fontDirs?: readonly string[];
}

/**
 * Folders searched, in order, for the fonts of {@link findPngFonts}: where Debian and Ubuntu
 * (`fonts-liberation`, `fonts-liberation2`, `fonts-dejavu-core`, `fonts-dejavu-extra`,
 * `fonts-noto-core`, `fonts-noto-cjk`) and Fedora put them.
 */
export const PNG_FONT_DIRS: readonly string[] = [
  "/usr/share/fonts/truetype/liberation",
  "/usr/share/fonts/truetype/liberation2",
  "/usr/share/fonts/liberation-sans",
  "/usr/share/fonts/truetype/noto",
  "/usr/share/fonts/opentype/noto",
  "/usr/share/fonts/google-noto",
  "/usr/share/fonts/truetype/dejavu",
  "/usr/share/fonts/dejavu-sans-fonts",
];

/** The fonts the layout measures Latin text with; without them a PNG cannot keep its boxes. */
export const PNG_REQUIRED_FONTS: readonly string[] = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"];

/** Upright faces of normal width, as the layout's fallback widths were measured from; colour emoji resvg cannot draw. */
const FALLBACK_FACE = /^(DejaVu|Noto)[\w-]*\.(ttf|ttc|otf)$/;
const LEFT_OUT = /Mono|Condensed|Italic|Oblique|Light|Thin|Black|Medium|Semi|Extra|Display|UI-|ColorEmoji|Looped|Unjoined/;

/**
 * resvg draws a whole text run in the first fallback font that has every character of it,
 * so fonts without Latin letters come first (only the missing characters are taken from
 * them), then CJK, then the Latin ones, serif faces last.
 */
function fallbackRank(name: string): number {
  if (/Serif/.test(name)) return 4;
  if (/CJK/.test(name)) return 1;
  if (/^NotoSans-|^DejaVuSans[.-]/.test(name)) return 3;
  return /^NotoSans/.test(name) ? 0 : 2;
}

/**
 * Returns the font files a PNG is drawn with: Liberation Sans regular and bold (required),
 * then the DejaVu and Noto faces the text measurer's fallback widths come from, as found in
 * `dirs`; throws {@link MissingFontError} when Liberation Sans is missing.
 *
 * @example
 * ```ts
 * import { findPngFonts } from "journeykit";
 *
 * const files = await findPngFonts(["/usr/share/fonts/truetype/liberation"]);
 * files[0]; // "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
 * ```
 */
export async function findPngFonts(dirs: readonly string[] = PNG_FONT_DIRS): Promise<string[]> {
  // Variable specifiers: a browser bundle of the package must not try to resolve Node's modules.
  const [fs, path] = ["node:fs", "node:path"];
  const { readdirSync } = (await import(fs)) as typeof import("node:fs");
  const { join } = (await import(path)) as typeof import("node:path");
  const found = new Map<string, string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) if (!found.has(name)) found.set(name, join(dir, name));
  }
  const missing = PNG_REQUIRED_FONTS.filter((name) => !found.has(name));
  if (missing.length > 0) throw new MissingFontError("PNG output", missing, dirs);
  const fallback = [...found.keys()]
    .filter((name) => FALLBACK_FACE.test(name) && !LEFT_OUT.test(name))
    .sort((a, b) => fallbackRank(a) - fallbackRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return [...PNG_REQUIRED_FONTS, ...fallback].map((name) => found.get(name)!);
}

/** The part of `@resvg/resvg-js` used here. */
interface ResvgModule {
  Resvg: new (
    svg: string,
    options: {
      fitTo: { mode: "zoom"; value: number };
      font: { loadSystemFonts: boolean; fontFiles: string[]; defaultFontFamily: string };
    },
  ) => { render(): { asPng(): Uint8Array } };
}

/** The PNG's size in pixels: resvg rounds each side of the zoomed SVG up. */
function pngSize(svg: string, scale: number): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const side = (name: string) => Math.max(1, Math.ceil(Number(new RegExp(` ${name}="([^"]+)"`).exec(root)?.[1] ?? Number.NaN) * scale));
  return { width: side("width"), height: side("height") };
}

function checkOptions(options: WritePngOptions): { scale: number; maxPixels: number } {
  const { scale = 2, maxPixels = PNG_MAX_PIXELS } = options;
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0 || scale > PNG_MAX_SCALE) {
    throw new RangeError(`invalid scale: ${String(scale)}; expected a number above 0 and at most ${PNG_MAX_SCALE}`);
  }
  if (typeof maxPixels !== "number" || !Number.isSafeInteger(maxPixels) || maxPixels <= 0) {
    throw new RangeError(`invalid maxPixels: ${String(maxPixels)}; expected a positive integer`);
  }
  return { scale, maxPixels };
}

async function loadRenderer(): Promise<ResvgModule> {
  try {
    // A variable specifier keeps bundlers from resolving the optional package at build time.
    const specifier = PNG_RENDERER;
    return (await import(specifier)) as ResvgModule;
  } catch {
    throw new MissingPeerDependencyError(PNG_RENDERER, "PNG output");
  }
}

/** The SVG to rasterise: as `renderJourneyMapSvg` draws it, with mixed-font lines split for resvg. */
function svgForPng(map: JourneyMap, options: RenderJourneyMapSvgOptions = {}): string {
  if (typeof options !== "object" || options === null) throw new TypeError(`invalid options.render: ${String(options)}; expected an object`);
  const layoutOptions: Record<string, unknown> = {};
  const renderOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if ((RENDER_OPTION_NAMES as readonly string[]).includes(key)) renderOptions[key] = value;
    else layoutOptions[key] = value;
  }
  normalizeRenderOptions(renderOptions as RenderSvgOptions);
  const layout = layoutJourneyMap(map, layoutOptions as LayoutOptions);
  return renderSvg(splitFontRuns(layout, (layoutOptions as LayoutOptions).measureText), renderOptions as RenderSvgOptions);
}

async function writePng(map: JourneyMap, options: WritePngOptions): Promise<Uint8Array> {
  const { scale, maxPixels } = checkOptions(options);
  const svg = svgForPng(map, options.render);
  const { width, height } = pngSize(svg, scale);
  if (!(width * height <= maxPixels)) {
    const size = `${width}×${height} pixels (${formatCount(width * height)})`;
    throw new RangeError(`the PNG would be ${size}, over options.maxPixels ${formatCount(maxPixels)}; lower options.scale or raise options.maxPixels`);
  }
  const resvg = await loadRenderer();
  const fontFiles = await findPngFonts(options.fontDirs ?? PNG_FONT_DIRS);
  const renderer = new resvg.Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    // Only the fonts the layout measured with, so the PNG is the same on every machine.
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "Liberation Sans" },
  });
  return renderer.render().asPng();
}

/**
 * The drawn map as a PNG, through the optional `@resvg/resvg-js`, with the fonts the
 * layout measured with (see {@link findPngFonts}). Its `write` rejects with a RangeError
 * naming the option when `scale` is out of range or the image would exceed `maxPixels`
 * (checked before anything is drawn), and with {@link MissingPeerDependencyError} or a
 * missing-font error otherwise.
 */
export const pngFormat: JourneyMapFormat = {
  name: "png",
  aliases: [],
  extensions: [".png"],
  description: `the drawn map as a PNG image (needs the optional ${PNG_RENDERER})`,
  role: "render",
  peer: PNG_RENDERER,
  write: writePng,
};
