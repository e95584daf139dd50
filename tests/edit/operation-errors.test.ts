import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/edit/apply-operation";
import { applyOperations } from "../../src/edit/apply-operations";
import { createHistory } from "../../src/edit/history";
import { type Operation, safeParseOperation } from "../../src/edit/operation-schema";
import { coffeeShop, expectRefused } from "./harness";

const map = coffeeShop();

// Issue 15, item 3: operation errors as good as document errors.
describe("operation errors", () => {
  it("names the kinds in a wrong reference with their articles", () => {
    const issue = expectRefused(coffeeShop(), { type: "updateTouchpoint", id: "tp-instagram-ad", changes: { evidenceIds: ["opp-order-ahead"] } }, "unknown_reference");
    expect(issue.message).toMatch(/: "opp-order-ahead" is an opportunity, but this field must name an evidence/);
  });

  it("an unknown key in changes is unrecognized_keys with the nearest field", () => {
    const issue = expectRefused(map, { type: "updateTouchpoint", id: "tp-queue", changes: { emotoin: 2 } }, "unrecognized_keys");
    expect(issue).toMatchObject({ path: ["changes", "emotoin"], suggestion: "emotion" });
    expect(issue.message).toBe('changes.emotoin: unknown key "emotoin"; did you mean "emotion"?');
  });

  it("an unknown key in an add payload and in updateMap suggests the nearest field too", () => {
    expect(expectRefused(map, { type: "addTeam", team: { nmae: "X" } }, "unrecognized_keys")).toMatchObject({ path: ["team", "nmae"], suggestion: "name" });
    expect(expectRefused(map, { type: "updateMap", changes: { titel: "X" } }, "unrecognized_keys")).toMatchObject({ path: ["changes", "titel"], suggestion: "title" });
  });

  it("an unknown operation type is invalid_operation with the nearest type", () => {
    const issue = expectRefused(map, { type: "updateTouchpiont", id: "tp-queue", changes: {} }, "invalid_operation");
    expect(issue.path).toEqual(["type"]);
    expect(issue.message).toBe('type: unknown operation type "updateTouchpiont"; did you mean "updateTouchpoint"?');
    expect(expectRefused(map, { type: "explode" }, "invalid_operation").message).not.toContain("did you mean");
  });

  it("gives the same issue (code, path, message) alone, in applyOperations (with index) and through the history", () => {
    const bad = { type: "updateTouchpoint", id: "tp-queue", changes: { emotoin: 2 } } as unknown as Operation;
    const alone = applyOperation(map, bad);
    const batch = applyOperations(map, [{ type: "updateMap", changes: { title: "Tea" } }, bad]);
    const history = createHistory(map).apply([bad]);
    expect(alone.ok).toBe(false);
    expect(batch).toEqual({ ok: false, index: 1, issue: alone.ok ? undefined : alone.issue });
    expect(history).toEqual({ ok: false, index: 0, issue: alone.ok ? undefined : alone.issue });
    const parsed = safeParseOperation({ type: "removeTeam", id: "team-owner", force: true });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path)).toEqual([["force"]]);
  });

  it.each([
    [{ type: "updateOpportunity", id: "opp-second-til", changes: {} }, "no opportunity has the id", "opp-second-till"],
    [{ type: "removePainPoint", id: "pp-rush-queu" }, "no pain point has the id", "pp-rush-queue"],
    [{ type: "removeEvidence", id: "ev-interview" }, "no evidence has the id", "ev-interviews"],
    [{ type: "moveStage", id: "s-purchse", index: 0 }, "no stage has the id", "s-purchase"],
    [{ type: "moveTouchpoint", id: "tp-queu", index: 0 }, "no touchpoint has the id", "tp-queue"],
    [{ type: "removeStage", id: "s-loyalti" }, "no stage has the id", "s-loyalty"],
  ] as const)("an unknown id names the entity kind and the nearest id: %j", (op, text, suggestion) => {
    const issue = expectRefused(map, op, "not_found");
    expect(issue.message).toContain(text);
    expect(issue.message).toContain(`did you mean "${suggestion}"?`);
    expect(issue).toMatchObject({ path: ["id"], suggestion });
  });
});
