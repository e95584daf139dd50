import type { AnalysisContext } from "../analysis-context";
import { formatNumber, plural } from "../format";
import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** A `channel_gap` finding. */
export type ChannelGapFinding = FindingOf<"channel_gap", { channels: number; channelIds: string[]; bestStageId: string; bestChannels: number; journeyChannels: number }>;

interface StageChannels {
  id: string;
  name: string;
  channelIds: string[];
}

function stageChannels(context: AnalysisContext): StageChannels[] {
  const perStage: StageChannels[] = [];
  for (const stage of context.map.stages) {
    const touchpoints = context.touchpointsByStage.get(stage.id) ?? [];
    if (touchpoints.length === 0) continue;
    const channels = new Set<string>();
    for (const touchpoint of touchpoints) if (touchpoint.channelId !== undefined) channels.add(touchpoint.channelId);
    perStage.push({ id: stage.id, name: stage.name, channelIds: [...channels] });
  }
  return perStage;
}

/** The indexes of the two best-served stages, so each stage compares with the best *other* stage in O(1). */
function bestTwo(perStage: readonly StageChannels[]): [number, number] {
  let first = -1;
  let second = -1;
  perStage.forEach((stage, i) => {
    const n = stage.channelIds.length;
    if (first < 0 || n > (perStage[first]?.channelIds.length ?? 0)) {
      second = first;
      first = i;
    } else if (second < 0 || n > (perStage[second]?.channelIds.length ?? 0)) second = i;
  });
  return [first, second];
}

/**
 * `channel_gap` (info): a stage with touchpoints that uses fewer channels than
 * `channelGapRatio` (default 0.5) times the channels of the best-served other stage, in a
 * journey that uses at least two channels. Touchpoints without a channel count for none.
 * Subject: the stage.
 */
export const channelGapRule = defineRule({
  code: "channel_gap",
  thresholds: {
    /**
     * `channel_gap`: a stage is reported when it uses fewer channels than this share of the
     * best-served other stage. @defaultValue `0.5`
     */
    channelGapRatio: { defaultValue: 0.5, min: 0.01, max: 1 },
  },
  requires: [],
  run(context, options): ChannelGapFinding[] {
    if (context.usedChannelIds.length < 2) return [];
    const perStage = stageChannels(context);
    const [first, second] = bestTwo(perStage);
    const findings: ChannelGapFinding[] = [];
    const names = (ids: string[]) => (ids.length ? ` (${ids.map(context.name).join(", ")})` : "");
    perStage.forEach((stage, i) => {
      const best = perStage[i === first ? second : first];
      if (!best) return;
      const have = stage.channelIds.length;
      const most = best.channelIds.length;
      if (have >= options.channelGapRatio * most) return;
      findings.push(
        makeFinding({
          code: "channel_gap",
          severity: "info",
          subjectIds: [stage.id],
          message: `${stage.name}: served by ${plural(have, "channel")}${names(stage.channelIds)} while ${best.name} uses ${formatNumber(most)}${names(best.channelIds)}`,
          data: { channels: have, channelIds: stage.channelIds, bestStageId: best.id, bestChannels: most, journeyChannels: context.usedChannelIds.length },
        }),
      );
    });
    return findings;
  },
});
