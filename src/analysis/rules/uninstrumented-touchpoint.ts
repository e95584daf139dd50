import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** An `uninstrumented_touchpoint` finding. */
export type UninstrumentedTouchpointFinding = FindingOf<"uninstrumented_touchpoint", { stageId: string; channelId: string }>;

/**
 * `uninstrumented_touchpoint`: a touchpoint on a `digital` channel with no `observe` rule,
 * so event logs can never show it. Info. Requires `analytics`: an uninstrumented map is
 * only a problem for people who measure it. Subject: the touchpoint.
 */
export const uninstrumentedTouchpointRule = defineRule({
  code: "uninstrumented_touchpoint",
  thresholds: {},
  requires: ["analytics"],
  run(context): UninstrumentedTouchpointFinding[] {
    const findings: UninstrumentedTouchpointFinding[] = [];
    for (const touchpoint of context.journey) {
      const { channelId } = touchpoint;
      if (channelId === undefined || (touchpoint.observe?.length ?? 0) > 0) continue;
      const channel = context.channelById.get(channelId);
      if (channel?.kind !== "digital") continue;
      findings.push(
        makeFinding({
          code: "uninstrumented_touchpoint",
          severity: "info",
          subjectIds: [touchpoint.id],
          message: `${touchpoint.name}: on the digital channel ${channel.name} but has no observe rule, so event logs cannot show it`,
          data: { stageId: touchpoint.stageId, channelId },
        }),
      );
    }
    return findings;
  },
});
