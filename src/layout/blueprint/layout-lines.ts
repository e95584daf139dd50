import { baselineOffset, round2 } from "../cell";
import type { Fonts } from "../fonts";
import type { ResolvedLayoutOptions } from "../options";
import type { MeasureText } from "../text/types";
import type { JourneyLayout } from "../types";
import { lineAbove, lineStrip } from "./blueprint-lines";
import type { LayoutBlueprintLine } from "./types";

/**
 * Returns the blueprint lines of a placed layout: on top of each step lane whose lane right
 * above is the one the line separates it from, in the strip the lane kept for it (see
 * `drawSteps`), row by row. The name starts at the left margin; the line runs from just
 * right of it to the right end of the columns.
 */
export function layoutLines(layout: JourneyLayout, options: ResolvedLayoutOptions, fonts: Fonts, measure: MeasureText): LayoutBlueprintLine[] {
  const shown = options.lanes.map((l) => l.id);
  const { gap, margin } = options;
  const strip = lineStrip(fonts, gap);
  const right = round2(layout.width - margin);
  const out: LayoutBlueprintLine[] = [];
  for (const lane of layout.lanes) {
    const spec = lineAbove(lane.id, shown);
    if (!spec) continue;
    const lineTop = lane.y + gap / 2;
    const labelWidth = measure(spec.label, fonts.small);
    const line: LayoutBlueprintLine = {
      kind: spec.kind,
      laneId: lane.id,
      x1: round2(Math.min(right, margin + labelWidth + 6)),
      x2: right,
      y: round2(lane.y + strip / 2),
      dash: [...spec.dash],
      label: { x: margin, y: round2(lineTop + baselineOffset(fonts.small)), text: spec.label, font: fonts.small },
    };
    if (lane.row !== undefined) line.row = lane.row;
    out.push(line);
  }
  return out;
}
