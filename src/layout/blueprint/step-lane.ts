import type { JourneyMap } from "../../model/journey-map";
import type { ServiceLayer, ServiceStep } from "../../model/service-step";
import { round2 } from "../cell";
import type { ColumnPlan } from "../columns";
import type { DrawLaneInput, DrawnLane } from "../lanes/lane";
import { type TextSpec, textCell } from "../measured-items";
import { type StackedBoxes, stackCells } from "../stack-cells";
import { lineAbove, lineStrip } from "./blueprint-lines";
import { formatAgainst, overTolerance, stepsByTouchpoint } from "./steps-by-touchpoint";

/** Returns the paragraphs of a step's box: its text; its owner and system; a fail point with its mitigation; a wait over its tolerance. */
export function stepParagraphs(input: Pick<DrawLaneInput, "map" | "fonts">, step: ServiceStep): TextSpec[] {
  const { fonts, map } = input;
  const out: TextSpec[] = [{ text: step.text, font: fonts.body }];
  const owner = step.ownerId === undefined ? undefined : map.teams.find((t) => t.id === step.ownerId)?.name;
  const who = [owner, step.system].filter((s): s is string => s !== undefined && s.trim() !== "").join(" · ");
  if (who) out.push({ text: who, font: fonts.small, muted: true });
  if (step.failPoint) {
    out.push({ text: "! Fail point", font: fonts.bodyBold });
    out.push({ text: step.mitigation ? `Mitigation: ${step.mitigation}` : "No mitigation", font: fonts.small, muted: true });
  }
  if (overTolerance(step.durationMinutes, step.toleranceMinutes)) {
    out.push({ text: `! Wait: ${formatAgainst(step.durationMinutes as number, step.toleranceMinutes as number)}`, font: fonts.bodyBold });
  }
  return out;
}

/** Returns whether a touchpoint that has a column has a step of `layer`. */
export function hasSteps(layer: ServiceLayer): (map: JourneyMap, plan: ColumnPlan) => boolean {
  return (map, plan) => {
    const drawn = new Set(plan.touchpointOf.flatMap((t) => (t === undefined ? [] : [(map.touchpoints[t] as { id: string }).id])));
    return (map.serviceSteps ?? []).some((s) => s.layer === layer && drawn.has(s.touchpointId));
  };
}

/**
 * Returns the layout of a lane of service steps: the steps of `layer`, one box each (text,
 * owner and system, fail point, wait), stacked in their touchpoint's column. When the lane
 * right above is the one a blueprint line separates it from, the lane keeps a strip at its
 * top for that line and its name.
 */
export function drawSteps(layer: ServiceLayer): (input: DrawLaneInput) => DrawnLane {
  return (input) => {
    const { map, plan, columns, options, fonts, wrap, top, name } = input;
    const { gap, padding, margin, labelWidth } = options;
    const strip = lineAbove(
      layer,
      options.lanes.map((l) => l.id),
    )
      ? lineStrip(fonts, gap)
      : 0;
    const steps = stepsByTouchpoint(map);
    const boxes: StackedBoxes = { spans: [], columns: [] };
    plan.touchpointOf.forEach((t, column) => {
      const tp = t === undefined ? undefined : map.touchpoints[t];
      for (const step of (tp && steps.get(tp.id)) || []) {
        if (step.layer !== layer) continue;
        const paragraphs = stepParagraphs(input, step);
        const kind = step.failPoint ? "failPointStep" : "serviceStep";
        boxes.columns.push({ column, box: { kind, entityId: step.id, laneId: layer, padding, paragraphs } });
      }
    });
    const body = round2(top + strip);
    const label = textCell(wrap, "lane", layer, [{ text: name, font: fonts.heading }], { laneId: layer, x: margin, y: round2(body + gap), width: labelWidth, padding });
    const { cells, bottom } = stackCells(boxes, plan, columns, body, gap, wrap, input.boxes);
    return { height: round2(Math.max(bottom, label.y + label.height + gap) - top), label, cells };
  };
}
