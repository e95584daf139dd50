import { describe, expect, it } from "vitest";
import { planColumns } from "../../../src/layout/columns";
import { planFlow } from "../../../src/layout/flow/plan-flow";
import type { JourneyMapInput } from "../../../src/model/journey-map";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { exampleMap } from "../fixtures";

type TouchpointInput = NonNullable<JourneyMapInput["touchpoints"]>[number];

function plan(touchpoints: Omit<TouchpointInput, "stageId">[]) {
  const map = parseJourneyMap({ schemaVersion: 1, id: "m", title: "T", stages: [{ id: "s", name: "S" }], touchpoints: touchpoints.map((t) => ({ ...t, stageId: "s" })) });
  return planFlow(
    map,
    planColumns(map, () => false),
  );
}

const tp = (id: string, next?: (string | { touchpointId: string; share?: number; label?: string })[], extra: Partial<TouchpointInput> = {}) => ({
  id,
  name: id,
  ...(next ? { next: next.map((n) => (typeof n === "string" ? { touchpointId: n } : n)) } : {}),
  ...extra,
});

describe("planFlow", () => {
  it("plans nothing for a map whose flow is the plain chain: the examples, and next lists that say the same", () => {
    for (const name of ["coffee-shop", "saas-onboarding"] as const) {
      const map = { ...exampleMap(name), touchpoints: exampleMap(name).touchpoints.map((t) => ({ ...t, next: [] })) };
      expect(
        planFlow(
          map,
          planColumns(map, () => false),
        ),
      ).toBeUndefined();
    }
    expect(plan([tp("a", ["b"]), tp("b", ["c"]), tp("c")])).toBeUndefined();
  });

  it("follows the highest share on the main path and puts the other branch on track 1, with its entry and exit", () => {
    const flow = plan([
      tp("a", [
        { touchpointId: "app", share: 0.4 },
        { touchpointId: "queue", share: 0.6 },
      ]),
      tp("queue", ["pay"]),
      tp("app", ["pickup"]),
      tp("pay", ["pickup"]),
      tp("pickup"),
    ]);
    expect(flow?.paths).toEqual([
      ["a", "queue", "pay", "pickup"],
      ["a", "app", "pickup"],
    ]);
    expect([...(flow?.trackOf ?? [])]).toEqual([
      ["a", 0],
      ["queue", 0],
      ["pay", 0],
      ["pickup", 0],
      ["app", 1],
    ]);
    expect(flow?.edges.map((e, i) => `${e.from}→${e.to} ${flow.routes[i]}`)).toEqual(["a→app entry", "a→queue track", "queue→pay track", "app→pickup exit", "pay→pickup track"]);
  });

  it("without shares, follows the first way in next order", () => {
    const flow = plan([tp("a", ["c", "b"]), tp("b", ["d"]), tp("c", ["d"]), tp("d")]);
    expect(flow?.paths[0]).toEqual(["a", "c", "d"]);
  });

  it("gives branches that share a column different tracks, and reuses a track where they do not", () => {
    // a branches to b and c (both rejoin d); d branches to e (rejoining f) — three ways, two extra tracks at most side by side.
    const flow = plan([tp("a", ["d", "b", "c"]), tp("b", ["d"]), tp("c", ["d"]), tp("d", ["f", "e"]), tp("e", ["f"]), tp("f")]);
    const track = (id: string) => flow?.trackOf.get(id);
    expect([track("a"), track("d"), track("f")]).toEqual([0, 0, 0]);
    expect(new Set([track("b"), track("c")])).toEqual(new Set([1, 2]));
    expect(track("e")).toBe(1);
  });

  it("draws loops above and skips below", () => {
    const flow = plan([tp("a"), tp("b", [], { optional: true }), tp("c", ["a", "d"]), tp("d", ["d"])]);
    const routes = Object.fromEntries(flow?.edges.map((e, i) => [`${e.from}→${e.to}`, flow.routes[i]]) ?? []);
    expect(routes).toEqual({ "a→b": "track", "a→c": "below", "b→c": "track", "c→a": "above", "c→d": "track", "d→d": "above" });
  });

  it("keeps a journey cut by a terminal touchpoint on track 0 where its parts do not overlap", () => {
    const flow = plan([tp("a"), tp("b", undefined, { terminal: true }), tp("c"), tp("d")]);
    expect([...(flow?.trackOf.values() ?? [])]).toEqual([0, 0, 0, 0]);
    expect(flow?.paths).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });
});
