import type * as z from "zod";
import { ChannelSchema } from "./channel";
import { EvidenceSchema } from "./evidence";
import { LaneSchema } from "./lane";
import { OpportunitySchema } from "./opportunity";
import { PainPointSchema } from "./pain-point";
import { PersonaSchema } from "./persona";
import { ScaleSchema } from "./scale";
import { ServiceStepSchema } from "./service-step";
import { StageSchema } from "./stage";
import { SurveySchema } from "./survey";
import { TeamSchema } from "./team";
import { TouchpointSchema } from "./touchpoint";

/**
 * The map's collections of entities, each with its schema, the singular name used in
 * operations (`addTouchpoint`, payload `touchpoint`) and the id prefix for new ids.
 * Listed in document order.
 */
export const COLLECTIONS = {
  personas: { entity: "persona", schema: PersonaSchema, prefix: "persona" },
  stages: { entity: "stage", schema: StageSchema, prefix: "s" },
  channels: { entity: "channel", schema: ChannelSchema, prefix: "ch" },
  teams: { entity: "team", schema: TeamSchema, prefix: "team" },
  touchpoints: { entity: "touchpoint", schema: TouchpointSchema, prefix: "tp" },
  painPoints: { entity: "painPoint", schema: PainPointSchema, prefix: "pp" },
  opportunities: { entity: "opportunity", schema: OpportunitySchema, prefix: "opp" },
  evidence: { entity: "evidence", schema: EvidenceSchema, prefix: "ev" },
  lanes: { entity: "lane", schema: LaneSchema, prefix: "lane" },
  // Optional in the document (absent = empty): code that reads them goes through `?? []`.
  scales: { entity: "scale", schema: ScaleSchema, prefix: "scale" },
  surveys: { entity: "survey", schema: SurveySchema, prefix: "survey" },
  serviceSteps: { entity: "serviceStep", schema: ServiceStepSchema, prefix: "step" },
} as const;

/** The name of one of the map's entity collections (`"touchpoints"`, `"painPoints"`, …). */
export type CollectionName = keyof typeof COLLECTIONS;

/** The singular name of an entity kind (`"touchpoint"`, `"painPoint"`, …), or `"goal"`. */
export type EntityKind = (typeof COLLECTIONS)[CollectionName]["entity"] | "goal";

/** The names of the collections, in document order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The entity type held by a collection. */
export type EntityOf<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]["schema"]>;

/**
 * Returns the name of an entity kind as people read it, in lower case (`"painPoint"` →
 * `"pain point"`), derived from the camelCase name so that a new collection needs nothing
 * more; the one place that builds entity names for messages. Never fails.
 */
export function entityLabel(kind: string): string {
  return kind.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/**
 * Returns {@link entityLabel} after its indefinite article (`"a touchpoint"`, `"an
 * opportunity"`), for messages. Never fails.
 *
 * @example
 * ```ts
 * entityLabelWithArticle("painPoint"); // "a pain point"
 * ```
 */
export function entityLabelWithArticle(kind: string): string {
  const label = entityLabel(kind);
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}
