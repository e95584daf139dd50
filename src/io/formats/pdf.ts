import { MissingFontError } from "./missing-font-error";
import type { JourneyMap } from "../../model/journey-map";
import { type RenderJourneyMapSvgOptions, renderJourneyMapSvg } from "../../render/render-journey-map-svg";
import { type JourneyMapFormat, MissingPeerDependencyError, type PdfPageSize, type WriteJourneyMapOptions } from "./journey-map-format";
import { FONT_FILES, fontSource, markFallbackText, PDF_FALLBACK_FONTS, PDF_FONT_DIRECTORIES, type PdfFallbackFont } from "./pdf-fonts";

export { PDF_FALLBACK_FONTS, PDF_FONT_DIRECTORIES, type PdfFallbackFont } from "./pdf-fonts";

/** The optional packages that write PDF: pdfkit draws the pages, svg-to-pdfkit turns the SVG into vector drawing and text. */
export const PDF_LIBRARIES = ["pdfkit", "svg-to-pdfkit"] as const;

/** A surrogate without its pair: PDF strings cannot hold one (pdfkit throws), so it is drawn as U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, "\uFFFD");

/** Page sizes in PDF points (1/72 in), landscape. */
const PAGES: Record<Exclude<PdfPageSize, "fit">, [number, number]> = { a4: [841.89, 595.28], a3: [1190.55, 841.89] };

/** The margin of A4 and A3 pages, in points. */
const MARGIN = 24;

/** Options of {@link renderJourneyMapPdf}. */
export interface RenderJourneyMapPdfOptions {
  /** Layout and render options of the map. @defaultValue `{}` */
  render?: RenderJourneyMapSvgOptions;
  /** `"fit"`: one page the map's size; `"a4"`, `"a3"`: landscape, the map scaled to fit. @defaultValue `"fit"` */
  page?: PdfPageSize;
  /** The font files (paths or bytes) to embed instead of searching {@link PDF_FONT_DIRECTORIES}. @defaultValue searched */
  fonts?: { regular: string | Uint8Array; bold: string | Uint8Array };
  /** The folders searched for Liberation Sans. @defaultValue {@link PDF_FONT_DIRECTORIES} */
  fontDirectories?: readonly string[];
  /** Fonts for the scripts Liberation Sans lacks, tried in order; `[]` for none. @defaultValue {@link PDF_FALLBACK_FONTS} */
  fallbackFonts?: readonly PdfFallbackFont[];
}

type PdfDoc = {
  registerFont(name: string, source: string | Uint8Array, family?: string): void;
  on(event: string, listener: (chunk?: Uint8Array) => void): void;
  end(): void;
};
type PdfKit = new (options: Record<string, unknown>) => PdfDoc;
type SvgToPdf = (doc: PdfDoc, svg: string, x: number, y: number, options: Record<string, unknown>) => void;

async function importPeer<T>(name: string): Promise<T> {
  try {
    // A variable specifier keeps bundlers from resolving the optional package at build time.
    const specifier = name;
    const module = (await import(specifier)) as { default?: T };
    return (module.default ?? module) as T;
  } catch {
    throw new MissingPeerDependencyError(name, "PDF output");
  }
}

/** `existsSync` of node:fs, loaded on first use. */
async function fileExists(): Promise<(path: string) => boolean> {
  // A variable specifier keeps browser bundles from resolving node:fs; PDF output is Node only.
  const fs = "node:fs";
  return ((await import(fs)) as typeof import("node:fs")).existsSync;
}

/** Registers the fallback fonts the text needs and that are installed; returns their names. */
async function registerFallbacks(doc: PdfDoc, used: ReadonlySet<PdfFallbackFont>): Promise<Set<string>> {
  const exists = await fileExists();
  const registered = new Set<string>();
  for (const font of used) {
    const regular = font.regular.find((candidate) => exists(fontSource(candidate).path));
    if (regular === undefined) continue;
    const bold = font.bold.find((candidate) => exists(fontSource(candidate).path)) ?? regular;
    for (const [face, candidate] of [
      ["regular", regular],
      ["bold", bold],
    ] as const) {
      const source = fontSource(candidate);
      doc.registerFont(`${font.name}-${face}`, source.path, source.face);
    }
    registered.add(font.name);
  }
  return registered;
}

async function findFonts(directories: readonly string[]): Promise<{ regular: string; bold: string }> {
  const existsSync = await fileExists();
  for (const directory of directories) {
    const regular = `${directory}/${FONT_FILES.regular}`;
    const bold = `${directory}/${FONT_FILES.bold}`;
    if (existsSync(regular) && existsSync(bold)) return { regular, bold };
  }
  throw new MissingFontError("PDF output", [FONT_FILES.regular, FONT_FILES.bold], directories, ", or pass fonts: { regular, bold }");
}

function checkPage(page: unknown): PdfPageSize {
  if (page === "fit" || page === "a4" || page === "a3") return page;
  const text = String(page).toLowerCase();
  throw new RangeError(`invalid page: ${JSON.stringify(page)}; expected "fit", "a4" or "a3"${text === "a4" || text === "a3" ? `; did you mean "${text}"?` : ""}`);
}

/**
 * Returns the map as a vector PDF (bytes): text stays text, in Liberation Sans regular and
 * bold embedded (the fonts the layout measures with), lines in scripts it lacks in a
 * fallback font (see {@link PDF_FALLBACK_FONTS}), on one page the map's size or on an
 * A4 or A3 landscape page with the map scaled to fit. Deterministic for a given map.
 * Rejects with `MissingPeerDependencyError` when `pdfkit` or `svg-to-pdfkit` is missing,
 * {@link MissingFontError} when the fonts are, and a `RangeError` for a bad `page`. Node only.
 *
 * @example
 * ```ts
 * import { renderJourneyMapPdf } from "journeykit";
 *
 * const bytes = await renderJourneyMapPdf(map, { page: "a4" }); // write them to journey.pdf
 * ```
 */
export async function renderJourneyMapPdf(map: JourneyMap, options: RenderJourneyMapPdfOptions = {}): Promise<Uint8Array> {
  const page = checkPage(options.page ?? "fit");
  const { svg, used } = markFallbackText(wellFormed(renderJourneyMapSvg(map, options.render)), options.fallbackFonts ?? PDF_FALLBACK_FONTS);
  const [width, height] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)?.slice(1) ?? ["800", "600"]).map(Number) as [number, number];
  const PDFDocument = await importPeer<PdfKit>(PDF_LIBRARIES[0]);
  const svgToPdf = await importPeer<SvgToPdf>(PDF_LIBRARIES[1]);
  const fonts = options.fonts ?? (await findFonts(options.fontDirectories ?? PDF_FONT_DIRECTORIES));
  // CSS pixels are 0.75 pt: a "fit" page prints the map at its drawn size.
  const size: [number, number] = page === "fit" ? [width * 0.75, height * 0.75] : PAGES[page];
  const margin = page === "fit" ? 0 : MARGIN;
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: true,
    // No hidden clock: the dates come from the map, or a fixed one.
    info: { Title: wellFormed(map.title), Creator: "journeykit", Producer: "journeykit", CreationDate: new Date(map.metadata?.updatedAt ?? "2000-01-01T00:00:00Z") },
  });
  doc.registerFont("jk-regular", fonts.regular);
  doc.registerFont("jk-bold", fonts.bold);
  const fallbacks = await registerFallbacks(doc, used);
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.on("data", (chunk) => chunks.push(chunk as Uint8Array));
  svgToPdf(doc, svg, margin, margin, {
    width: size[0] - 2 * margin,
    height: size[1] - 2 * margin,
    preserveAspectRatio: "xMidYMid meet",
    fontCallback: (family: string, bold: boolean) => (fallbacks.has(family) ? `${family}-${bold ? "bold" : "regular"}` : bold ? "jk-bold" : "jk-regular"),
    warningCallback: () => undefined,
  });
  doc.end();
  await done;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The drawn map as a vector PDF, through the optional `pdfkit` and `svg-to-pdfkit`. */
export const pdfFormat: JourneyMapFormat = {
  name: "pdf",
  aliases: [],
  extensions: [".pdf"],
  description: `the drawn map as a vector PDF, text as text (needs the optional ${PDF_LIBRARIES.join(" and ")})`,
  role: "render",
  peer: PDF_LIBRARIES.join(" "),
  write: (map: JourneyMap, options: WriteJourneyMapOptions) => renderJourneyMapPdf(map, { render: options.render ?? {}, page: options.page ?? "fit" }),
};
