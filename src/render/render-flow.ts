import type { LayoutCell, LayoutFlow } from "../layout/types";
import type { StringSink } from "../layout/string-sink";
import { escapeText as esc } from "./escape";
import type { Theme } from "./theme";

/**
 * Writes the flow's edges: one arrowhead marker (its id prefixed), each edge a path in the
 * colour of the box outlines — dashed for a skip, so that colour never tells kinds apart — ending
 * in the arrowhead, then the edges' labels on opaque boxes over any line that crosses
 * them, each written by `cell`.
 */
export function renderFlow(out: StringSink, flow: LayoutFlow, theme: Theme, idPrefix: string, cell: (c: LayoutCell) => void): void {
  const marker = `${idPrefix}-arrow`;
  out.push(`<g class="jk-flow" data-lane="touchpoints">`);
  out.push(
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10Z" fill="${theme.border}"/></marker></defs>`,
  );
  for (const e of flow.edges) {
    const dash = e.kind === "skip" ? ' stroke-dasharray="5 3"' : "";
    out.push(
      `<path class="jk-flow-edge" data-from="${esc(e.from)}" data-to="${esc(e.to)}" data-kind="${e.kind}" d="${esc(e.path)}" fill="none" stroke="${theme.border}" stroke-width="1.5"${dash} marker-end="url(#${marker})"/>`,
    );
  }
  for (const e of flow.edges) if (e.labelBox) cell(e.labelBox);
  out.push("</g>");
}

/** Returns the end of a flow label's `<rect>`: the background colour over the lines, with a grid-coloured outline. */
export function flowLabelPaint(theme: Theme): string {
  return `" rx="4" fill="${theme.background}" stroke="${theme.grid}"/>`;
}

