import type { FlowEdge } from "../../model/flow-graph";
import type { Fonts } from "../fonts";
import { textCell } from "../measured-items";
import type { LayoutCell } from "../types";
import type { Wrap } from "../wrap";

/**
 * Returns the text written beside a flow edge: its label and its share as a percentage
 * (`"Order ahead · 40%"`), either alone, or `undefined` when the edge has neither.
 */
export function edgeLabelText(edge: Pick<FlowEdge, "label" | "share">): string | undefined {
  const share = edge.share === undefined ? undefined : `${+(edge.share * 100).toFixed(1)}%`;
  const label = edge.label?.trim() ? edge.label : undefined;
  // No-break spaces keep the share on the line of the label's last word.
  if (label !== undefined && share !== undefined) return `${label}\u00a0·\u00a0${share}`;
  return label ?? share;
}

/** What an edge label's box needs: the wrap, the fonts and the padding of the layout. */
export interface EdgeLabelStyle {
  wrap: Wrap;
  fonts: Fonts;
  padding: number;
}

/** Returns the box of an edge's label, `width` wide with its top at `y`, its text wrapped in the small font. */
export function edgeLabelCell(style: EdgeLabelStyle, edge: FlowEdge, text: string, x: number, y: number, width: number): LayoutCell {
  const place = { laneId: "touchpoints", x, y, width, padding: style.padding };
  return textCell(style.wrap, "flow-label", edge.from, [{ text, font: style.fonts.small, muted: true }], place);
}
