import { formatValue } from "../format-value";
import { defineLane } from "./lane";
import { startAt } from "./place";

const SEVERITY = ["", "minor", "low", "moderate", "high", "severe"];

/** Returns the secondary line of a pain point: its severity in words and how often it happens, or "" without either. */
export function painPointDetail(severity: number | undefined, frequency: number | undefined): string {
  const parts: string[] = [];
  if (severity !== undefined) parts.push(`Severity ${severity}/5 (${SEVERITY[severity] ?? ""})`);
  if (frequency !== undefined) parts.push(`${formatValue(Math.round(frequency * 1000) / 10)}% of customers`);
  return parts.join(" · ");
}

/** The pain points lane: one box per pain point, with its severity and frequency. */
export const painPointsLane = defineLane({
  id: "painPoints",
  label: "Pain points",
  default: true,
  cells: { painPoint: "painFill" },
  needsJourneyColumn: (places) => places.pain.includes(undefined),
  items({ map, plan, fonts }, sink) {
    map.painPoints.forEach((p, i) => {
      startAt(sink, plan, plan.places.pain[i], "painPoint", p.id);
      sink.text(p.title, fonts.bodyBold);
      const detail = painPointDetail(p.severity, p.frequency);
      if (detail) sink.text(detail, fonts.small, true);
    });
  },
});
