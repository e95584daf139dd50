import type { IdGenerator } from "../model/create-id";
import type { JourneyMap } from "../model/journey-map";
import type { JourneyMapIssue } from "../validate/issue";
import type { Operation } from "./operation-schema";

/** Options of {@link applyOperation} and {@link applyOperations}. */
export interface ApplyOperationOptions {
  /** Makes ids for entities added without one. @defaultValue {@link createId} */
  generateId?: IdGenerator;
}

/** Options of {@link applyOperations}: the same as {@link ApplyOperationOptions}. */
export type ApplyOperationsOptions = ApplyOperationOptions;

/**
 * What an accepted operation will do, worked out on the original map before anything is
 * written: the writes, the operation as applied (with generated ids filled in) and the
 * operations that undo it (by id, so they stay meaningful after collaborators' edits).
 */
export interface Plan {
  write: (draft: JourneyMap) => void;
  applied: Operation;
  inverse: Operation[];
  /** False when no entity is added, removed or moved and no id changes (plain updates). */
  structural: boolean;
}

/** A plan, or the coded issue that refuses the operation. */
export type PlanResult = Plan | { issue: JourneyMapIssue };

/** A mutable view of an entity in a draft, or an operation as parsed. */
export type Writable = Record<string, unknown>;

/** What a plan may read besides the map and the operation. */
export interface PlanContext {
  generateId: IdGenerator;
}
