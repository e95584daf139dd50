import * as z from "zod";

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else break;
  }
  return current;
}

/**
 * Returns the keys an object schema accepts at `path` inside `schema` (array indices step
 * into the element schema), or an empty list where there is no object schema there.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const step of path) {
    if (current instanceof z.ZodArray && typeof step === "number") current = unwrap(current.element as z.ZodType);
    else if (current instanceof z.ZodObject && typeof step === "string" && Object.hasOwn(current.shape, step)) {
      current = unwrap(current.shape[step] as z.ZodType);
    } else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
