import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import { applyOperations } from "../../src/edit/apply-operations";
import { createHistory } from "../../src/edit/history";
import type { Operation } from "../../src/edit/operation-schema";
import { COLLECTIONS, COLLECTION_NAMES } from "../../src/model/entities";
import type { JourneyMap } from "../../src/model/journey-map";
import type { JourneyMapIssue } from "../../src/validate/issue";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { everyCollection, expectRefused } from "./harness";
import { PROTOTYPE_KEYS } from "../support/hostile-text";

const map = everyCollection();
const FORBIDDEN = PROTOTYPE_KEYS;
const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
/** An operation as it arrives from the wire: forbidden keys become own properties. */
const wire = (text: string): Operation => JSON.parse(text);

/** Every way an operation reaches the edit layer; each must refuse with `code` and never throw. */
function expectRefusedEverywhere(op: Operation, code: JourneyMapIssue["code"]) {
  const one = applyOperation(map, op);
  expect(one.ok ? "accepted" : one.issue.code, one.ok ? "" : one.issue.message).toBe(code);
  const batch = applyOperations(map, [op]);
  expect(batch.ok ? "accepted" : batch.issue.code).toBe(code);
  const history = createHistory(map);
  expect(history.apply(op)).toMatchObject({ ok: false, issue: { code } });
  expect(history.applyRemote(op)).toMatchObject({ ok: false, issue: { code } });
  expect(history.current).toBe(map);
}

// Issue 22, item 2: a collaborator's message with a prototype key never crashes the receiver.
describe("forbidden keys in operations", () => {
  it.each(FORBIDDEN)("%s in changes, add payloads and nested values of every collection is invalid_key", (key) => {
    for (const collection of COLLECTION_NAMES) {
      const { entity } = COLLECTIONS[collection];
      const id = (map[collection] as { id: string }[])[0]!.id;
      expectRefusedEverywhere(wire(`{"type":"update${capital(entity)}","id":"${id}","changes":{"${key}":1}}`), "invalid_key");
      expectRefusedEverywhere(wire(`{"type":"update${capital(entity)}","id":"${id}","changes":{"extensions":{"a":[{"${key}":{}}]}}}`), "invalid_key");
      expectRefusedEverywhere(wire(`{"type":"add${capital(entity)}","${entity}":{"${key}":1}}`), "invalid_key");
      expectRefusedEverywhere(wire(`{"type":"add${capital(entity)}","${entity}":{"name":"x","extensions":{"${key}":1}}}`), "invalid_key");
    }
    expectRefusedEverywhere(wire(`{"type":"updateMap","changes":{"extensions":{"${key}":{"a":1}}}}`), "invalid_key");
    expectRefusedEverywhere(wire(`{"type":"removeTeam","id":"team-owner","${key}":1}`), "invalid_key");
  });

  it("names the exact path of the key", () => {
    const issue = expectRefused(map, wire('{"type":"updateTeam","id":"team-marketing","changes":{"constructor":1}}'), "invalid_key");
    expect(issue.path).toEqual(["changes", "constructor"]);
  });

  it("refuses an operation whose getters or proxy traps throw, without throwing", () => {
    const getter = {
      type: "updateMap",
      get changes(): never {
        throw new Error("boom");
      },
    };
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    for (const op of [getter, hostile]) {
      expect(applyOperation(map, op as never)).toMatchObject({ ok: false, issue: { code: "custom" } });
      expect(applyOperations(map, [op as never])).toMatchObject({ ok: false, index: 0 });
      expect(createHistory(map).apply(op as never).ok).toBe(false);
    }
  });
});

// Issue 22, items 3 and 4: an accepted edit always yields a map that validates; deep values never overflow the stack.
describe("an accepted edit always loads again", () => {
  const refuses = (op: Operation, code: JourneyMapIssue["code"]) => {
    const edit = applyOperation(map, op);
    expect(edit.ok ? `accepted, valid: ${safeParseJourneyMap(JSON.parse(JSON.stringify(edit.map))).success}` : edit.issue.code).toBe(code);
  };
  const nested = (depth: number, leaf: unknown = 1): unknown => {
    let value = leaf;
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  };

  it("refuses duplicate goal ids, and a goal id used by another entity, the map or another persona", () => {
    const goals = (...ids: string[]) => ({ type: "updatePersona", id: "p-leo", changes: { goals: ids.map((id) => ({ id, text: "t" })) } }) as Operation;
    refuses(goals("g-1", "g-1"), "duplicate_id");
    refuses(goals("s-purchase"), "duplicate_id");
    refuses(goals(map.id), "duplicate_id");
    refuses(goals("g-maya-work"), "duplicate_id");
    refuses(goals("p-leo"), "duplicate_id");
    expect(applyOperation(map, goals("g-leo-fast", "g-new")).ok).toBe(true);
  });

  it("refuses values beyond the default limits with the validator's codes", () => {
    refuses({ type: "updateMap", changes: { title: "x".repeat(20_000) } }, "limit_exceeded");
    refuses({ type: "updateTouchpoint", id: "tp-queue", changes: { tags: Array(100_001).fill("t") } }, "limit_exceeded");
    refuses({ type: "updateTeam", id: "team-owner", changes: { name: "n".repeat(10_001) } }, "limit_exceeded");
    refuses({ type: "updateMap", changes: { extensions: { ["k".repeat(20_000)]: 1 } } }, "limit_exceeded");
    refuses({ type: "updateMap", changes: { extensions: nested(40) as Record<string, unknown> } }, "limit_exceeded");
    // The limit counts depth in the map: an entity's extensions sit two levels deeper than the map's.
    refuses({ type: "updateTeam", id: "team-owner", changes: { extensions: nested(30) as Record<string, unknown> } }, "limit_exceeded");
    refuses({ type: "addTeam", team: { name: "x", extensions: nested(30) as Record<string, unknown> } }, "limit_exceeded");
    refuses({ type: "updateMap", changes: { extensions: nested(32) as Record<string, unknown> } }, "limit_exceeded");
    for (const op of [
      { type: "addTeam", team: { name: "x", extensions: nested(29) } },
      { type: "updateTeam", id: "team-owner", changes: { extensions: nested(29) } },
      { type: "updateMap", changes: { extensions: nested(31) } },
    ]) {
      const within = applyOperation(map, op as Operation);
      expect(within.ok && safeParseJourneyMap(JSON.parse(JSON.stringify(within.map))).success).toBe(true);
    }
  });

  it("answers a 6 KB operation nested 3,000 deep with limit_exceeded, not a RangeError", () => {
    const text = `{"type":"addTeam","team":{"name":"x","extensions":{"a":${"[".repeat(3000)}${"]".repeat(3000)}}}}`;
    expect(text.length).toBeLessThan(7000);
    expectRefusedEverywhere(JSON.parse(text), "limit_exceeded");
  });
});

// Issue 22, item 16: a listener that throws never loses a step.
describe("history listeners that throw", () => {
  const throwing = (history: ReturnType<typeof createHistory>) => {
    const seen: string[] = [];
    history.subscribe(() => {
      throw new Error("listener");
    });
    history.subscribe((m: JourneyMap) => seen.push(m.title));
    return seen;
  };

  it("undo moves the step to the redo stack, calls the other listeners and rethrows after", () => {
    const history = createHistory(map);
    history.apply({ type: "updateMap", changes: { title: "Tea" } });
    const seen = throwing(history);
    expect(() => history.undo()).toThrow("listener");
    expect(history.current.title).toBe(map.title);
    expect(history.canUndo()).toBe(false);
    expect(history.canRedo()).toBe(true);
    expect(seen).toEqual([map.title]);
    expect(() => history.redo()).toThrow("listener");
    expect(history.current.title).toBe("Tea");
    expect(history.canUndo()).toBe(true);
    expect(history.canRedo()).toBe(false);
  });

  it("apply and applyRemote record their change before rethrowing", () => {
    const history = createHistory(map);
    throwing(history);
    expect(() => history.apply({ type: "updateMap", changes: { title: "Tea" } })).toThrow("listener");
    expect(history.current.title).toBe("Tea");
    expect(history.canUndo()).toBe(true);
    expect(() => history.applyRemote({ type: "updateMap", changes: { objective: "Faster" } })).toThrow("listener");
    expect(history.current.objective).toBe("Faster");
    expect(() => history.undo()).toThrow("listener");
    expect(history.current).toMatchObject({ title: map.title, objective: "Faster" });
  });
});
