import { describe, expect, it } from "vitest";
import { emptyMap, tp } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

const teams = [
  { id: "team-web", name: "Web" },
  { id: "team-store", name: "Store" },
];

describe("handoff_risk", () => {
  it("reports a fall in emotion between touchpoints of different teams", () => {
    const map = {
      ...emptyMap(1),
      teams,
      touchpoints: [
        tp("tp-order", "s-1", { name: "Order ahead", ownerId: "team-web", emotion: 4 }),
        tp("tp-pickup", "s-1", { name: "Pickup", ownerId: "team-store", emotion: 3 }),
        tp("tp-leave", "s-1", { name: "Leave", ownerId: "team-web", emotion: 5 }),
        tp("tp-mail", "s-1", { name: "Survey mail", ownerId: "team-store", emotion: 1 }),
      ],
    };
    expect(findingsOf(map, "handoff_risk")).toEqual([
      {
        id: "handoff_risk:tp-leave/tp-mail",
        code: "handoff_risk",
        severity: "critical",
        message: "Leave (Web) → Survey mail (Store): emotion falls from 5 to 1 at the hand-off between teams (drop 4)",
        subjectIds: ["tp-leave", "tp-mail"],
        data: { fromTeamId: "team-web", toTeamId: "team-store", fromEmotion: 5, toEmotion: 1, drop: 4 },
      },
      {
        id: "handoff_risk:tp-order/tp-pickup",
        code: "handoff_risk",
        severity: "warning",
        message: "Order ahead (Web) → Pickup (Store): emotion falls from 4 to 3 at the hand-off between teams (drop 1)",
        subjectIds: ["tp-order", "tp-pickup"],
        data: { fromTeamId: "team-web", toTeamId: "team-store", fromEmotion: 4, toEmotion: 3, drop: 1 },
      },
    ]);
  });

  it("finds nothing within one team, when emotion rises, or without owners", () => {
    const map = {
      ...emptyMap(1),
      teams,
      touchpoints: [
        tp("tp-a", "s-1", { ownerId: "team-web", emotion: 5 }),
        tp("tp-b", "s-1", { ownerId: "team-web", emotion: 2 }),
        tp("tp-c", "s-1", { ownerId: "team-store", emotion: 4 }),
        tp("tp-d", "s-1", { emotion: 1 }),
      ],
    };
    expect(findingsOf(map, "handoff_risk")).toEqual([]);
  });

  it("follows the flow's edges instead of journey order", () => {
    // Order ahead branches to the Web's own Pickup locker and to the Store's counter.
    const map = {
      ...emptyMap(1),
      teams,
      touchpoints: [
        tp("tp-order", "s-1", { name: "Order ahead", ownerId: "team-web", emotion: 4, next: [{ touchpointId: "tp-locker" }, { touchpointId: "tp-counter" }] }),
        tp("tp-locker", "s-1", { name: "Locker", ownerId: "team-web", emotion: 4, terminal: true }),
        tp("tp-counter", "s-1", { name: "Counter", ownerId: "team-store", emotion: 2 }),
      ],
    };
    expect(findingsOf(map, "handoff_risk").map((f) => [f.id, f.severity, f.data.drop])).toEqual([["handoff_risk:tp-order/tp-counter", "warning", 2]]);
    const chain = { ...map, touchpoints: map.touchpoints.map(({ next: _next, terminal: _terminal, ...t }) => t) };
    expect(findingsOf(chain, "handoff_risk").map((f) => f.id)).toEqual(["handoff_risk:tp-locker/tp-counter"]);
  });
});
