import { drawSteps, hasSteps } from "../blueprint/step-lane";
import { defineLane } from "./lane";

/**
 * The frontstage lane of a service blueprint: the `serviceSteps` of layer `"frontstage"` (what staff and systems the customer sees do),
 * one box per step (its text, owner and system, and "! Fail point" or "! Wait" where it is
 * one) stacked in its touchpoint's column. Not shown by default; part of `view: "blueprint"`.
 */
export const frontstageLane = defineLane({
  id: "frontstage",
  label: "Frontstage",
  default: false,
  cells: { serviceStep: "itemFill", failPointStep: "painFill" },
  hasContent: hasSteps("frontstage"),
  draw: drawSteps("frontstage"),
});
