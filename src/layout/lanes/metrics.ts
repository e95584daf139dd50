import type { Metric } from "../../model/metric";
import { formatValue } from "../format-value";
import { defineLane, eachTouchpoint } from "./lane";

/** Returns a metric as its box shows it: `CSAT: 72 % (target 80 %)`. */
export function metricText(m: Metric): string {
  const unit = m.unit ? ` ${m.unit}` : "";
  const target = m.target === undefined ? "" : ` (target ${formatValue(m.target)}${unit})`;
  return `${m.name}: ${formatValue(m.value)}${unit}${target}`;
}

/** The metrics lane: a stage's metrics across its columns, a touchpoint's in its column. */
export const metricsLane = defineLane({
  id: "metrics",
  label: "Metrics",
  default: false,
  cells: { metric: "itemFill" },
  items(context, sink) {
    const { map, plan, fonts } = context;
    plan.groups.forEach((g, i) => {
      const stage = map.stages[g.stageIndex];
      if (!stage) return;
      for (const m of stage.metrics) {
        sink.span(i, "metric", stage.id);
        sink.text(metricText(m), fonts.body);
      }
    });
    eachTouchpoint(context, (tp, c) => {
      for (const m of tp.metrics) {
        sink.col(c, "metric", tp.id);
        sink.text(metricText(m), fonts.body);
      }
    });
  },
});
