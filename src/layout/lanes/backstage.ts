import { drawSteps, hasSteps } from "../blueprint/step-lane";
import { defineLane } from "./lane";

/**
 * The backstage lane of a service blueprint: the `serviceSteps` of layer `"backstage"` (what staff out of the customer's sight do),
 * one box per step (its text, owner and system, and "! Fail point" or "! Wait" where it is
 * one) stacked in its touchpoint's column. Not shown by default; part of `view: "blueprint"`.
 */
export const backstageLane = defineLane({
  id: "backstage",
  label: "Backstage",
  default: false,
  cells: { serviceStep: "itemFill", failPointStep: "painFill" },
  hasContent: hasSteps("backstage"),
  draw: drawSteps("backstage"),
});
