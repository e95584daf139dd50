import type { JourneyMap } from "../../model/journey-map";
import type { ColumnPlan } from "../columns";
import type { Touchpoint } from "../../model/touchpoint";
import { stepsByTouchpoint } from "./steps-by-touchpoint";

/** One entry of the time lane: a touchpoint's own time or a step's, against its tolerance. */
export interface TimeEntry {
  /** The touchpoint, or the step. */
  entityId: string;
  /** What the time is of: `"Touchpoint"`, or the step's text. */
  what: string;
  minutes: number | undefined;
  tolerance: number | undefined;
}

/** Returns the time entries of a touchpoint: its own (when it has a duration or a tolerance), then each of its steps with a duration, in document order. */
export function timeEntries(tp: Touchpoint, steps: ReturnType<typeof stepsByTouchpoint>): TimeEntry[] {
  const out: TimeEntry[] = [];
  if (tp.durationMinutes !== undefined || tp.toleranceMinutes !== undefined) {
    out.push({ entityId: tp.id, what: "Touchpoint", minutes: tp.durationMinutes, tolerance: tp.toleranceMinutes });
  }
  for (const s of steps.get(tp.id) ?? []) {
    if (s.durationMinutes !== undefined) out.push({ entityId: s.id, what: s.text, minutes: s.durationMinutes, tolerance: s.toleranceMinutes });
  }
  return out;
}

/** Returns whether some touchpoint that has a column, or one of its steps, has a time to show. */
export function hasTimes(map: JourneyMap, plan: ColumnPlan): boolean {
  const steps = stepsByTouchpoint(map);
  return plan.touchpointOf.some((t) => t !== undefined && timeEntries(map.touchpoints[t] as Touchpoint, steps).length > 0);
}
