import * as z from "zod";
import { ExtensionsSchema, HttpUrlSchema, IdSchema, IsoDateSchema, TextSchema } from "./primitives";

/** The kinds of research that can back a touchpoint or pain point. */
export const EVIDENCE_KINDS = ["survey", "interview", "focus-group", "analytics", "support-ticket", "review", "observation", "other"] as const;

/** Research that backs what the map claims. */
export const EvidenceSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(EVIDENCE_KINDS),
  title: TextSchema,
  collectedAt: IsoDateSchema.optional(),
  sampleSize: z.number().int().min(0).optional(),
  quote: z.string().optional(),
  url: HttpUrlSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});

/** Research that backs what the map claims. */
export interface Evidence extends z.output<typeof EvidenceSchema> {}
