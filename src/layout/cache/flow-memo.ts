import type { JourneyMap } from "../../model/journey-map";
import type { ColumnPlan } from "../columns";
import type { FlowPlan } from "../flow/plan-flow";

/** The flow plan a layout call made, and what it was made from. */
export interface FlowRecord {
  map: JourneyMap;
  plan: ColumnPlan;
  flow: FlowPlan | undefined;
}

/**
 * Returns whether `planFlow` must give `map` (over the same column plan, so the same stages
 * and touchpoints by id and stage) the flow it gave `before`: each touchpoint's `next`,
 * `optional` and `terminal` are the ones they were. These are all the flow reads besides
 * the order; an entity immer left untouched is the same object and is not looked into.
 */
export function sameFlowInputs(map: JourneyMap, before: JourneyMap): boolean {
  const a = map.touchpoints;
  const b = before.touchpoints;
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as JourneyMap["touchpoints"][number];
    const y = b[i] as JourneyMap["touchpoints"][number];
    if (x !== y && (x.next !== y.next || x.optional !== y.optional || x.terminal !== y.terminal)) return false;
  }
  return true;
}

/** Returns the flow plan of `map` over `plan`: the previous call's (the same object) when `plan` is the previous call's and the flow's inputs are unchanged, else `make`'s. */
export function memoFlow(map: JourneyMap, plan: ColumnPlan, before: FlowRecord | undefined, make: () => FlowPlan | undefined): FlowRecord {
  if (before && before.plan === plan && sameFlowInputs(map, before.map)) return { ...before, map };
  return { map, plan, flow: make() };
}
