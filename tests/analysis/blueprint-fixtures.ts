import type { JourneyMap } from "../../src/model/journey-map";
import type { ServiceStep } from "../../src/model/service-step";
import { emptyMap, tp } from "./fixtures";

/** A service step with no dependencies or evidence unless given. */
export function step(id: string, touchpointId: string, layer: ServiceStep["layer"], fields: Partial<ServiceStep> = {}): ServiceStep {
  return { id, touchpointId, layer, text: `Step ${id}`, dependsOn: [], evidenceIds: [], ...fields };
}

/** A map with touchpoints `tp-1` … `tp-n` in one stage (the first a moment of truth when asked), a team, and these steps. */
export function blueprint(steps: ServiceStep[], touchpoints = 2, momentOfTruth = false): JourneyMap {
  return {
    ...emptyMap(1),
    teams: [{ id: "team-ops", name: "Operations" }],
    touchpoints: Array.from({ length: touchpoints }, (_, i) => tp(`tp-${i + 1}`, "s-1", { name: `Touchpoint ${i + 1}`, ...(i === 0 && momentOfTruth ? { momentOfTruth } : {}) })),
    serviceSteps: steps,
  };
}
