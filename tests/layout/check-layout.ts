import type { JourneyLayout, LayoutCell } from "../../src/layout/types";
import { inkAbove, inkBelow } from "../../src/layout/text/ink-extent";
import { measureText } from "../../src/layout/text/index";
import type { MeasureText } from "../../src/layout/text/types";

/** Liberation Sans ascent and descent, in em. */
const ASCENT = 0.905;
const DESCENT = 0.212;
/** Layout numbers are rounded to 2 decimals. */
const EPS = 0.011;

/** Every text box of a layout: title, lane labels, lane cells and the emotion lane's cells. */
export function allCells(layout: JourneyLayout): LayoutCell[] {
  return [...(layout.title ? [layout.title] : []), ...layout.lanes.map((l) => l.label), ...layout.cells, ...(layout.emotion?.cells ?? [])];
}

/**
 * Returns what is wrong with a layout's geometry (empty when nothing): a line whose measured
 * box leaves its cell's box minus the padding, a first or last line whose ink (as
 * `inkAbove` and `inkBelow` estimate it) leaves the box minus the padding, two boxes of one
 * lane that overlap, a box or a point outside the layout, a line with no text.
 */
export function layoutProblems(layout: JourneyLayout, measure: MeasureText = measureText): string[] {
  const problems: string[] = [];
  const pad = layout.padding;
  const cells = allCells(layout);
  const name = (c: LayoutCell) => `${c.laneId}/${c.entityId}`;
  for (const c of cells) {
    if (c.x < -EPS || c.y < -EPS || c.x + c.width > layout.width + EPS || c.y + c.height > layout.height + EPS) {
      problems.push(`${name(c)}: box outside the layout`);
    }
    for (const line of c.lines) {
      if (line.text.length === 0) problems.push(`${name(c)}: empty line`);
      const left = line.x;
      const right = line.x + measure(line.text, line.font);
      const top = line.y - ASCENT * line.font.size;
      const bottom = line.y + DESCENT * line.font.size;
      if (left < c.x + pad - EPS || right > c.x + c.width - pad + EPS || top < c.y + pad - EPS || bottom > c.y + c.height - pad + EPS) {
        problems.push(
          `${name(c)}: line ${JSON.stringify(line.text)} [${left}, ${top}, ${right}, ${bottom}] outside box [${c.x}, ${c.y}, ${c.x + c.width}, ${c.y + c.height}] minus padding`,
        );
      }
    }
    const first = c.lines[0];
    const last = c.lines[c.lines.length - 1];
    if (first && first.y - inkAbove(first.text, first.font) < c.y + pad - EPS) problems.push(`${name(c)}: the ink of ${JSON.stringify(first.text)} reaches above the box`);
    if (last && last.y + inkBelow(last.text, last.font) > c.y + c.height - pad + EPS) problems.push(`${name(c)}: the ink of ${JSON.stringify(last.text)} reaches below the box`);
    for (const g of c.glyphs ?? []) {
      if (g.type !== "bar") continue;
      if (g.x < c.x + pad - EPS || g.x + g.width > c.x + c.width - pad + EPS || g.y + g.height > c.y + c.height - pad + EPS)
        problems.push(`${name(c)}: a bar leaves the box minus padding`);
      if (last && g.y < last.y + DESCENT * last.font.size - EPS) problems.push(`${name(c)}: a bar overlaps the text`);
      if (!(g.width > 0)) problems.push(`${name(c)}: an empty bar segment`);
    }
  }
  const byLane = new Map<string, LayoutCell[]>();
  for (const c of cells) byLane.set(c.laneId, [...(byLane.get(c.laneId) ?? []), c]);
  for (const [lane, boxes] of byLane) {
    boxes.sort((a, b) => a.x - b.x);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i] as LayoutCell;
      for (let j = i + 1; j < boxes.length && (boxes[j] as LayoutCell).x < a.x + a.width - EPS; j++) {
        const b = boxes[j] as LayoutCell;
        const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (overlapX > EPS && overlapY > EPS) problems.push(`${lane}: ${name(a)} overlaps ${name(b)}`);
      }
    }
  }
  const plot = layout.emotion?.plot;
  for (const p of layout.emotion?.measured?.points ?? []) {
    if (!plot || p.x - 5 < plot.x - EPS || p.x + 5 > layout.width || p.yHigh < plot.y - EPS || p.yLow > plot.y + plot.height + EPS)
      problems.push(`measured point ${p.touchpointId} outside the plot`);
    if (!(p.yHigh <= p.y + EPS && p.y <= p.yLow + EPS)) problems.push(`measured point ${p.touchpointId} outside its interval`);
  }
  for (const series of layout.emotion?.series ?? []) {
    for (const p of series.points) {
      if (p.x - 8 < 0 || p.x + 8 > layout.width || p.y - 8 < 0 || p.y + 8 > layout.height) problems.push(`point ${p.touchpointId} near the edge`);
    }
  }
  return problems;
}
