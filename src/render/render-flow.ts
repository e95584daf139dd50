import type { LayoutCell, LayoutFlow } from "../layout/types";
import type { StringSink } from "../layout/string-sink";
import { escapeText as esc } from "./escape";
import type { Theme } from "./theme";

/**
 * Writes the flow's edges: each edge a path in the colour of the box outlines — dashed for
 * a skip, so that colour never tells kinds apart — then their arrowheads (drawn triangles,
 * which every SVG reader draws alike, where `<marker>` support varies), then the edges'
 * labels on opaque boxes over any line that crosses them, each written by `cell`.
 */
export function renderFlow(out: StringSink, flow: LayoutFlow, theme: Theme, cell: (c: LayoutCell) => void): void {
  out.push(`<g class="jk-flow" data-lane="touchpoints">`);
  for (const e of flow.edges) {
    const dash = e.kind === "skip" ? ' stroke-dasharray="5 3"' : "";
    out.push(
      `<path class="jk-flow-edge" data-from="${esc(e.from)}" data-to="${esc(e.to)}" data-kind="${e.kind}" d="${esc(e.path)}" fill="none" stroke="${theme.border}" stroke-width="1.5"${dash}/>`,
    );
  }
  out.push(`<g class="jk-flow-arrows" fill="${theme.border}">`);
  for (const e of flow.edges) out.push(`<path class="jk-flow-arrow" data-from="${esc(e.from)}" data-to="${esc(e.to)}" d="${esc(e.arrow)}"/>`);
  out.push("</g>");
  for (const e of flow.edges) if (e.labelBox) cell(e.labelBox);
  out.push("</g>");
}

/** Returns the end of a flow label's `<rect>`: the background colour over the lines, with a grid-coloured outline. */
export function flowLabelPaint(theme: Theme): string {
  return `" rx="4" fill="${theme.background}" stroke="${theme.grid}"/>`;
}
