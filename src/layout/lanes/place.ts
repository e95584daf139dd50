import type { ColumnPlan } from "../columns";
import type { ItemSink } from "../measured-items";
import type { Placement } from "../placement";

/** Starts a box where `where` says: a column, a stage's span, or the journey column (the plan's last). */
export function startAt<Kind extends string>(sink: ItemSink<Kind>, plan: ColumnPlan, where: Placement, kind: Kind, entityId: string): void {
  if (where === undefined) sink.col(plan.kinds.length - 1, kind, entityId);
  else if ("column" in where) sink.col(where.column, kind, entityId);
  else sink.span(where.group, kind, entityId);
}
