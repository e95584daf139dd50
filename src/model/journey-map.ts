import * as z from "zod";
import { type Channel, ChannelSchema } from "./channel";
import { type Evidence, EvidenceSchema } from "./evidence";
import { type Lane, LaneSchema } from "./lane";
import { type Opportunity, OpportunitySchema } from "./opportunity";
import { type PainPoint, PainPointSchema } from "./pain-point";
import { type Persona, PersonaSchema } from "./persona";
import { type Scale, ScaleSchema } from "./scale";
import { type ServiceStep, ServiceStepSchema } from "./service-step";
import { ExtensionsSchema, IdSchema, IsoDateSchema, list, TextSchema } from "./primitives";
import { type Stage, StageSchema } from "./stage";
import { type Survey, SurveySchema } from "./survey";
import { type Team, TeamSchema } from "./team";
import { type Touchpoint, TouchpointSchema } from "./touchpoint";

/** The document format version this release reads and writes. */
export const SCHEMA_VERSION = 1 as const;

/** Whether a map describes the experience as it is or as it should become. */
export const MAP_STATES = ["current", "future"] as const;

/** Who made the map and when. */
export const MetadataSchema = z.strictObject({
  createdAt: IsoDateSchema.optional(),
  updatedAt: IsoDateSchema.optional(),
  authors: list(z.string()),
  tags: list(z.string()),
});

/**
 * The zod schema of a journey map document (version 1): the single source of truth for
 * its structure. Objects are strict (unknown keys are issues) and every array defaults to
 * `[]`. Referential integrity (unique ids, references that resolve) is checked on top by
 * {@link safeParseJourneyMap}; prefer that function to calling this schema directly.
 *
 * @example
 * ```ts
 * import { JourneyMapSchema } from "journeykit";
 *
 * const result = JourneyMapSchema.safeParse({ schemaVersion: 1, id: "m1", title: "Coffee" });
 * const stages = result.success ? result.data.stages : undefined; // []
 * ```
 */
export const JourneyMapSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: IdSchema,
  title: TextSchema,
  description: z.string().optional(),
  accTitle: z.string().optional().describe("The accessible title (Mermaid's accTitle): the SVG's <title> when given."),
  accDescr: z.string().optional().describe("The accessible description (Mermaid's accDescr): the SVG's <desc> when given."),
  objective: z.string().optional(),
  state: z.enum(MAP_STATES).optional().describe('"current" (the default) or "future".'),
  personas: list(PersonaSchema),
  stages: list(StageSchema),
  channels: list(ChannelSchema),
  teams: list(TeamSchema),
  touchpoints: list(TouchpointSchema),
  painPoints: list(PainPointSchema),
  opportunities: list(OpportunitySchema),
  evidence: list(EvidenceSchema),
  lanes: list(LaneSchema),
  // Added after the first release: left out (not defaulted) when empty, so that earlier maps serialise as before.
  scales: z.array(ScaleSchema).optional(),
  surveys: z.array(SurveySchema).optional(),
  serviceSteps: z.array(ServiceStepSchema).optional().describe("The service blueprint behind the touchpoints."),
  metadata: MetadataSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});

/** The map's collections, which {@link JourneyMap} names by their entity types. */
type CollectionFields = "personas" | "stages" | "channels" | "teams" | "touchpoints" | "painPoints" | "opportunities" | "evidence" | "lanes" | "scales" | "surveys" | "metadata";

/**
 * A validated journey map, as returned by {@link parseJourneyMap}: the output type of
 * {@link JourneyMapSchema}, declared as an interface so that signatures and the API docs
 * name it (and its entity types) instead of spelling it out.
 */
export interface JourneyMap extends Omit<z.output<typeof JourneyMapSchema>, CollectionFields> {
  /** The people the journey is about. */
  personas: Persona[];
  /** The phases of the journey, in order. */
  stages: Stage[];
  /** Where touchpoints happen. */
  channels: Channel[];
  /** Who owns touchpoints and opportunities. */
  teams: Team[];
  /** The moments of the journey, in order within their stage. */
  touchpoints: Touchpoint[];
  /** What goes wrong. */
  painPoints: PainPoint[];
  /** What could be done about it. */
  opportunities: Opportunity[];
  /** Research the map rests on. */
  evidence: Evidence[];
  /** Custom lanes. */
  lanes: Lane[];
  /** Rating scales; absent means none. */
  scales?: Scale[];
  /** Survey results; absent means none. */
  surveys?: Survey[];
  /** The service blueprint behind the touchpoints; absent means none. */
  serviceSteps?: ServiceStep[];
  /** Who made the map and when. */
  metadata?: JourneyMapMetadata;
}
/** A journey map as people write it: arrays may be left out. */
export type JourneyMapInput = z.input<typeof JourneyMapSchema>;
/** Who made the map and when. */
export interface JourneyMapMetadata extends z.output<typeof MetadataSchema> {}
/** `"current"` or `"future"`. */
export type JourneyMapState = (typeof MAP_STATES)[number];
