/** A stage of the classic five-stage customer journey. */
export interface DefaultStage {
  /** The id `createJourneyMap` gives the stage. */
  readonly id: string;
  /** The stage's name. */
  readonly name: string;
  /** The customer's goal in this stage. */
  readonly goal: string;
}

/**
 * The classic customer journey: Awareness, Consideration, Purchase, Experience and
 * Loyalty & advocacy, each with the customer's goal there. The stages
 * {@link createJourneyMap} uses when none are given.
 *
 * @example
 * ```ts
 * import { DEFAULT_STAGES } from "journeykit";
 *
 * DEFAULT_STAGES.map((stage) => stage.name);
 * // ["Awareness", "Consideration", "Purchase", "Experience", "Loyalty & advocacy"]
 * ```
 */
export const DEFAULT_STAGES: readonly DefaultStage[] = Object.freeze([
  Object.freeze({ id: "s-awareness", name: "Awareness", goal: "Learn that a solution exists" }),
  Object.freeze({ id: "s-consideration", name: "Consideration", goal: "Compare the options and decide" }),
  Object.freeze({ id: "s-purchase", name: "Purchase", goal: "Buy with confidence and little effort" }),
  Object.freeze({ id: "s-experience", name: "Experience", goal: "Get the value that was promised" }),
  Object.freeze({ id: "s-loyalty", name: "Loyalty & advocacy", goal: "Come back and recommend it" }),
]);
