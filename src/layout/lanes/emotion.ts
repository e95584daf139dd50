import { layoutEmotion } from "../emotion";
import { defineLane } from "./lane";

/** The emotion lane: curves over a 1–5 scale and starred moments of truth, with a layout of its own. */
export const emotionLane = defineLane({
  id: "emotion",
  label: "Emotion",
  default: true,
  cells: { moment: "momentFill", legend: "legendFill", sample: "legendFill" },
  draw: layoutEmotion,
});
