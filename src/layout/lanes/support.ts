import { drawSteps, hasSteps } from "../blueprint/step-lane";
import { defineLane } from "./lane";

/**
 * The support lane of a service blueprint: the `serviceSteps` of layer `"support"` (the processes and systems behind the staff),
 * one box per step (its text, owner and system, and "! Fail point" or "! Wait" where it is
 * one) stacked in its touchpoint's column. Not shown by default; part of `view: "blueprint"`.
 */
export const supportLane = defineLane({
  id: "support",
  label: "Support",
  default: false,
  cells: { serviceStep: "itemFill", failPointStep: "painFill" },
  hasContent: hasSteps("support"),
  draw: drawSteps("support"),
});
