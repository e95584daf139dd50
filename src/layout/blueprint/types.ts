import type { LayoutLine } from "../types";

/** The three lines of a service blueprint, top to bottom. */
export type BlueprintLineKind = "interaction" | "visibility" | "internal-interaction";

/**
 * One line of the service blueprint across the map: a horizontal segment from `x1` to `x2`
 * at `y`, drawn with its own dash pattern (so the three lines differ by more than colour),
 * and its name written left of it (`label`, in the label column).
 */
export interface LayoutBlueprintLine {
  kind: BlueprintLineKind;
  /** The lane the line lies on top of (`frontstage`, `backstage` or `support`). */
  laneId: string;
  /** The row of stages the line belongs to; present only with `wrap`. */
  row?: number;
  x1: number;
  x2: number;
  y: number;
  /** Stroke dash pattern in px: empty for the solid line of interaction. */
  dash: number[];
  /** The line's name ("Line of visibility"), ending left of `x1`. */
  label: LayoutLine;
}

/** A point of an arrow's route. */
export interface LayoutPointXY {
  x: number;
  y: number;
}

/**
 * A dependency arrow between two service steps: from the step that is needed to the step
 * that needs it (`dependsOn`), double-headed when `mutual`. The route is orthogonal and
 * runs only through the gaps between columns and between lanes, so it never crosses text;
 * its first point lies on the edge of the first step's box, its last on the edge of the
 * second's, where the arrowhead's tip is.
 */
export interface LayoutArrow {
  fromStepId: string;
  toStepId: string;
  mutual: boolean;
  points: LayoutPointXY[];
  /** SVG path data of the route. */
  path: string;
  /** The arrowheads, each a triangle (tip first) along the route's last segment, and its first too when `mutual`. */
  heads: LayoutPointXY[][];
}

/**
 * A badge on a box: `"fail-point"` on a step that is a fail point (a triangle), `"wait"` on a
 * step or time entry over its tolerance (a circle); both hold a `!` and a `title` that
 * says why (the mitigation of a fail point, the minutes of a wait). Centred on the box's
 * top edge near its right end, never over its text.
 */
export interface LayoutBadge {
  kind: "fail-point" | "wait";
  /** The step, or the touchpoint of a time entry. */
  entityId: string;
  laneId: string;
  /** The centre and the radius. */
  x: number;
  y: number;
  r: number;
  /** What the badge means, in words (drawn as its `<title>`). */
  title: string;
}

/** What a layout with blueprint lanes draws besides the boxes: the lines between layers, dependency arrows and badges. */
export interface LayoutBlueprint {
  lines: LayoutBlueprintLine[];
  arrows: LayoutArrow[];
  badges: LayoutBadge[];
  /** The length of an arrowhead, in px: at most 6, less than the gap so a head stays between the boxes. */
  arrowSize: number;
}
