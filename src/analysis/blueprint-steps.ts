import type { ServiceStep } from "../model/service-step";
import type { AnalysisContext } from "./analysis-context";

/**
 * Returns the map's service steps in journey order of their touchpoints, and in document
 * order behind one touchpoint; steps whose touchpoint is not on the journey are left out.
 */
export function stepsInJourneyOrder(context: Pick<AnalysisContext, "map" | "journey">): ServiceStep[] {
  const byTouchpoint = new Map<string, ServiceStep[]>();
  for (const step of context.map.serviceSteps ?? []) {
    const list = byTouchpoint.get(step.touchpointId);
    if (list) list.push(step);
    else byTouchpoint.set(step.touchpointId, [step]);
  }
  if (byTouchpoint.size === 0) return [];
  return context.journey.flatMap((t) => byTouchpoint.get(t.id) ?? []);
}
