import * as z from "zod";
import { MetricSchema } from "./metric";
import { EmotionSchema, ExtensionsSchema, IdSchema, list, ShareSchema, TextSchema } from "./primitives";

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

/** Where customers go from a touchpoint: one edge of the flow (see {@link flowGraph}). */
export const NextStepSchema = z.strictObject({
  touchpointId: IdSchema,
  label: z.string().optional(),
  share: ShareSchema.optional().describe("The share of customers who take this edge; a branch's shares sum to 1."),
});

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Why `pattern` is not a URL path pattern (`/orders/:id`, `/help/*`), or undefined when it
 * is one: it starts with `/`, has no query or hash, each `:name` is a whole segment, and a
 * `*` may only end it.
 */
export function urlPatternProblem(pattern: string): string | undefined {
  if (!pattern.startsWith("/")) return 'a URL pattern starts with "/"';
  if (/[?#\s]/.test(pattern)) return "a URL pattern has no query, hash or whitespace (they are ignored when matching)";
  const star = pattern.indexOf("*");
  if (star !== -1 && star !== pattern.length - 1) return '"*" may only end a URL pattern';
  for (const segment of pattern.slice(1).split("/")) {
    if (segment.includes(":") && !(segment.startsWith(":") && NAME.test(segment.slice(1)))) {
      return `the segment ${JSON.stringify(segment)} is not a parameter: write ":name" as a whole segment`;
    }
  }
  return undefined;
}

/** Why `glob` is not an event glob (`checkout.*`), or undefined when it is one. */
export function eventGlobProblem(glob: string): string | undefined {
  if (glob.length === 0) return "an event glob is not empty";
  if (glob.length > 500) return "an event glob is at most 500 characters long";
  if (/\*\*/.test(glob)) return '"**" is the same as "*"; write one';
  return undefined;
}

/** A property value a matching rule compares for equality. */
const WhereValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/**
 * How a touchpoint shows up in event logs: a row matches when every field given matches —
 * `event` is a glob (`*` matches any run of characters), `url` a path pattern
 * (`/orders/:id`; a trailing `*` matches the rest; query and hash ignored), `where`
 * compares properties for equality. A rule with no field is refused.
 */
export const ObserveRuleSchema = z
  .strictObject({
    event: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        const problem = value === undefined ? undefined : eventGlobProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    url: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        const problem = value === undefined ? undefined : urlPatternProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    where: z.record(z.string(), WhereValueSchema).optional(),
  })
  .refine((rule) => rule.event !== undefined || rule.url !== undefined || (rule.where !== undefined && Object.keys(rule.where).length > 0), {
    message: "a matching rule needs at least one of event, url or where",
  });

/** The tolerance on a branch's shares summing to 1. */
const SHARE_EPSILON = 1e-9;

/** Checks that the shares of one touchpoint's `next` sum to 1 where all are given, and never exceed 1. */
function checkShares(next: readonly { share?: number | undefined }[] | undefined, ctx: z.RefinementCtx): void {
  if (!next || next.length === 0) return;
  let sum = 0;
  let given = 0;
  for (const step of next) {
    if (step.share === undefined) continue;
    sum += step.share;
    given++;
  }
  if (given === 0) return;
  if (given === next.length ? Math.abs(sum - 1) > SHARE_EPSILON : sum > 1 + SHARE_EPSILON) {
    const what = given === next.length ? "must sum to 1" : "must not sum to more than 1";
    ctx.addIssue({ code: "custom", path: ["next"], message: `the shares of a branch ${what}, got ${Number(sum.toPrecision(12))}` });
  }
}

/**
 * A moment where the customer interacts with the organisation. `emotion` is what the
 * map's first persona (or "the customer") feels; `expectedEmotion` is what they expected.
 */
export const TouchpointSchema = z
  .strictObject({
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
    // The fields added after the first release are optional arrays, not `[]` defaults, so
    // that a map without them parses, edits and serialises exactly as before.
    next: z.array(NextStepSchema).optional().describe("Where customers go from here; without it, the following touchpoint."),
    optional: z.boolean().optional().describe("Customers may skip this touchpoint."),
    terminal: z.boolean().optional().describe("The journey can end here."),
    observe: z.array(ObserveRuleSchema).optional().describe("How this touchpoint shows up in event logs."),
    durationMinutes: z.number().min(0).optional(),
    toleranceMinutes: z.number().min(0).optional(),
    props: z.array(z.string()).optional().describe("Physical evidence: the things customers see or hold here."),
    extensions: ExtensionsSchema.optional(),
  })
  .superRefine((touchpoint, ctx) => checkShares(touchpoint.next, ctx));

/** A moment where the customer interacts with the organisation. */
export interface Touchpoint extends z.output<typeof TouchpointSchema> {}
/** The emotion of one persona at a touchpoint. */
export type PersonaEmotion = z.output<typeof PersonaEmotionSchema>;
/** The items a touchpoint shows in one custom lane. */
export type LaneNote = z.output<typeof LaneNoteSchema>;
/** Where customers go from a touchpoint. */
export type NextStep = z.output<typeof NextStepSchema>;
/** How a touchpoint shows up in event logs. */
export type ObserveRule = z.output<typeof ObserveRuleSchema>;
