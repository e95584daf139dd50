import type { CollectionName, EntityKind } from "./entities";

/**
 * One id field of an entity that refers to another entity. `path` is relative to the
 * owning entity; a `*` step goes through every element of an array. `many` is true where
 * the last step is an array of ids.
 */
export interface ReferenceField {
  /** The collection whose entities hold the field. */
  readonly from: CollectionName;
  /** Path from the entity to the id (or id array); `"*"` means every element. */
  readonly path: readonly string[];
  /** The kind of entity the id must name. */
  readonly to: EntityKind;
  /** Whether the last step holds an array of ids. */
  readonly many: boolean;
}

/**
 * Every reference in the document format, the single list that validation (references
 * must resolve), editing (removing an entity removes references to it) and analysis read.
 */
export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  { from: "stages", path: ["goalIds"], to: "goal", many: true },
  { from: "touchpoints", path: ["stageId"], to: "stage", many: false },
  { from: "touchpoints", path: ["channelId"], to: "channel", many: false },
  { from: "touchpoints", path: ["ownerId"], to: "team", many: false },
  { from: "touchpoints", path: ["goalIds"], to: "goal", many: true },
  { from: "touchpoints", path: ["evidenceIds"], to: "evidence", many: true },
  { from: "touchpoints", path: ["personaEmotions", "*", "personaId"], to: "persona", many: false },
  { from: "touchpoints", path: ["notes", "*", "laneId"], to: "lane", many: false },
  // The flow: removing a touchpoint removes the `next` entries that lead to it.
  { from: "touchpoints", path: ["next", "*", "touchpointId"], to: "touchpoint", many: false },
  { from: "painPoints", path: ["touchpointIds"], to: "touchpoint", many: true },
  { from: "painPoints", path: ["stageId"], to: "stage", many: false },
  { from: "painPoints", path: ["evidenceIds"], to: "evidence", many: true },
  { from: "opportunities", path: ["painPointIds"], to: "painPoint", many: true },
  { from: "opportunities", path: ["touchpointIds"], to: "touchpoint", many: true },
  { from: "opportunities", path: ["ownerId"], to: "team", many: false },
  // `surveys[].scaleId` names a map scale or a built-in one, so it is checked apart (validate/check-references.ts).
  { from: "surveys", path: ["touchpointId"], to: "touchpoint", many: false },
  { from: "surveys", path: ["stageId"], to: "stage", many: false },
  { from: "surveys", path: ["personaId"], to: "persona", many: false },
  { from: "surveys", path: ["evidenceId"], to: "evidence", many: false },
  { from: "serviceSteps", path: ["touchpointId"], to: "touchpoint", many: false },
  { from: "serviceSteps", path: ["ownerId"], to: "team", many: false },
  { from: "serviceSteps", path: ["dependsOn", "*", "stepId"], to: "serviceStep", many: false },
  { from: "serviceSteps", path: ["evidenceIds"], to: "evidence", many: true },
];
