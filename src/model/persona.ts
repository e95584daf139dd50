import * as z from "zod";
import { AttributeSchema, ExtensionsSchema, IdSchema, list, TextSchema } from "./primitives";

/** A goal of a persona; stages and touchpoints name the goals they serve by id. */
export const GoalSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  extensions: ExtensionsSchema.optional(),
});

/** A customer archetype the journey follows. */
export const PersonaSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  description: z.string().optional(),
  quote: z.string().optional(),
  goals: list(GoalSchema),
  needs: list(z.string()),
  frustrations: list(z.string()),
  attributes: list(AttributeSchema),
  extensions: ExtensionsSchema.optional(),
});

/** A goal of a persona. */
export interface Goal extends z.output<typeof GoalSchema> {}
/** A customer archetype the journey follows. */
export interface Persona extends z.output<typeof PersonaSchema> {}
/** A `{ label, value }` attribute of a persona. */
export type PersonaAttribute = z.output<typeof AttributeSchema>;
