import { defineLane } from "./lane";
import { startAt } from "./place";

/** Returns the secondary line of an opportunity: impact, effort (each when known) and status. */
export function opportunityDetail(impact: number | undefined, effort: number | undefined, status: string): string {
  const parts: string[] = [];
  if (impact !== undefined) parts.push(`Impact ${impact}/5`);
  if (effort !== undefined) parts.push(`${parts.length ? "effort" : "Effort"} ${effort}/5`);
  parts.push(status);
  return parts.join(" · ");
}

/** The opportunities lane: one box per opportunity, with its impact, effort and status. */
export const opportunitiesLane = defineLane({
  id: "opportunities",
  label: "Opportunities",
  default: true,
  cells: { opportunity: "opportunityFill" },
  needsJourneyColumn: (places) => places.opportunity.includes(undefined),
  items({ map, plan, fonts }, sink) {
    map.opportunities.forEach((o, i) => {
      startAt(sink, plan, plan.places.opportunity[i], "opportunity", o.id);
      sink.text(o.title, fonts.bodyBold);
      sink.text(opportunityDetail(o.impact, o.effort, o.status), fonts.small, true);
    });
  },
});
