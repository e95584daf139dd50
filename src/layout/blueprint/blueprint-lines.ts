import { pitch } from "../cell";
import type { Fonts } from "../fonts";
import type { BlueprintLineKind } from "./types";

/** One line of a service blueprint: the lane it lies on top of, the lanes that may sit right above it, its name and dash pattern. */
export interface BlueprintLineSpec {
  kind: BlueprintLineKind;
  /** The lane below the line. */
  lane: "frontstage" | "backstage" | "support";
  /** The lanes the line separates it from: one of them must be the lane right above. */
  above: readonly string[];
  label: string;
  dash: readonly number[];
}

/**
 * The three lines, top to bottom (Bitner, Ostrom and Morgan 2008): solid, dashed and dotted,
 * so that they differ without colour. The line of interaction separates the customer's
 * side — the touchpoints, their actions and the physical evidence — from the frontstage.
 */
export const BLUEPRINT_LINES: readonly BlueprintLineSpec[] = [
  { kind: "interaction", lane: "frontstage", above: ["actions", "touchpoints", "props"], label: "Line of interaction", dash: [] },
  { kind: "visibility", lane: "backstage", above: ["frontstage"], label: "Line of visibility", dash: [6, 4] },
  { kind: "internal-interaction", lane: "support", above: ["backstage"], label: "Line of internal interaction", dash: [1.5, 3] },
];

/** Returns the line drawn on top of lane `laneId` given the ids of the lanes shown (in order), or `undefined`: a line is drawn only between two lanes both shown, one right above the other. */
export function lineAbove(laneId: string, shown: readonly string[]): BlueprintLineSpec | undefined {
  const spec = BLUEPRINT_LINES.find((l) => l.lane === laneId);
  const i = shown.indexOf(laneId);
  if (!spec || i < 1) return undefined;
  return spec.above.includes(shown[i - 1] as string) ? spec : undefined;
}

/** The height of the strip a lane keeps at its top for a line and its name: one small line of text and `gap` (the line runs through its middle). */
export function lineStrip(fonts: Fonts, gap: number): number {
  return pitch(fonts.small) + gap;
}
