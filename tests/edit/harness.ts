import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { type AppliedEdit, applyOperation } from "../../src/edit/apply-operation";
import { applyPatches } from "../../src/edit/immer";
import type { Operation } from "../../src/edit/operation-schema";
import { createSequentialIdGenerator } from "../../src/model/create-id";
import type { JourneyMap } from "../../src/model/journey-map";
import type { JourneyMapIssueCode } from "../../src/validate/issue";
import { parseJourneyMap, safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";

/** The coffee-shop example, parsed afresh. */
export function coffeeShop(): JourneyMap {
  return parseJourneyMap(readFileSync(join(import.meta.dirname, "..", "..", "examples", "coffee-shop.json"), "utf8"));
}

/**
 * The coffee-shop example without the shares on its branch. Removing a branch's target
 * (`tp-queue`) from the example is refused, because the share left behind no longer sums
 * to 1; tests about what a removal takes along start from this map instead.
 */
export function coffeeShopWithoutShares(): JourneyMap {
  const map = coffeeShop();
  return { ...map, touchpoints: map.touchpoints.map((t) => (t.next ? { ...t, next: t.next.map(({ share: _share, ...edge }) => edge) } : t)) };
}

/** The coffee-shop map with one entity in every collection that the example leaves empty or out (scales, surveys, service steps). */
export function everyCollection(): JourneyMap {
  const document = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", "coffee-shop.json"), "utf8"));
  document.scales = [{ id: "scale-wait", name: "Wait felt", min: 1, max: 7, higherIsBetter: false }];
  document.surveys = [{ id: "sv-queue", scaleId: "scale-wait", touchpointId: "tp-queue", personaId: "p-maya", counts: [1, 2, 3, 4, 5, 6, 7] }];
  document.serviceSteps = [
    { id: "step-take-order", touchpointId: "tp-ordering", layer: "frontstage", text: "Take the order", dependsOn: [{ stepId: "step-pos" }] },
    { id: "step-pos", touchpointId: "tp-ordering", layer: "support", text: "Point of sale", system: "POS", failPoint: true },
  ];
  return parseJourneyMap(document);
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** A map as JSON, touchpoints sorted by id: inverse operations restore the order within each stage, not across stages. */
export function normalized(map: JourneyMap): unknown {
  const copy = clone(map) as JourneyMap & Record<string, unknown>;
  // Collections added after the first release may be absent: absent and empty mean the same.
  for (const key of ["scales", "surveys", "serviceSteps"]) if (Array.isArray(copy[key]) && (copy[key] as unknown[]).length === 0) delete copy[key];
  return { ...copy, touchpoints: [...copy.touchpoints].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** Applies the inverse operations of an edit, as a collaborator would, and expects the map before it. */
export function expectInverseRestores(before: JourneyMap, edit: AppliedEdit): void {
  let undone = edit.map;
  for (const inverse of edit.inverse) {
    const step = applyOperation(undone, JSON.parse(JSON.stringify(inverse)));
    if (!step.ok) throw new Error(`inverse ${JSON.stringify(inverse)} refused: ${step.issue.message}`);
    undone = step.map;
  }
  expect(normalized(undone)).toEqual(normalized(before));
  for (const stage of before.stages) {
    const order = (m: JourneyMap) => m.touchpoints.filter((t) => t.stageId === stage.id).map((t) => t.id);
    expect(order(undone)).toEqual(order(before));
  }
}

/**
 * Applies `op` and checks everything an accepted operation promises: the result validates;
 * `patches` replay it on the input; `inversePatches` restore the input; the inverse
 * operations (what collaborators send) restore it too; the operation survives a JSON round
 * trip with the same result; the input is not changed; the operations as applied replay
 * it. Returns the edit for further assertions.
 */
export function expectApplied(map: JourneyMap, op: Operation): AppliedEdit {
  const before = clone(map);
  const edit = applyOperation(map, op, { generateId: createSequentialIdGenerator() });
  if (!edit.ok) throw new Error(`refused: ${edit.issue.message}`);
  expect(clone(map)).toEqual(before);
  const check = safeParseJourneyMap(clone(edit.map));
  expect(check.success, JSON.stringify(check.error?.issues)).toBe(true);
  expect(clone(applyPatches(map, edit.patches))).toEqual(clone(edit.map));
  expect(clone(applyPatches(edit.map, edit.inversePatches))).toEqual(before);
  const again = applyOperation(map, JSON.parse(JSON.stringify(op)), { generateId: createSequentialIdGenerator() });
  expect(again.ok && clone(again.map)).toEqual(clone(edit.map));
  let replay = map;
  for (const applied of edit.operations) {
    const step = applyOperation(replay, JSON.parse(JSON.stringify(applied)));
    if (!step.ok) throw new Error(`replay refused: ${step.issue.message}`);
    replay = step.map;
  }
  expect(clone(replay)).toEqual(clone(edit.map));
  expectInverseRestores(map, edit);
  return edit;
}

/** Applies `op`, expects a refusal with `code`, and checks that the input is untouched. */
export function expectRefused(map: JourneyMap, op: unknown, code: JourneyMapIssueCode) {
  const before = clone(map);
  const edit = applyOperation(map, op as Operation);
  expect(edit.ok).toBe(false);
  if (edit.ok) throw new Error("accepted");
  expect(edit.issue.code, edit.issue.message).toBe(code);
  expect(typeof edit.issue.message).toBe("string");
  expect(clone(map)).toEqual(before);
  return edit.issue;
}
