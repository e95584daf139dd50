/**
 * The error a drawing format (PNG, PDF) throws when the font files the layout measured with
 * are not installed: text drawn in another font would no longer fit its boxes. `fileNames`
 * says which files, `dirs` where they were looked for.
 *
 * @example
 * ```ts
 * import { MissingFontError } from "journeykit";
 *
 * const error = new MissingFontError("PDF output", ["LiberationSans-Regular.ttf"], ["/usr/share/fonts"]);
 * error.fileNames; // ["LiberationSans-Regular.ttf"]
 * ```
 */
export class MissingFontError extends Error {
  override name = "MissingFontError";
  /** The font files that were not found. */
  readonly fileNames: readonly string[];
  /** The folders that were searched. */
  readonly dirs: readonly string[];
  constructor(purpose: string, fileNames: readonly string[], dirs: readonly string[], hint = "") {
    super(
      `${purpose} needs the font files ${fileNames.join(" and ")} (Liberation Sans, which the layout measures with), found in none of ${dirs.join(", ")}; install fonts-liberation (Debian, Ubuntu) or liberation-sans-fonts (Fedora)${hint}`,
    );
    this.fileNames = fileNames;
    this.dirs = dirs;
  }
}
