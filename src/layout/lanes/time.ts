import type { BarSegment } from "../bar-cell";
import { formatAgainst, formatMinutes, overTolerance, stepsByTouchpoint } from "../blueprint/steps-by-touchpoint";
import { hasTimes, type TimeEntry, timeEntries } from "../blueprint/time-entries";
import { round2 } from "../cell";
import type { TextSpec } from "../measured-items";
import { textCell } from "../measured-items";
import { type StackedBoxes, stackCells } from "../stack-cells";
import { type DrawLaneInput, type DrawnLane, defineLane } from "./lane";

/** The paragraphs of an entry: what it is of, `12 min / 10 min`, and `! 2 min over tolerance` when it is. */
function entryParagraphs(input: DrawLaneInput, e: TimeEntry): TextSpec[] {
  const { fonts } = input;
  const figure =
    e.minutes === undefined ? `? / ${formatMinutes(e.tolerance as number)}` : e.tolerance === undefined ? formatMinutes(e.minutes) : formatAgainst(e.minutes, e.tolerance);
  const out: TextSpec[] = [
    { text: e.what, font: fonts.small, muted: true },
    { text: figure, font: fonts.bodyBold },
  ];
  if (overTolerance(e.minutes, e.tolerance)) out.push({ text: `! ${formatMinutes((e.minutes as number) - (e.tolerance as number))} over tolerance`, font: fonts.bodyBold });
  return out;
}

/** The bar of an entry with both figures: the time within the tolerance, then the time over it in the second tone, over a track as long as the larger. */
function entryBar(e: TimeEntry): BarSegment[] | undefined {
  if (e.minutes === undefined || e.tolerance === undefined) return undefined;
  const scale = Math.max(e.minutes, e.tolerance);
  if (!(scale > 0)) return undefined;
  const within = Math.min(e.minutes, e.tolerance) / scale;
  return [
    { tone: "value", share: within },
    { tone: "bottom", share: Math.max(0, e.minutes - e.tolerance) / scale },
  ];
}

function layoutTime(input: DrawLaneInput): DrawnLane {
  const { map, plan, columns, options, fonts, wrap, top, name } = input;
  const { gap, padding, margin, labelWidth } = options;
  const steps = stepsByTouchpoint(map);
  const boxes: StackedBoxes = { spans: [], columns: [] };
  plan.touchpointOf.forEach((t, column) => {
    const tp = t === undefined ? undefined : map.touchpoints[t];
    for (const e of tp ? timeEntries(tp, steps) : []) {
      const kind = overTolerance(e.minutes, e.tolerance) ? "durationOver" : "duration";
      const paragraphs = entryParagraphs(input, e);
      const segments = entryBar(e);
      boxes.columns.push({ column, box: { kind, entityId: e.entityId, laneId: "time", padding, paragraphs, ...(segments ? { segments } : {}) } });
    }
  });
  const legend = { text: "Time / tolerance", font: fonts.small, muted: true };
  const label = textCell(wrap, "lane", "time", [{ text: name, font: fonts.heading }, legend], { laneId: "time", x: margin, y: round2(top + gap), width: labelWidth, padding });
  const { cells, bottom } = stackCells(boxes, plan, columns, top, gap, wrap, input.boxes);
  return { height: round2(Math.max(bottom, label.y + label.height + gap) - top), label, cells };
}

/**
 * The time lane of a service blueprint: per touchpoint, its own `durationMinutes` against
 * its `toleranceMinutes`, then each of its steps with a duration, as `12 min / 10 min` with a
 * bar (the time within the tolerance, then the time over it in a second tone). An entry
 * over its tolerance says `! 2 min over tolerance` and carries a wait badge, so colour never
 * carries it alone. Not shown by default; part of `view: "blueprint"`.
 */
export const timeLane = defineLane({
  id: "time",
  label: "Time",
  default: false,
  cells: { duration: "itemFill", durationOver: "painFill" },
  hasContent: hasTimes,
  draw: layoutTime,
});
