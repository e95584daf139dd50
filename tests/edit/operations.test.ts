import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import { applyOperations } from "../../src/edit/apply-operations";
import { applyPatches } from "../../src/edit/immer";
import { createJourneyMap } from "../../src/model/create-journey-map";
import { coffeeShop, coffeeShopWithoutShares, expectApplied, expectRefused } from "./harness";

const map = coffeeShop();
const stageTouchpoints = (m: typeof map, stageId: string) => m.touchpoints.filter((t) => t.stageId === stageId).map((t) => t.id);

describe("add operations", () => {
  it("adds a touchpoint at a position within its stage, with arrays defaulted", () => {
    const edit = expectApplied(map, { type: "addTouchpoint", touchpoint: { id: "tp-new", stageId: "s-purchase", name: "Reads the menu" }, index: 1 });
    expect(stageTouchpoints(edit.map, "s-purchase")[1]).toBe("tp-new");
    expect(edit.map.touchpoints.find((t) => t.id === "tp-new")!.actions).toEqual([]);
  });

  it("appends to the stage without an index, and to an empty stage after the stages before it", () => {
    const appended = expectApplied(map, { type: "addTouchpoint", touchpoint: { id: "tp-new", stageId: "s-awareness", name: "Sees a flyer" } });
    expect(stageTouchpoints(appended.map, "s-awareness").at(-1)).toBe("tp-new");
    const empty = createJourneyMap({ title: "Empty" });
    const first = expectApplied(empty, { type: "addTouchpoint", touchpoint: { id: "tp-a", stageId: "s-purchase", name: "Pays" } });
    const second = expectApplied(first.map, { type: "addTouchpoint", touchpoint: { id: "tp-b", stageId: "s-awareness", name: "Hears" } });
    expect(second.map.touchpoints.map((t) => t.id)).toEqual(["tp-b", "tp-a"]);
  });

  it("generates an id when the payload has none", () => {
    const edit = expectApplied(map, { type: "addTeam", team: { name: "Delivery" } });
    const team = edit.map.teams.at(-1)!;
    expect(team.id).toBe("team-1");
    expect(edit.operations[0]).toMatchObject({ type: "addTeam", team: { id: "team-1" } });
  });

  it.each([
    ["persona", { type: "addPersona", persona: { id: "p-new", name: "Tourist", goals: [{ id: "g-new", text: "Find coffee" }] } }],
    ["stage", { type: "addStage", stage: { id: "s-new", name: "Return" }, index: 0 }],
    ["channel", { type: "addChannel", channel: { id: "ch-new", name: "Email" } }],
    ["pain point", { type: "addPainPoint", painPoint: { id: "pp-new", title: "Cold cups", touchpointIds: ["tp-queue"], severity: 2 } }],
    ["opportunity", { type: "addOpportunity", opportunity: { id: "opp-new", title: "Warmer", painPointIds: ["pp-rush-queue"], impact: 3, effort: 2, status: "idea" } }],
    ["evidence", { type: "addEvidence", evidence: { id: "ev-new", kind: "interview", title: "Talks", collectedAt: "2026-10-01" } }],
    ["lane", { type: "addLane", lane: { id: "lane-new", name: "Systems 2" } }],
  ] as const)("adds a %s", (_, op) => {
    expectApplied(map, op as never);
  });

  it("refuses an id used anywhere in the map (duplicate_id), goals and the map's own id included", () => {
    expectRefused(map, { type: "addTeam", team: { id: "tp-queue", name: "X" } }, "duplicate_id");
    expectRefused(map, { type: "addLane", lane: { id: "g-leo-fast", name: "X" } }, "duplicate_id");
    expectRefused(map, { type: "addLane", lane: { id: map.id, name: "X" } }, "duplicate_id");
    expectRefused(map, { type: "addPersona", persona: { id: "p-x", name: "X", goals: [{ id: "p-x", text: "t" }] } }, "duplicate_id");
  });

  it("refuses references that resolve to nothing, with a suggestion", () => {
    const issue = expectRefused(map, { type: "addTouchpoint", touchpoint: { stageId: "s-purchse", name: "X" } }, "unknown_reference");
    expect(issue.message).toContain('did you mean "s-purchase"?');
    expectRefused(map, { type: "addPainPoint", painPoint: { title: "X", touchpointIds: ["tp-nope"], severity: 2 } }, "unknown_reference");
    expectRefused(map, { type: "addTouchpoint", touchpoint: { stageId: "s-purchase", name: "X", ownerId: "ch-maps" } }, "unknown_reference");
  });

  it("refuses an invalid payload with validation's codes and the entity's path", () => {
    const issue = expectRefused(map, { type: "addTouchpoint", touchpoint: { stageId: "s-purchase", name: "X", emotion: 9 } }, "too_big");
    expect(issue.path).toEqual(["touchpoint", "emotion"]);
    expectRefused(map, { type: "addStage", stage: { name: "" } }, "too_small");
    expectRefused(map, { type: "addTeam", team: { name: "X", colour: "red" } }, "unrecognized_keys");
  });

  it("refuses an index outside 0…length", () => {
    expectRefused(map, { type: "addStage", stage: { name: "X" }, index: 6 }, "too_big");
    expectRefused(map, { type: "addTouchpoint", touchpoint: { stageId: "s-awareness", name: "X" }, index: 3 }, "too_big");
    expectRefused(map, { type: "addStage", stage: { name: "X" }, index: -1 }, "too_small");
  });
});

describe("update operations", () => {
  it("changes fields, keeps untouched entities and arrays by identity", () => {
    const edit = expectApplied(map, { type: "updateTouchpoint", id: "tp-queue", changes: { emotion: 3, name: "Queues" } });
    const i = map.touchpoints.findIndex((t) => t.id === "tp-queue");
    expect(edit.map.touchpoints[i]).toMatchObject({ emotion: 3, name: "Queues" });
    expect(edit.map.touchpoints[i - 1]).toBe(map.touchpoints[i - 1]);
    expect(edit.map.stages).toBe(map.stages);
    expect(edit.map.touchpoints[i]!.actions).toBe(map.touchpoints[i]!.actions);
    expect(edit.inverse).toEqual([{ type: "updateTouchpoint", id: "tp-queue", changes: { emotion: map.touchpoints[i]!.emotion, name: map.touchpoints[i]!.name } }]);
  });

  it("removes an optional field with null, and restores it on undo", () => {
    const edit = expectApplied(map, { type: "updateTouchpoint", id: "tp-queue", changes: { ownerId: null } });
    expect(edit.map.touchpoints.find((t) => t.id === "tp-queue")).not.toHaveProperty("ownerId");
  });

  it("returns the same map when nothing changes", () => {
    const tp = map.touchpoints[0]!;
    const edit = applyOperation(map, { type: "updateTouchpoint", id: tp.id, changes: { name: tp.name } });
    expect(edit.ok && edit.map).toBe(map);
    expect(edit.ok && edit.patches).toEqual([]);
  });

  it.each([
    [{ emotion: 9 }, "too_big"],
    [{ stageId: "s-nope" }, "unknown_reference"],
    [{ name: null }, "invalid_type"],
    [{ channelId: "team-owner" }, "unknown_reference"],
    [{ emotoin: 2 }, "unrecognized_keys"],
    [{ id: "tp-other" }, "invalid_operation"],
  ] as const)("refuses %j with %s", (changes, code) => {
    expectRefused(map, { type: "updateTouchpoint", id: "tp-queue", changes }, code);
  });

  it("refuses an unknown id (not_found)", () => {
    expectRefused(map, { type: "updateStage", id: "s-nope", changes: { name: "X" } }, "not_found");
  });

  it("removes references to a persona's goals that an update drops", () => {
    const leo = map.personas.find((p) => p.id === "p-leo")!;
    const edit = expectApplied(map, { type: "updatePersona", id: "p-leo", changes: { goals: leo.goals.filter((g) => g.id !== "g-leo-fast") } });
    expect(JSON.stringify(edit.map)).not.toContain('"g-leo-fast"');
  });

  it("updates the map's own fields and refuses collections and ids there", () => {
    const edit = expectApplied(map, { type: "updateMap", changes: { title: "Tea", objective: null, state: "future" } });
    expect(edit.map).toMatchObject({ title: "Tea", state: "future" });
    expectRefused(map, { type: "updateMap", changes: { title: null } }, "invalid_type");
    expectRefused(map, { type: "updateMap", changes: { touchpoints: [] } }, "invalid_operation");
    expectRefused(map, { type: "updateMap", changes: { id: "x" } }, "invalid_operation");
    expectRefused(map, { type: "updateMap", changes: { state: "past" } }, "invalid_value");
  });
});

describe("remove operations leave no dangling reference", () => {
  const mentions = (m: object, id: string) => JSON.stringify(m).includes(`"${id}"`);

  it("removing a team clears the ownerIds naming it", () => {
    const edit = expectApplied(map, { type: "removeTeam", id: "team-baristas" });
    expect(mentions(edit.map, "team-baristas")).toBe(false);
    expect(edit.map.touchpoints.length).toBe(map.touchpoints.length);
  });

  it("removing a touchpoint removes it from pain points and opportunities", () => {
    const unshared = coffeeShopWithoutShares();
    const edit = expectApplied(unshared, { type: "removeTouchpoint", id: "tp-queue" });
    expect(mentions(edit.map, "tp-queue")).toBe(false);
    expect(edit.map.painPoints.length).toBe(map.painPoints.length);
  });

  it("removing a pain point removes it from opportunities", () => {
    expect(mentions(expectApplied(map, { type: "removePainPoint", id: "pp-rush-queue" }).map, "pp-rush-queue")).toBe(false);
  });

  it("removing a persona removes its personaEmotions and every reference to its goals", () => {
    const edit = expectApplied(map, { type: "removePersona", id: "p-maya" });
    expect(mentions(edit.map, "p-maya")).toBe(false);
    expect(mentions(edit.map, "g-maya-work")).toBe(false);
  });

  it.each(["channel", "evidence", "lane", "opportunity"] as const)("removing every %s leaves a valid map", (kind) => {
    const collection = { channel: "channels", evidence: "evidence", lane: "lanes", opportunity: "opportunities" }[kind] as "channels";
    let current = map;
    for (const { id } of map[collection]) {
      const type = `remove${kind[0]!.toUpperCase()}${kind.slice(1)}`;
      current = expectApplied(current, { type, id } as never).map;
      expect(mentions(current, id)).toBe(false);
    }
  });

  it("refuses to remove a stage that still has touchpoints, unless told what to do with them", () => {
    const issue = expectRefused(map, { type: "removeStage", id: "s-purchase" }, "stage_not_empty");
    expect(issue.message).toMatch(/touchpoints: "remove"/);
    const removed = expectApplied(map, { type: "removeStage", id: "s-purchase", touchpoints: "remove" });
    expect(removed.map.touchpoints.some((t) => t.stageId === "s-purchase")).toBe(false);
    expect(mentions(removed.map, "tp-queue")).toBe(false);
    const moved = expectApplied(map, { type: "removeStage", id: "s-purchase", moveTo: "s-experience" });
    expect(moved.map.touchpoints.length).toBe(map.touchpoints.length);
    expect(stageTouchpoints(moved.map, "s-experience")).toEqual([...stageTouchpoints(map, "s-purchase"), ...stageTouchpoints(map, "s-experience")]);
    expectRefused(map, { type: "removeStage", id: "s-purchase", moveTo: "s-purchase" }, "unknown_reference");
    expectRefused(map, { type: "removeStage", id: "s-purchase", moveTo: "s-nope" }, "unknown_reference");
    expectRefused(map, { type: "removeStage", id: "s-purchase", moveTo: "s-experience", touchpoints: "remove" }, "invalid_operation");
  });

  it("removes an empty stage without options", () => {
    const empty = expectApplied(map, { type: "addStage", stage: { id: "s-extra", name: "Extra" } }).map;
    expectApplied(empty, { type: "removeStage", id: "s-extra" });
  });

  it("gives inverse operations that put a removed touchpoint back at its place in its stage", () => {
    const edit = expectApplied(map, { type: "removeTouchpoint", id: "tp-ordering" });
    expect(edit.inverse[0]).toMatchObject({ type: "addTouchpoint", index: stageTouchpoints(map, "s-purchase").indexOf("tp-ordering") });
    let back = edit.map;
    for (const op of edit.inverse) back = expectApplied(back, op).map;
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(map)));
  });

  it("refuses an unknown id with a suggestion", () => {
    expect(expectRefused(map, { type: "removeTouchpoint", id: "tp-queu" }, "not_found").message).toContain('did you mean "tp-queue"?');
  });
});

describe("move operations", () => {
  it("moves a stage", () => {
    const edit = expectApplied(map, { type: "moveStage", id: "s-loyalty", index: 0 });
    expect(edit.map.stages.map((s) => s.id)).toEqual(["s-loyalty", "s-awareness", "s-consideration", "s-purchase", "s-experience"]);
    expectRefused(map, { type: "moveStage", id: "s-loyalty", index: 5 }, "too_big");
    expectRefused(map, { type: "moveStage", id: "s-nope", index: 0 }, "not_found");
  });

  it("moves a touchpoint within its stage and into another stage", () => {
    const within = expectApplied(map, { type: "moveTouchpoint", id: "tp-friend-tip", index: 0 });
    expect(stageTouchpoints(within.map, "s-awareness")).toEqual(["tp-friend-tip", "tp-instagram-ad"]);
    const across = expectApplied(map, { type: "moveTouchpoint", id: "tp-queue", index: 1, stageId: "s-awareness" });
    expect(stageTouchpoints(across.map, "s-awareness")).toEqual(["tp-instagram-ad", "tp-queue", "tp-friend-tip"]);
    expect(across.map.touchpoints.find((t) => t.id === "tp-queue")!.stageId).toBe("s-awareness");
    const count = stageTouchpoints(map, "s-loyalty").length;
    const last = expectApplied(map, { type: "moveTouchpoint", id: "tp-instagram-ad", index: count, stageId: "s-loyalty" });
    expect(stageTouchpoints(last.map, "s-loyalty").at(-1)).toBe("tp-instagram-ad");
  });

  it("returns the same map for a move to where it is", () => {
    const edit = applyOperation(map, { type: "moveTouchpoint", id: "tp-instagram-ad", index: 0 });
    expect(edit.ok && edit.map).toBe(map);
  });

  it("refuses a bad target", () => {
    expectRefused(map, { type: "moveTouchpoint", id: "tp-queue", index: 9 }, "too_big");
    expectRefused(map, { type: "moveTouchpoint", id: "tp-queue", index: 0, stageId: "s-nope" }, "unknown_reference");
  });
});

describe("operations from outside", () => {
  it.each([
    [null, "invalid_type", []],
    [{ type: "explode" }, "invalid_operation", ["type"]],
    [{ type: "removeTouchpoint" }, "invalid_type", ["id"]],
    [{ type: "removeTouchpoint", id: "tp-queue", force: true }, "unrecognized_keys", ["force"]],
    [{ type: "moveStage", id: "s-purchase", index: 1.5 }, "invalid_type", ["index"]],
  ] as const)("refuses %j with a coded issue whose path starts at the operation's fields", (op, code, path) => {
    const issue = expectRefused(map, op, code as never);
    expect(issue.path).toEqual(path);
  });
});

describe("applyOperations", () => {
  it("applies all, with combined patches that replay and undo the whole transaction", () => {
    const ops = [
      { type: "addTeam", team: { id: "team-new", name: "New" } },
      { type: "updateTouchpoint", id: "tp-queue", changes: { ownerId: "team-new" } },
      { type: "removePainPoint", id: "pp-rush-queue" },
    ] as const;
    const result = applyOperations(map, ops as never);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.touchpoints.find((t) => t.id === "tp-queue")!.ownerId).toBe("team-new");
    expect(JSON.parse(JSON.stringify(applyPatches(map, result.patches)))).toEqual(JSON.parse(JSON.stringify(result.map)));
    expect(JSON.parse(JSON.stringify(applyPatches(result.map, result.inversePatches)))).toEqual(JSON.parse(JSON.stringify(map)));
    const undone = applyOperations(result.map, result.inverse);
    expect(undone.ok && JSON.parse(JSON.stringify(undone.map)).touchpoints).toEqual(JSON.parse(JSON.stringify(map)).touchpoints);
  });

  it("applies nothing when one operation is refused, and names it", () => {
    const before = JSON.stringify(map);
    const result = applyOperations(map, [
      { type: "updateMap", changes: { title: "Tea" } },
      { type: "updateTouchpoint", id: "tp-queue", changes: { emotion: 0 } },
    ]);
    expect(result).toMatchObject({ ok: false, index: 1, issue: { code: "too_small" } });
    expect(JSON.stringify(map)).toBe(before);
  });
});
