import { describe, expect, it } from "vitest";
import { emptyMap, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

const personas = [
  {
    id: "p-ana",
    name: "Ana",
    goals: [
      { id: "g-fast", text: "Be quick" },
      { id: "g-cheap", text: "Pay little" },
    ],
    needs: [],
    frustrations: [],
    attributes: [],
  },
];

describe("unmet_persona_goal", () => {
  it("reports goals no stage or touchpoint serves, naming the goal and its persona", () => {
    const map = { ...emptyMap(1), personas, touchpoints: [tp("tp-a", "s-1", { goalIds: ["g-fast"] })] };
    expect(findingsOf(map, "unmet_persona_goal")).toEqual([
      {
        id: "unmet_persona_goal:g-cheap/p-ana",
        code: "unmet_persona_goal",
        severity: "warning",
        message: 'Ana\'s goal "Pay little": no stage or touchpoint serves it',
        subjectIds: ["g-cheap", "p-ana"],
        data: { personaId: "p-ana" },
      },
    ]);
  });

  it("finds nothing when every goal is served, or when the map uses no goalIds at all", () => {
    const served = emptyMap(1);
    served.stages[0]!.goalIds = ["g-cheap"];
    expect(findingsOf({ ...served, personas, touchpoints: [tp("tp-a", "s-1", { goalIds: ["g-fast"] })] }, "unmet_persona_goal")).toEqual([]);
    expect(findingsOf({ ...emptyMap(1), personas }, "unmet_persona_goal")).toEqual([]);
  });
});
