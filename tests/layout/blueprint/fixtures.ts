import type { JourneyMap } from "../../../src/model/journey-map";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { smallMapInput } from "../fixtures";

/**
 * The small map with a blueprint: steps in all three layers, a one-way dependency between
 * neighbouring columns, a mutual one across two columns, one within a lane and one within a
 * column; fail points with and without mitigation; times within and over their tolerance.
 * Columns: tp-email 0, tp-form 1, tp-desk 2, tp-card 3.
 */
export const blueprintMap: JourneyMap = parseJourneyMap({
  ...smallMapInput,
  touchpoints: (smallMapInput.touchpoints ?? []).map((tp) => {
    if (tp.id === "tp-email") return { ...tp, props: ["Reminder email"] };
    if (tp.id === "tp-form") return { ...tp, durationMinutes: 12, toleranceMinutes: 8 };
    if (tp.id === "tp-card") return { ...tp, props: ["Library card", "Receipt"], durationMinutes: 3, toleranceMinutes: 5 };
    return tp;
  }),
  serviceSteps: [
    { id: "st-remind", touchpointId: "tp-email", layer: "frontstage", text: "Mailer sends the reminder", ownerId: "team-desk", system: "Mailer" },
    { id: "st-list", touchpointId: "tp-email", layer: "support", text: "Nightly list of expiring cards", system: "Member database", durationMinutes: 5, toleranceMinutes: 10 },
    {
      id: "st-check",
      touchpointId: "tp-form",
      layer: "frontstage",
      text: "Form checks the photo",
      failPoint: true,
      mitigation: "Show the size limit",
      dependsOn: [{ stepId: "st-list" }],
    },
    {
      id: "st-review",
      touchpointId: "tp-form",
      layer: "backstage",
      text: "Staff review the photo",
      ownerId: "team-desk",
      durationMinutes: 30,
      toleranceMinutes: 10,
      failPoint: true,
    },
    { id: "st-log", touchpointId: "tp-form", layer: "support", text: "Log the renewal", system: "Member database", dependsOn: [{ stepId: "st-review" }] },
    { id: "st-desk", touchpointId: "tp-desk", layer: "backstage", text: "Desk checks the ID", dependsOn: [{ stepId: "st-review" }] },
    { id: "st-print", touchpointId: "tp-card", layer: "support", text: "Card printer", system: "Printer", dependsOn: [{ stepId: "st-review", mutual: true }] },
  ],
});
