import type { JourneyMap } from "../../model/journey-map";
import { round2 } from "../cell";
import type { JourneyLayout, LayoutCell } from "../types";
import { formatAgainst, overTolerance } from "./steps-by-touchpoint";
import type { LayoutBadge } from "./types";

/** The lanes of service steps. */
export const STEP_LANES: readonly string[] = ["frontstage", "backstage", "support"];

/** Returns the radius of a badge for the spacing: at most 7, and less than both the gap (so it never reaches a neighbouring box) and the padding (so it never reaches the text); 0 when that leaves less than 3. */
export function badgeRadius(gap: number, padding: number): number {
  const r = Math.min(7, gap - 1, padding - 1);
  return r >= 3 ? round2(r) : 0;
}

/** The badges a box carries, with their titles: a fail point, and a wait over its tolerance. */
function badgesOf(map: JourneyMap, cell: LayoutCell, steps: Map<string, NonNullable<JourneyMap["serviceSteps"]>[number]>): { kind: LayoutBadge["kind"]; title: string }[] {
  const wait = (minutes: number, tolerance: number) => `Wait: ${formatAgainst(minutes, tolerance).replace(" / ", " against a tolerance of ")}`;
  if (cell.laneId === "time") {
    if (cell.kind !== "durationOver") return [];
    const tp = map.touchpoints.find((t) => t.id === cell.entityId);
    const timed = tp ?? steps.get(cell.entityId);
    return timed ? [{ kind: "wait", title: wait(timed.durationMinutes as number, timed.toleranceMinutes as number) }] : [];
  }
  const step = STEP_LANES.includes(cell.laneId) ? steps.get(cell.entityId) : undefined;
  if (!step) return [];
  const out: { kind: LayoutBadge["kind"]; title: string }[] = [];
  if (step.failPoint) out.push({ kind: "fail-point", title: `Fail point: ${step.mitigation ? `mitigation: ${step.mitigation}` : "no mitigation"}` });
  if (overTolerance(step.durationMinutes, step.toleranceMinutes)) out.push({ kind: "wait", title: wait(step.durationMinutes as number, step.toleranceMinutes as number) });
  return out;
}

/**
 * Returns the badges of a placed layout: on each step box that is a fail point or over its
 * tolerance, and on each time entry over its tolerance. A badge is centred on the box's top
 * edge, right to left from its right end, so it lies on the box's outline and padding,
 * never on its text or another box.
 */
export function layoutBadges(map: JourneyMap, layout: JourneyLayout, r: number): LayoutBadge[] {
  if (r === 0) return [];
  const steps = new Map((map.serviceSteps ?? []).map((s) => [s.id, s]));
  const out: LayoutBadge[] = [];
  for (const cell of layout.cells) {
    if (cell.laneId !== "time" && !STEP_LANES.includes(cell.laneId)) continue;
    badgesOf(map, cell, steps).forEach((b, i) => {
      const x = round2(cell.x + cell.width - r - 3 - i * (2 * r + 3));
      out.push({ kind: b.kind, entityId: cell.entityId, laneId: cell.laneId, x, y: cell.y, r, title: b.title });
    });
  }
  return out;
}
