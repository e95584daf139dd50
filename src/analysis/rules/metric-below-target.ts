import type { Metric } from "../../model/metric";
import { formatNumber, round } from "../format";
import { type Finding, makeFinding } from "../finding";
import type { Rule } from "../options";

/**
 * `metric_below_target`: a metric on the wrong side of its target (below it, or above it
 * when `higherIsBetter` is `false`; `higherIsBetter` defaults to `true`). Critical when the
 * miss is at least `criticalMetricMiss` (default 0.2, that is 20%) of the target, or the
 * target is 0; otherwise a warning. Subject: the stage or touchpoint that holds the
 * metric; the metric's name is the discriminator of the id (`#2`, `#3` are added when one
 * entity has several metrics of one name).
 */
export const metricBelowTargetRule: Rule = (context, options) => {
  const findings: Finding[] = [];
  const check = (holderId: string, holderName: string, metrics: readonly Metric[]) => {
    const seen = new Map<string, number>();
    for (const metric of metrics) {
      const count = (seen.get(metric.name) ?? 0) + 1;
      seen.set(metric.name, count);
      if (metric.target === undefined) continue;
      const higherIsBetter = metric.higherIsBetter ?? true;
      const miss = round(higherIsBetter ? metric.target - metric.value : metric.value - metric.target);
      if (miss <= 0) continue;
      const share = metric.target === 0 ? null : round(miss / Math.abs(metric.target));
      const unit = metric.unit ? ` ${metric.unit}` : "";
      findings.push(
        makeFinding({
          code: "metric_below_target",
          severity: share === null || share >= options.criticalMetricMiss ? "critical" : "warning",
          subjectIds: [holderId],
          discriminator: count === 1 ? metric.name : `${metric.name}#${count}`,
          message: `${holderName}: ${metric.name} is ${formatNumber(metric.value)}${unit} against a target of ${formatNumber(metric.target)}${unit} (${formatNumber(miss)}${unit} ${higherIsBetter ? "below" : "above, lower is better"})`,
          data: {
            metric: metric.name,
            value: metric.value,
            target: metric.target,
            higherIsBetter,
            miss,
            missShare: share,
            ...(metric.unit === undefined ? {} : { unit: metric.unit }),
          },
        }),
      );
    }
  };
  for (const stage of context.map.stages) {
    check(stage.id, stage.name, stage.metrics);
    for (const touchpoint of context.touchpointsByStage.get(stage.id) ?? []) check(touchpoint.id, touchpoint.name, touchpoint.metrics);
  }
  return findings;
};
