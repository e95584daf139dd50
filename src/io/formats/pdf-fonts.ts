/**
 * Fonts of PDF output: Liberation Sans, which the layout measures with, and fallbacks for
 * the scripts it has no glyphs for. A text line holding such a script is drawn whole in
 * the first fallback that covers it (its Latin letters too, so one line has one font).
 */

/**
 * Where PDF output looks for Liberation Sans (`LiberationSans-Regular.ttf` and
 * `LiberationSans-Bold.ttf`), the font the layout measures with, in this order: Debian and
 * Ubuntu (`fonts-liberation`), Fedora, Arch, then local and macOS font folders.
 */
export const PDF_FONT_DIRECTORIES: readonly string[] = [
  "/usr/share/fonts/truetype/liberation",
  "/usr/share/fonts/truetype/liberation2",
  "/usr/share/fonts/liberation-sans",
  "/usr/share/fonts/liberation",
  "/usr/share/fonts/TTF",
  "/usr/local/share/fonts",
  "/Library/Fonts",
];

/** The file names of Liberation Sans. */
export const FONT_FILES = { regular: "LiberationSans-Regular.ttf", bold: "LiberationSans-Bold.ttf" } as const;

/** A font for the scripts Liberation Sans lacks: the characters it covers, and candidate files (`path#PostScriptName` inside a collection). */
export interface PdfFallbackFont {
  /** Its name in the PDF's font list. */
  readonly name: string;
  /** The characters that send a line to this font. */
  readonly covers: RegExp;
  /** Candidate files of the regular face, first found wins. */
  readonly regular: readonly string[];
  /** Candidate files of the bold face; the regular one is used when none is found. */
  readonly bold: readonly string[];
}

/**
 * The fallback fonts of PDF output, tried in order for each line: Noto Sans CJK (Debian's
 * `fonts-noto-cjk`) for Chinese, Japanese and Korean, then DejaVu Sans (`fonts-dejavu-core`)
 * for Arabic, Hebrew, Armenian, Georgian and the emoji it draws in outline. A fallback that
 * is not installed is skipped: those glyphs are then missing from the PDF, never an error.
 */
export const PDF_FALLBACK_FONTS: readonly PdfFallbackFont[] = [
  {
    name: "jk-fallback-cjk",
    covers: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u,
    regular: ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular", "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular"],
    bold: ["/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc#NotoSansCJKsc-Bold", "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc#NotoSansCJKsc-Bold"],
  },
  {
    name: "jk-fallback-dejavu",
    covers: /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Armenian}\p{Script=Georgian}\p{Extended_Pictographic}]/u,
    regular: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf"],
    bold: ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"],
  },
];

/**
 * Returns the SVG with each `<text>` line that needs a fallback font marked with that
 * font's name as its `font-family`, and the fallbacks used. Never throws.
 */
export function markFallbackText(svg: string, fallbacks: readonly PdfFallbackFont[]): { svg: string; used: Set<PdfFallbackFont> } {
  const used = new Set<PdfFallbackFont>();
  const marked = svg.replace(/<text ([^>]*)>([^<]*)<\/text>/g, (element, attributes: string, text: string) => {
    const fallback = fallbacks.find((font) => font.covers.test(text));
    if (!fallback) return element;
    used.add(fallback);
    return `<text font-family="${fallback.name}" ${attributes}>${text}</text>`;
  });
  return { svg: marked, used };
}

/** Splits `path#PostScriptName` into the file and the face inside a collection. */
export function fontSource(candidate: string): { path: string; face?: string } {
  const hash = candidate.lastIndexOf("#");
  return hash === -1 ? { path: candidate } : { path: candidate.slice(0, hash), face: candidate.slice(hash + 1) };
}
