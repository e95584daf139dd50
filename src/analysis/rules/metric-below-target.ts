import type { Metric } from "../../model/metric";
import { formatNumber, round } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** A `metric_below_target` finding; `missShare` is `null` for a target of 0. */
export type MetricBelowTargetFinding = FindingOf<
  "metric_below_target",
  { metric: string; value: number; target: number; higherIsBetter: boolean; miss: number; missShare: number | null; unit?: string }
>;

function judgeMetric(holder: { id: string; name: string }, metric: Metric, count: number, critical: number): MetricBelowTargetFinding | undefined {
  if (metric.target === undefined) return undefined;
  const higherIsBetter = metric.higherIsBetter ?? true;
  const miss = round(higherIsBetter ? metric.target - metric.value : metric.value - metric.target);
  if (miss <= 0) return undefined;
  const share = metric.target === 0 ? null : round(miss / Math.abs(metric.target));
  const unit = metric.unit ? ` ${metric.unit}` : "";
  return makeFinding({
    code: "metric_below_target",
    severity: share === null || share >= critical ? "critical" : "warning",
    subjectIds: [holder.id],
    discriminator: count === 1 ? metric.name : `${metric.name}#${count}`,
    message: `${holder.name}: ${metric.name} is ${formatNumber(metric.value)}${unit} against a target of ${formatNumber(metric.target)}${unit} (${formatNumber(miss)}${unit} ${higherIsBetter ? "below" : "above, lower is better"})`,
    data: {
      metric: metric.name,
      value: metric.value,
      target: metric.target,
      higherIsBetter,
      miss,
      missShare: share,
      ...(metric.unit === undefined ? {} : { unit: metric.unit }),
    },
  });
}

/**
 * `metric_below_target`: a metric on the wrong side of its target (below it, or above it
 * when `higherIsBetter` is `false`; `higherIsBetter` defaults to `true`). Critical when the
 * miss is at least `criticalMetricMiss` (default 0.2, that is 20%) of the target, or the
 * target is 0; otherwise a warning. Subject: the stage or touchpoint that holds the
 * metric; the metric's name is the discriminator of the id (`#2`, `#3` are added when one
 * entity has several metrics of one name).
 */
export const metricBelowTargetRule = defineRule({
  code: "metric_below_target",
  thresholds: {
    /** `metric_below_target`: a miss of at least this share of the target is critical. @defaultValue `0.2` */
    criticalMetricMiss: { defaultValue: 0.2, min: 0, max: 1_000_000 },
  },
  requires: [],
  run(context, options): MetricBelowTargetFinding[] {
    const findings: MetricBelowTargetFinding[] = [];
    const check = (holder: { id: string; name: string; metrics: readonly Metric[] }) => {
      const { metrics } = holder;
      // Most holders have no metric or one: only several need counting by name.
      if (metrics.length === 0) return;
      const seen = metrics.length === 1 ? undefined : new Map<string, number>();
      for (const metric of metrics) {
        const count = (seen?.get(metric.name) ?? 0) + 1;
        seen?.set(metric.name, count);
        const finding = judgeMetric(holder, metric, count, options.criticalMetricMiss);
        if (finding) findings.push(finding);
      }
    };
    for (const stage of context.map.stages) {
      check(stage);
      for (const touchpoint of context.touchpointsByStage.get(stage.id) ?? []) check(touchpoint);
    }
    return findings;
  },
});
