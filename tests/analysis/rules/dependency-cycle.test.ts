import { describe, expect, it } from "vitest";
import { blueprint, step } from "../blueprint-fixtures";
import { findingsOf } from "../fixtures";

describe("dependency_cycle", () => {
  it("reports each circle of dependsOn once, its steps in journey order", () => {
    const map = blueprint([
      step("st-c", "tp-2", "support", { text: "Stock", dependsOn: [{ stepId: "st-a" }] }),
      step("st-a", "tp-1", "backstage", { text: "Order", dependsOn: [{ stepId: "st-b" }] }),
      step("st-b", "tp-1", "support", { text: "Budget", dependsOn: [{ stepId: "st-c" }] }),
    ]);
    expect(findingsOf(map, "dependency_cycle")).toEqual([
      {
        id: "dependency_cycle:st-a/st-b/st-c",
        code: "dependency_cycle",
        severity: "warning",
        message: '"Order" → "Budget" → "Stock": these steps depend on each other in a circle, so none can start first',
        subjectIds: ["st-a", "st-b", "st-c"],
        data: { stepIds: ["st-a", "st-b", "st-c"] },
      },
    ]);
  });

  it("leaves out mutual pairs and finds nothing in a chain", () => {
    const mutual = blueprint([
      step("st-a", "tp-1", "frontstage", { dependsOn: [{ stepId: "st-b", mutual: true }] }),
      step("st-b", "tp-1", "backstage", { dependsOn: [{ stepId: "st-a" }] }),
    ]);
    expect(findingsOf(mutual, "dependency_cycle")).toEqual([]);
    const chain = blueprint([step("st-a", "tp-1", "frontstage", { dependsOn: [{ stepId: "st-b" }] }), step("st-b", "tp-1", "backstage")]);
    expect(findingsOf(chain, "dependency_cycle")).toEqual([]);
  });
});
