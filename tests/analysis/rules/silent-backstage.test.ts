import { describe, expect, it } from "vitest";
import { blueprint, step } from "../blueprint-fixtures";
import { findingsOf } from "../fixtures";

describe("silent_backstage", () => {
  it("reports minSilentSteps backstage steps in a row, in journey order of their touchpoints, with no frontstage step", () => {
    // Written out of order: tp-2's steps come first in the document; support steps do not break the run.
    const map = blueprint(
      [
        step("st-check", "tp-2", "backstage", { text: "Check" }),
        step("st-close", "tp-2", "backstage", { text: "Close" }),
        step("st-notify", "tp-3", "frontstage"),
        step("st-ticket", "tp-1", "backstage", { text: "Open ticket" }),
        step("st-crm", "tp-1", "support"),
      ],
      3,
    );
    expect(findingsOf(map, "silent_backstage")).toEqual([
      {
        id: "silent_backstage:st-ticket/st-check/st-close",
        code: "silent_backstage",
        severity: "warning",
        message: 'Touchpoint 1 → Touchpoint 2: 3 backstage steps in a row ("Open ticket" to "Close") with no frontstage contact',
        subjectIds: ["st-ticket", "st-check", "st-close"],
        data: { stepIds: ["st-ticket", "st-check", "st-close"], touchpointIds: ["tp-1", "tp-2"], steps: 3 },
      },
    ]);
  });

  it("stays quiet for shorter runs and when frontstage contact breaks them", () => {
    const map = blueprint([step("st-a", "tp-1", "backstage"), step("st-b", "tp-1", "backstage"), step("st-f", "tp-2", "frontstage"), step("st-c", "tp-2", "backstage")]);
    expect(findingsOf(map, "silent_backstage")).toEqual([]);
    expect(findingsOf(map, "silent_backstage", { minSilentSteps: 2 }).map((f) => f.id)).toEqual(["silent_backstage:st-a/st-b"]);
  });
});
