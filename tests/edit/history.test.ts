import { describe, expect, it } from "vitest";
import { createHistory } from "../../src/edit/history";
import { createJourneyMap } from "../../src/model/create-journey-map";
import { coffeeShop, coffeeShopWithoutShares } from "./harness";

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("createHistory", () => {
  it("undoes and redoes each step, exactly", () => {
    const start = coffeeShop();
    const history = createHistory(start);
    expect(history.canUndo()).toBe(false);
    history.apply({ type: "updateTouchpoint", id: "tp-queue", changes: { emotion: 4 } });
    const afterFirst = history.current;
    history.apply({ type: "removeTeam", id: "team-baristas" });
    expect(history.canUndo()).toBe(true);
    expect(history.undo().ok).toBe(true);
    expect(history.current).toEqual(afterFirst);
    expect(history.undo().ok).toBe(true);
    expect(json(history.current)).toEqual(json(start));
    expect(history.canUndo()).toBe(false);
    expect(history.undo()).toMatchObject({ ok: false, issue: { message: "there is nothing to undo" } });
    expect(history.redo().ok).toBe(true);
    expect(json(history.current)).toEqual(json(afterFirst));
    expect(history.redo().ok).toBe(true);
    expect(history.current.teams.some((t) => t.id === "team-baristas")).toBe(false);
    expect(history.canRedo()).toBe(false);
  });

  it("treats an array of operations as one transaction and one undo step", () => {
    const history = createHistory(createJourneyMap({ title: "Coffee" }));
    const result = history.apply([
      { type: "addTeam", team: { id: "team-a", name: "A" } },
      { type: "addTouchpoint", touchpoint: { id: "tp-a", stageId: "s-purchase", name: "Pay", ownerId: "team-a" } },
    ]);
    expect(result.ok).toBe(true);
    history.undo();
    expect(history.current.teams).toEqual([]);
    expect(history.current.touchpoints).toEqual([]);
    expect(history.canUndo()).toBe(false);
  });

  it("refuses a bad edit without recording it", () => {
    const history = createHistory(coffeeShop());
    const before = history.current;
    const result = history.apply({ type: "updateTouchpoint", id: "tp-queue", changes: { emotion: 9 } });
    expect(result.ok).toBe(false);
    expect(history.current).toBe(before);
    expect(history.canUndo()).toBe(false);
  });

  it("clears the redo stack on a new edit", () => {
    const history = createHistory(coffeeShop());
    history.apply({ type: "updateMap", changes: { title: "A" } });
    history.undo();
    expect(history.canRedo()).toBe(true);
    history.apply({ type: "updateMap", changes: { title: "B" } });
    expect(history.canRedo()).toBe(false);
  });

  it("keeps at most `depth` steps", () => {
    const history = createHistory(coffeeShop(), { depth: 2 });
    for (const title of ["A", "B", "C"]) history.apply({ type: "updateMap", changes: { title } });
    history.undo();
    history.undo();
    expect(history.canUndo()).toBe(false);
    expect(history.current.title).toBe("A");
    expect(() => createHistory(coffeeShop(), { depth: 0 })).toThrow(/invalid depth/);
  });

  it("groups rapid updates of the same field by the injected clock", () => {
    let time = 0;
    const start = coffeeShop();
    const history = createHistory(start, { groupWithinMs: 500, now: () => time });
    for (const name of ["Q", "Qu", "Que", "Queue!"]) {
      time += 100;
      history.apply({ type: "updateTouchpoint", id: "tp-queue", changes: { name } });
    }
    time += 1000; // a pause: a new step
    history.apply({ type: "updateTouchpoint", id: "tp-queue", changes: { name: "Queue!!" } });
    time += 100; // another field: a new step
    history.apply({ type: "updateTouchpoint", id: "tp-queue", changes: { emotion: 5 } });
    history.undo();
    history.undo();
    expect(history.current.touchpoints.find((t) => t.id === "tp-queue")!.name).toBe("Queue!");
    history.undo();
    expect(json(history.current)).toEqual(json(start));
    expect(history.canUndo()).toBe(false);
  });

  it("notifies subscribers after every change until they unsubscribe", () => {
    const history = createHistory(coffeeShop());
    const seen: string[] = [];
    const stop = history.subscribe((map) => seen.push(map.title));
    history.apply({ type: "updateMap", changes: { title: "A" } });
    history.undo();
    stop();
    history.redo();
    expect(seen).toEqual(["A", coffeeShop().title]);
  });

  describe("remote operations", () => {
    it("applies a collaborator's operations without making them undoable, and undoes local steps by id afterwards", () => {
      const history = createHistory(coffeeShop());
      history.apply({ type: "updateTouchpoint", id: "tp-queue", changes: { emotion: 5 } });
      // A collaborator inserts a touchpoint before tp-queue: array positions shift.
      history.applyRemote({ type: "addTouchpoint", touchpoint: { id: "tp-remote", stageId: "s-awareness", name: "Remote" }, index: 0 });
      expect(history.undo().ok).toBe(true);
      const queue = history.current.touchpoints.find((t) => t.id === "tp-queue")!;
      expect(queue.emotion).toBe(coffeeShop().touchpoints.find((t) => t.id === "tp-queue")!.emotion);
      expect(history.current.touchpoints.some((t) => t.id === "tp-remote")).toBe(true);
      expect(history.canUndo()).toBe(false);
    });

    it("refuses and drops a local step whose entity a collaborator removed, leaving a valid map", () => {
      const history = createHistory(coffeeShopWithoutShares());
      history.apply({ type: "updateTouchpoint", id: "tp-queue", changes: { emotion: 5 } });
      history.applyRemote({ type: "removeTouchpoint", id: "tp-queue" });
      const before = history.current;
      expect(history.undo()).toMatchObject({ ok: false, issue: { code: "not_found" } });
      expect(history.current).toBe(before);
      expect(history.canUndo()).toBe(false);
    });
  });
});
