import { defineLane } from "./lane";

/** The stages lane: each stage's name and goal across its columns, and the journey column's header. */
export const stagesLane = defineLane({
  id: "stages",
  label: "Stages",
  default: true,
  cells: { stage: "stageFill", journey: "stageFill" },
  items({ map, plan, fonts }, sink) {
    plan.groups.forEach((g, i) => {
      const stage = map.stages[g.stageIndex];
      if (stage) {
        sink.span(i, "stage", stage.id);
        sink.text(stage.name, fonts.heading);
        if (stage.goal) sink.text(stage.goal, fonts.small, true);
      } else {
        sink.col(g.first, "journey", map.id);
        sink.text("Across the journey", fonts.heading);
      }
    });
  },
});
