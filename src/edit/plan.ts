import type { IdGenerator } from "../model/create-id";
import type { JourneyMap } from "../model/journey-map";
import type { JourneyMapIssue } from "../validate/issue";
import type { Operation } from "./operation-schema";

/** Options of {@link applyOperation}, {@link applyOperations} and {@link createHistory}. */
export interface ApplyOptions {
  /** Makes ids for entities added without one. @defaultValue {@link createId} */
  createId?: IdGenerator;
}

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

export type PlanResult = Plan | { issue: JourneyMapIssue };

/** A mutable view of an entity in a draft. */
export type Writable = Record<string, unknown>;
