import * as z from "zod";
import { MetricSchema } from "./metric";
import { EmotionSchema, ExtensionsSchema, IdSchema, list, TextSchema } from "./primitives";

/** The emotion of one persona at a touchpoint, for maps that follow several personas. */
export const PersonaEmotionSchema = z.strictObject({
  personaId: IdSchema,
  emotion: EmotionSchema,
  expectedEmotion: EmotionSchema.optional(),
});

/** The items a touchpoint shows in one custom lane. */
export const LaneNoteSchema = z.strictObject({
  laneId: IdSchema,
  items: list(z.string()),
});

/**
 * A moment where the customer interacts with the organisation. `emotion` is what the
 * map's first persona (or "the customer") feels; `expectedEmotion` is what they expected.
 */
export const TouchpointSchema = z.strictObject({
  id: IdSchema,
  stageId: IdSchema,
  name: TextSchema,
  description: z.string().optional(),
  channelId: IdSchema.optional(),
  ownerId: IdSchema.optional(),
  actions: list(z.string()),
  thoughts: list(z.string()),
  feelings: list(z.string()),
  emotion: EmotionSchema.optional(),
  expectedEmotion: EmotionSchema.optional(),
  personaEmotions: list(PersonaEmotionSchema),
  momentOfTruth: z.boolean().optional(),
  goalIds: list(IdSchema),
  evidenceIds: list(IdSchema),
  metrics: list(MetricSchema),
  notes: list(LaneNoteSchema),
  tags: list(z.string()),
  extensions: ExtensionsSchema.optional(),
});

/** A moment where the customer interacts with the organisation. */
export type Touchpoint = z.output<typeof TouchpointSchema>;
/** The emotion of one persona at a touchpoint. */
export type PersonaEmotion = z.output<typeof PersonaEmotionSchema>;
/** The items a touchpoint shows in one custom lane. */
export type LaneNote = z.output<typeof LaneNoteSchema>;
