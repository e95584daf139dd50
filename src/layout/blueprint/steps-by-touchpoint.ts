import type { JourneyMap } from "../../model/journey-map";
import type { ServiceStep } from "../../model/service-step";

/** Returns the map's service steps by touchpoint id, in document order behind each touchpoint. */
export function stepsByTouchpoint(map: JourneyMap): Map<string, ServiceStep[]> {
  const out = new Map<string, ServiceStep[]>();
  for (const step of map.serviceSteps ?? []) {
    const list = out.get(step.touchpointId);
    if (list) list.push(step);
    else out.set(step.touchpointId, [step]);
  }
  return out;
}

/** Returns whether `minutes` passes `tolerance` (both given). */
export function overTolerance(minutes: number | undefined, tolerance: number | undefined): boolean {
  return minutes !== undefined && tolerance !== undefined && minutes > tolerance;
}

/** Returns minutes as people say them, at most one decimal: `12 min` under two hours, `4 h` under two days, `3 d` from then on (by the size of `unitOf`, so that two figures can share a unit). */
export function formatMinutes(minutes: number, unitOf = minutes): string {
  if (unitOf < 120) return `${+minutes.toFixed(1)} min`;
  if (unitOf < 2880) return `${+(minutes / 60).toFixed(1)} h`;
  return `${+(minutes / 1440).toFixed(1)} d`;
}

/** Returns a time against its tolerance in one unit, the larger's: `4 h / 1 h`, `12 min / 10 min`. */
export function formatAgainst(minutes: number, tolerance: number): string {
  const unitOf = Math.max(minutes, tolerance);
  return `${formatMinutes(minutes, unitOf)} / ${formatMinutes(tolerance, unitOf)}`;
}
