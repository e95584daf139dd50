import { findFormat, type JourneyMap, type RenderJourneyMapSvgOptions, renderJourneyMapSvg } from "journeykit";
import { download } from "./dom";

/** The export buttons' formats. */
export type ExportKind = "svg" | "png" | "json" | "mermaid";

/** A file name for the map: its id, which is safe in file names. */
const baseName = (map: JourneyMap): string => map.id.replace(/[^A-Za-z0-9_-]/g, "-") || "journey";

/** Draws `svg` on a canvas `scale` times its size; resolves to the PNG bytes, rejects when the browser cannot. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas in this browser");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Text of a map format through the format registry (`json`, `mermaid`). */
function writeText(name: string, map: JourneyMap): string {
  const written = findFormat(name)?.write?.(map, {});
  if (typeof written !== "string") throw new Error(`${name} is not a text format`);
  return written;
}

/** Offers `map` as a download in `kind`, drawn with `options` for SVG and PNG. */
export async function exportMap(map: JourneyMap, kind: ExportKind, options: RenderJourneyMapSvgOptions): Promise<void> {
  const name = baseName(map);
  if (kind === "json") return download(`${name}.json`, writeText("json", map), "application/json");
  if (kind === "mermaid") return download(`${name}.mmd`, writeText("mermaid", map), "text/plain");
  const svg = renderJourneyMapSvg(map, options);
  if (kind === "svg") return download(`${name}.svg`, svg, "image/svg+xml");
  download(`${name}.png`, await svgToPng(svg), "image/png");
}
