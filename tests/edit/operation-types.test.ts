import { describe, expectTypeOf, it } from "vitest";
import type { EntityChanges, EntityInput, Operation, OperationType } from "../../src/edit/operation-schema";

describe("the Operation type is inferred from the registry's schemas", () => {
  it("has the payload named after the entity, typed like the entity in a document", () => {
    expectTypeOf<Extract<Operation, { type: "addTouchpoint" }>["touchpoint"]>().toEqualTypeOf<EntityInput<"touchpoints">>();
    expectTypeOf<Extract<Operation, { type: "addPainPoint" }>>().toHaveProperty("painPoint");
    expectTypeOf<Extract<Operation, { type: "updateStage" }>["changes"]>().toEqualTypeOf<EntityChanges<"stages">>();
    expectTypeOf<Extract<Operation, { type: "removeStage" }>>().toEqualTypeOf<{
      type: "removeStage";
      id: string;
      touchpoints?: "remove" | undefined;
      moveTo?: string | undefined;
    }>();
    expectTypeOf<Extract<Operation, { type: "moveTouchpoint" }>>().toEqualTypeOf<{ type: "moveTouchpoint"; id: string; index: number; stageId?: string | undefined }>();
  });

  it("knows every type and nothing else", () => {
    expectTypeOf<"updateMap" | "moveStage" | "addLane" | "removeEvidence">().toExtend<OperationType>();
    expectTypeOf<"explode">().not.toExtend<OperationType>();
    expectTypeOf<"removeStage">().toExtend<OperationType>();
  });
});
