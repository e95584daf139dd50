import type { JourneyMap } from "../../model/journey-map";
import { STEP_LANES } from "../blueprint/layout-badges";
import type { JourneyLayout } from "../types";

/**
 * Returns the values `layoutBlueprint` reads from a map and its placed layout, for
 * {@link sameKey}: the layout's width; the service steps (by object: immer keeps the
 * untouched ones); the cells of the step and time lanes (by object: a layout cache hands
 * back unchanged cells); each column's place, row and touchpoint; each lane's id, place and
 * row; and each touchpoint's id, duration and tolerance (the badges of the time lane). The
 * options are not part of it: a cache belongs to one set of options.
 */
export function blueprintKey(map: JourneyMap, layout: JourneyLayout): unknown[] {
  const cells: unknown[] = [];
  for (const c of layout.cells) if (c.laneId === "time" || STEP_LANES.includes(c.laneId)) cells.push(c);
  const columns: unknown[] = [];
  for (const c of layout.columns) columns.push(c.x, c.width, c.row, c.touchpointId);
  const lanes: unknown[] = [];
  for (const l of layout.lanes) lanes.push(l.id, l.y, l.height, l.row);
  const timing: unknown[] = [];
  for (const t of map.touchpoints) timing.push(t.id, t.durationMinutes, t.toleranceMinutes);
  return [layout.width, map.serviceSteps, cells, columns, lanes, timing];
}
