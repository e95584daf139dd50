import * as z from "zod";
import { ExtensionsSchema, IdSchema, list, TextSchema } from "./primitives";

/** The layers of a service blueprint below the customer's actions, top to bottom. */
export const SERVICE_LAYERS = ["frontstage", "backstage", "support"] as const;

/** `"frontstage"` (staff or systems the customer sees), `"backstage"` (staff out of sight) or `"support"` (processes and systems behind them). */
export type ServiceLayer = (typeof SERVICE_LAYERS)[number];

/** One step another step needs: `mutual` when each needs the other (drawn as a double-headed arrow). */
export const StepDependencySchema = z.strictObject({
  stepId: IdSchema,
  mutual: z.boolean().optional().describe("Each step needs the other."),
});

/**
 * One step of the service blueprint behind a touchpoint (Bitner, Ostrom and Morgan 2008):
 * what frontstage staff, backstage staff or support processes do, by `layer`; who owns it;
 * the system it runs on; how long it takes against how long customers accept; whether it
 * is a fail point and how that is mitigated; the steps it depends on.
 */
export const ServiceStepSchema = z.strictObject({
  id: IdSchema,
  touchpointId: IdSchema,
  layer: z.enum(SERVICE_LAYERS),
  text: TextSchema,
  ownerId: IdSchema.optional(),
  system: z.string().optional(),
  durationMinutes: z.number().min(0).optional(),
  toleranceMinutes: z.number().min(0).optional(),
  failPoint: z.boolean().optional().describe("The step is where the service often fails."),
  mitigation: z.string().optional().describe("What prevents or recovers from the failure."),
  dependsOn: list(StepDependencySchema),
  evidenceIds: list(IdSchema),
  extensions: ExtensionsSchema.optional(),
});

/** One step of the service blueprint behind a touchpoint. */
export type ServiceStep = z.output<typeof ServiceStepSchema>;
/** A service step as people write it. */
export type ServiceStepInput = z.input<typeof ServiceStepSchema>;
/** One step another step needs. */
export type StepDependency = z.output<typeof StepDependencySchema>;
