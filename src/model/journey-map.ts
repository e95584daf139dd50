import * as z from "zod";
import { ChannelSchema } from "./channel";
import { EvidenceSchema } from "./evidence";
import { LaneSchema } from "./lane";
import { OpportunitySchema } from "./opportunity";
import { PainPointSchema } from "./pain-point";
import { PersonaSchema } from "./persona";
import { ScaleSchema } from "./scale";
import { ServiceStepSchema } from "./service-step";
import { ExtensionsSchema, IdSchema, IsoDateSchema, list, TextSchema } from "./primitives";
import { StageSchema } from "./stage";
import { SurveySchema } from "./survey";
import { TeamSchema } from "./team";
import { TouchpointSchema } from "./touchpoint";

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

/** A validated journey map, as returned by {@link parseJourneyMap}. */
export type JourneyMap = z.output<typeof JourneyMapSchema>;
/** A journey map as people write it: arrays may be left out. */
export type JourneyMapInput = z.input<typeof JourneyMapSchema>;
/** Who made the map and when. */
export type JourneyMapMetadata = z.output<typeof MetadataSchema>;
/** `"current"` or `"future"`. */
export type JourneyMapState = (typeof MAP_STATES)[number];
