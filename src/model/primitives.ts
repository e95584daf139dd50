import * as z from "zod";

/**
 * An entity id: 1–128 characters, starting with a letter or digit, then letters, digits,
 * `_`, `-`, `.` or `:`. Ids are unique across the whole document.
 */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, {
    message: "an id is 1–128 letters, digits, '_', '-', '.' or ':', starting with a letter or digit",
  })
  .describe("An id, unique across the whole document.");

/** Text a person typed: any string, at least one character. */
export const TextSchema = z.string().min(1);

/** Optional free text: any string, may be empty. */
export const OptionalTextSchema = z.string().optional();

/** An emotion on Mermaid's scale: 1 (very negative) … 3 (neutral) … 5 (very positive). */
export const EmotionSchema = z.number().min(1).max(5).describe("1 very negative, 2 negative, 3 neutral, 4 positive, 5 very positive.");

/** A whole number from 1 (lowest) to 5 (highest): severity, impact, effort. */
export const ScoreSchema = z.number().int().min(1).max(5);

/** A share from 0 to 1. */
export const ShareSchema = z.number().min(0).max(1);

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

/** An ISO 8601 date (`2026-03-01`) or date-time (`2026-03-01T09:30:00Z`). */
export const IsoDateSchema = z.string().regex(ISO_DATE, {
  message: "expected an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:30:00Z",
});

/** An absolute `http:` or `https:` URL; other schemes (`javascript:`, `data:`) are refused. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, message: "expected an http or https URL" }).describe("An absolute http or https URL (other schemes are refused).");

/**
 * True when `value` is plain JSON data: strings, finite numbers, booleans, null, arrays and
 * plain objects, nested to any depth (checked without recursion, so depth cannot overflow
 * the stack). A cycle is not JSON and is refused.
 */
function isJsonValue(value: unknown): boolean {
  // Depth-first with explicit exits, so that `path` holds exactly the objects above the
  // current one: an object met again below itself is a cycle; one shared by two branches
  // is fine (JSON.stringify writes it twice).
  const EXIT = Symbol("exit");
  const stack: unknown[] = [value];
  const path = new Set<object>();
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === EXIT) {
      path.delete(stack.pop() as object);
      continue;
    }
    if (item === null || typeof item === "string" || typeof item === "boolean") continue;
    if (typeof item === "number") {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (typeof item !== "object" || path.has(item)) return false;
    const proto = Object.getPrototypeOf(item);
    if (!Array.isArray(item) && proto !== Object.prototype && proto !== null) return false;
    path.add(item);
    stack.push(item, EXIT);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) stack.push(item[i]);
    } else {
      for (const key in item) stack.push((item as Record<string, unknown>)[key]);
    }
  }
  return true;
}

/**
 * Application data that journeykit does not model: any JSON object. It is kept verbatim
 * through parsing, edits and every export that can carry it, and never rendered.
 */
export const ExtensionsSchema = z
  .record(z.string(), z.unknown().refine(isJsonValue, { message: "expected a JSON value: a string, a finite number, true, false, null, an array or a plain object" }))
  .describe("Application data journeykit keeps verbatim and never interprets.");

/** A `{ label, value }` pair, such as a persona's age or occupation. */
export const AttributeSchema = z.strictObject({
  label: TextSchema,
  value: z.string(),
});

/** Arrays in a document may be left out; they default to an empty array. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item).default(() => []);
}
