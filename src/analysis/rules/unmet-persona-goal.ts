import { type FindingOf, makeFinding } from "../finding";
import { defineRule } from "../rule-definition";

/** An `unmet_persona_goal` finding. */
export type UnmetPersonaGoalFinding = FindingOf<"unmet_persona_goal", { personaId: string }>;

/**
 * `unmet_persona_goal` (warning): a persona goal that no stage or touchpoint lists in
 * `goalIds`, judged only in maps that use `goalIds` at all. Subjects: the goal, then its
 * persona.
 */
export const unmetPersonaGoalRule = defineRule({
  code: "unmet_persona_goal",
  thresholds: {},
  requires: [],
  run(context): UnmetPersonaGoalFinding[] {
    if (!context.usesGoalIds) return [];
    const findings: UnmetPersonaGoalFinding[] = [];
    for (const persona of context.map.personas) {
      for (const goal of persona.goals) {
        if (context.servedGoalIds.has(goal.id)) continue;
        findings.push(
          makeFinding({
            code: "unmet_persona_goal",
            severity: "warning",
            subjectIds: [goal.id, persona.id],
            message: `${persona.name}'s goal "${goal.text}": no stage or touchpoint serves it`,
            data: { personaId: persona.id },
          }),
        );
      }
    }
    return findings;
  },
});
