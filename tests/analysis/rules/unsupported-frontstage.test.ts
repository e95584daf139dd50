import { describe, expect, it } from "vitest";
import { blueprint, step } from "../blueprint-fixtures";
import { findingsOf } from "../fixtures";

describe("unsupported_frontstage", () => {
  it("reports a frontstage step with no backstage or support step linked to it", () => {
    const map = blueprint([step("st-greet", "tp-1", "frontstage", { text: "Greet" }), step("st-serve", "tp-1", "frontstage", { dependsOn: [{ stepId: "st-greet" }] })]);
    expect(findingsOf(map, "unsupported_frontstage").map((f) => [f.id, f.message])).toEqual([
      ["unsupported_frontstage:st-greet/tp-1", 'Touchpoint 1: the frontstage step "Greet" has no backstage or support step behind it'],
      ["unsupported_frontstage:st-serve/tp-1", 'Touchpoint 1: the frontstage step "Step st-serve" has no backstage or support step behind it'],
    ]);
  });

  it("stays quiet when a backstage step depends on it or it depends on a support step", () => {
    const map = blueprint([
      step("st-greet", "tp-1", "frontstage"),
      step("st-prep", "tp-1", "backstage", { dependsOn: [{ stepId: "st-greet" }] }),
      step("st-serve", "tp-2", "frontstage", { dependsOn: [{ stepId: "st-pos" }] }),
      step("st-pos", "tp-2", "support", { ownerId: "team-ops" }),
    ]);
    expect(findingsOf(map, "unsupported_frontstage")).toEqual([]);
  });
});
