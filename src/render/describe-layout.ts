import { formatCount } from "../analysis/format";
import { formatValue } from "../layout/format-value";
import type { LayoutFlowSummary, LayoutSummary } from "../layout/types";

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * Returns a sentence or three that describe the journey in words, for the SVG's `<desc>`:
 * its stages, how many touchpoints, pain points and opportunities it has, and where the
 * emotion is lowest and highest, and — where the journey is not a straight line — where it
 * branches, loops back and may skip a touchpoint.
 *
 * @example
 * ```ts
 * import { describeLayout, layoutJourneyMap } from "journeykit";
 *
 * describeLayout(layoutJourneyMap(map).summary);
 * // Journey map "Morning coffee": 5 stages (Awareness, ...), 12 touchpoints, 7 pain points and 5 opportunities. Lowest emotion 1 of 5 at "Queue"; highest 5 of 5 at "First sip".
 * ```
 */
export function describeLayout(summary: LayoutSummary): string {
  const stages = summary.stageNames.length ? `${plural(summary.stageNames.length, "stage", "stages")} (${summary.stageNames.join(", ")})` : "no stages";
  let text = `Journey map "${summary.title}": ${stages}, ${plural(summary.touchpointCount, "touchpoint", "touchpoints")}, ${plural(summary.painPointCount, "pain point", "pain points")} and ${plural(summary.opportunityCount, "opportunity", "opportunities")}.`;
  if (summary.lowest && summary.highest) {
    text += ` Lowest emotion ${formatValue(summary.lowest.emotion)} of 5 at "${summary.lowest.name}"; highest ${formatValue(summary.highest.emotion)} of 5 at "${summary.highest.name}".`;
  } else {
    text += " No emotions recorded.";
  }
  if (summary.flow) text += describeFlow(summary.flow);
  return text;
}

/** The sentence about the flow: branches, loops and skippable touchpoints, or nothing when it has none. */
function describeFlow(flow: LayoutFlowSummary): string {
  const parts: string[] = [];
  if (flow.branches) parts.push(`branches at ${plural(flow.branches, "touchpoint", "touchpoints")}`);
  if (flow.loops) parts.push(`loops back ${plural(flow.loops, "time", "times")}`);
  if (flow.optional) parts.push(`lets customers skip ${plural(flow.optional, "optional touchpoint", "optional touchpoints")}`);
  if (parts.length === 0) return "";
  const last = parts.pop() as string;
  return ` The journey ${parts.length ? `${parts.join(", ")} and ${last}` : last}.`;
}
