import { actionsLane } from "./actions";
import { backstageLane } from "./backstage";
import { customLane } from "./custom";
import { emotionLane } from "./emotion";
import { evidenceLane } from "./evidence";
import { feelingsLane } from "./feelings";
import { frontstageLane } from "./frontstage";
import { metricsLane } from "./metrics";
import { opportunitiesLane } from "./opportunities";
import { ownersLane } from "./owners";
import { painPointsLane } from "./pain-points";
import { propsLane } from "./props";
import { observedLane } from "./observed";
import { stagesLane } from "./stages";
import { supportLane } from "./support";
import { surveysLane } from "./surveys";
import { thoughtsLane } from "./thoughts";
import { timeLane } from "./time";
import { touchpointsLane } from "./touchpoints";

/**
 * The built-in lanes, in the order `options.lanes` lists them by default. The one list:
 * lane ids and labels, the default lanes, the cell kinds and their fills, the option
 * checks, the CLI's `--lanes` help and the docs' lane table all derive from it. A new lane
 * is a file beside these and one line here.
 */
export const LANE_MODULES = [
  stagesLane,
  touchpointsLane,
  actionsLane,
  thoughtsLane,
  feelingsLane,
  emotionLane,
  painPointsLane,
  opportunitiesLane,
  ownersLane,
  metricsLane,
  evidenceLane,
  observedLane,
  surveysLane,
  propsLane,
  frontstageLane,
  backstageLane,
  supportLane,
  timeLane,
] as const;

/** The module behind every custom lane of a map (`map.lanes`). */
export const CUSTOM_LANE_MODULE = customLane;
