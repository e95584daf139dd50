import { formatNumber, plural } from "../format";
import { type Finding, makeFinding } from "../finding";
import type { Rule } from "../options";

/**
 * `channel_gap` (info): a stage with touchpoints that uses fewer channels than
 * `channelGapRatio` (default 0.5) times the channels of the best-served other stage, in a
 * journey that uses at least two channels. Touchpoints without a channel count for none.
 * Subject: the stage.
 */
export const channelGapRule: Rule = (context, options) => {
  if (context.usedChannelIds.length < 2) return [];
  const perStage: { id: string; name: string; channelIds: string[] }[] = [];
  for (const stage of context.map.stages) {
    const touchpoints = context.touchpointsByStage.get(stage.id) ?? [];
    if (touchpoints.length === 0) continue;
    const channels = new Set<string>();
    for (const touchpoint of touchpoints) if (touchpoint.channelId !== undefined) channels.add(touchpoint.channelId);
    perStage.push({ id: stage.id, name: stage.name, channelIds: [...channels] });
  }
  // The two best-served stages, so each stage compares with the best *other* stage in O(1).
  let first = -1;
  let second = -1;
  perStage.forEach((stage, i) => {
    const n = stage.channelIds.length;
    if (first < 0 || n > (perStage[first]?.channelIds.length ?? 0)) {
      second = first;
      first = i;
    } else if (second < 0 || n > (perStage[second]?.channelIds.length ?? 0)) second = i;
  });
  const findings: Finding[] = [];
  perStage.forEach((stage, i) => {
    const best = perStage[i === first ? second : first];
    if (!best) return;
    const have = stage.channelIds.length;
    const most = best.channelIds.length;
    if (have >= options.channelGapRatio * most) return;
    const names = (ids: string[]) => (ids.length ? ` (${ids.map(context.name).join(", ")})` : "");
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
};
