import type { JourneyLayout, LayoutCell } from "../../../src/layout/types";
import { measureText } from "../../../src/layout/text/index";
import type { MeasureText } from "../../../src/layout/text/types";
import { allCells } from "../check-layout";

/** Layout numbers are rounded to 2 decimals. */
const EPS = 0.011;

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const boxOf = (c: LayoutCell): Rect => ({ x1: c.x, y1: c.y, x2: c.x + c.width, y2: c.y + c.height });
const textOf = (c: LayoutCell, pad: number): Rect => ({ x1: c.x + pad, y1: c.y + pad, x2: c.x + c.width - pad, y2: c.y + c.height - pad });
const overlaps = (a: Rect, b: Rect) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > EPS && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > EPS;
const name = (c: LayoutCell) => `${c.laneId}/${c.entityId}`;

/** Whether the point lies on the box's outline (or within EPS of it). */
export function onEdge(p: { x: number; y: number }, c: LayoutCell): boolean {
  const inside = p.x >= c.x - EPS && p.x <= c.x + c.width + EPS && p.y >= c.y - EPS && p.y <= c.y + c.height + EPS;
  const edge = Math.abs(p.x - c.x) <= EPS || Math.abs(p.x - c.x - c.width) <= EPS || Math.abs(p.y - c.y) <= EPS || Math.abs(p.y - c.y - c.height) <= EPS;
  return inside && edge;
}

/**
 * Returns what is wrong with a layout's blueprint (empty when nothing): an arrow whose ends
 * are not on the outlines of its two steps' boxes, whose route or heads enter any box, or
 * whose heads are not at its ends (both when mutual); a badge
 * that reaches another box or any text; a line that crosses a box, or whose name overlaps
 * one; two lines of one row with the same dash pattern.
 */
export function blueprintProblems(layout: JourneyLayout, measure: MeasureText = measureText): string[] {
  const bp = layout.blueprint;
  if (!bp) return [];
  const problems: string[] = [];
  const cells = allCells(layout);
  const pad = layout.padding;
  const stepBox = (id: string) => layout.cells.find((c) => c.entityId === id && ["frontstage", "backstage", "support"].includes(c.laneId));
  for (const a of bp.arrows) {
    const from = stepBox(a.fromStepId);
    const to = stepBox(a.toStepId);
    const first = a.points[0];
    const last = a.points[a.points.length - 1];
    if (!from || !to || !first || !last) {
      problems.push(`arrow ${a.fromStepId}→${a.toStepId}: a step or the route is missing`);
      continue;
    }
    if (!onEdge(first, from)) problems.push(`arrow ${a.fromStepId}→${a.toStepId}: starts off its box`);
    if (!onEdge(last, to)) problems.push(`arrow ${a.fromStepId}→${a.toStepId}: ends off its box`);
    for (let i = 1; i < a.points.length; i++) {
      const p = a.points[i - 1] as { x: number; y: number };
      const q = a.points[i] as { x: number; y: number };
      const seg = { x1: Math.min(p.x, q.x) - EPS / 2, y1: Math.min(p.y, q.y) - EPS / 2, x2: Math.max(p.x, q.x) + EPS / 2, y2: Math.max(p.y, q.y) + EPS / 2 };
      for (const c of cells) {
        const inner = { x1: c.x + 2 * EPS, y1: c.y + 2 * EPS, x2: c.x + c.width - 2 * EPS, y2: c.y + c.height - 2 * EPS };
        if (overlaps(seg, inner)) problems.push(`arrow ${a.fromStepId}→${a.toStepId}: crosses ${name(c)}`);
      }
    }
  }
  for (const a of bp.arrows) {
    const tips = [a.points[a.points.length - 1], ...(a.mutual ? [a.points[0]] : [])];
    if (a.heads.length !== tips.length) problems.push(`arrow ${a.fromStepId}→${a.toStepId}: ${a.heads.length} heads`);
    a.heads.forEach((h, i) => {
      const tip = tips[i];
      if (!tip || h[0]?.x !== tip.x || h[0]?.y !== tip.y) problems.push(`arrow ${a.fromStepId}→${a.toStepId}: a head off the route's end`);
      const xs = h.map((p) => p.x);
      const ys = h.map((p) => p.y);
      const box = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
      for (const c of cells)
        if (overlaps(box, { x1: c.x + 2 * EPS, y1: c.y + 2 * EPS, x2: c.x + c.width - 2 * EPS, y2: c.y + c.height - 2 * EPS }))
          problems.push(`arrow ${a.fromStepId}→${a.toStepId}: a head overlaps ${name(c)}`);
    });
  }
  for (const b of bp.badges) {
    const own = layout.cells.find((c) => c.entityId === b.entityId && c.laneId === b.laneId);
    const disc = { x1: b.x - b.r, y1: b.y - b.r, x2: b.x + b.r, y2: b.y + b.r };
    if (!own || b.x - b.r < own.x - EPS || b.x + b.r > own.x + own.width + EPS) problems.push(`badge ${b.kind} on ${b.entityId}: not on its box`);
    for (const c of cells) {
      if (c !== own && overlaps(disc, boxOf(c))) problems.push(`badge ${b.kind} on ${b.entityId}: overlaps ${name(c)}`);
      if (c.lines.length > 0 && overlaps(disc, textOf(c, pad))) problems.push(`badge ${b.kind} on ${b.entityId}: overlaps the text of ${name(c)}`);
    }
  }
  const dashes = new Map<string, string>();
  for (const line of bp.lines) {
    const key = `${line.row ?? 0}:${JSON.stringify(line.dash)}`;
    if (dashes.has(key)) problems.push(`line ${line.kind}: the same dash as ${dashes.get(key)}`);
    dashes.set(key, line.kind);
    const seg = { x1: line.x1, y1: line.y - 0.75, x2: line.x2, y2: line.y + 0.75 };
    const label = {
      x1: line.label.x,
      y1: line.label.y - 0.905 * line.label.font.size,
      x2: line.label.x + measure(line.label.text, line.label.font),
      y2: line.label.y + 0.212 * line.label.font.size,
    };
    if (label.x2 > line.x1 + EPS) problems.push(`line ${line.kind}: its name reaches the line`);
    for (const c of cells) {
      if (overlaps(seg, boxOf(c))) problems.push(`line ${line.kind}: crosses ${name(c)}`);
      if (overlaps(label, boxOf(c))) problems.push(`line ${line.kind}: its name overlaps ${name(c)}`);
    }
  }
  return problems;
}
