import { COLLECTION_NAMES } from "../model/entities";
import { type JourneyMapIssue, makeIssue, type IssuePath } from "./issue";

/**
 * Bounds on what {@link safeParseJourneyMap} accepts, so that a hostile document is refused
 * quickly instead of exhausting memory or time. Every limit is configurable.
 */
export interface ParseLimits {
  /** Longest JSON text accepted, in UTF-16 code units (checked before parsing). @defaultValue 33_554_432 (32 Mi) */
  maxInputLength: number;
  /** Deepest nesting of arrays and objects. @defaultValue 32 */
  maxDepth: number;
  /** Longest string value or key, in UTF-16 code units. @defaultValue 10_000 */
  maxStringLength: number;
  /** Longest array. @defaultValue 100_000 */
  maxArrayLength: number;
  /** Most keys in one object (wide objects are what makes parsing slow). @defaultValue 1_000 */
  maxObjectKeys: number;
  /** Most entities in all the map's collections together. @defaultValue 200_000 */
  maxEntities: number;
  /**
   * Most values (objects, arrays, strings, numbers…) in the whole document: a
   * 10,000-touchpoint map has about 280,000. @defaultValue 1_000_000
   */
  maxNodes: number;
  /**
   * Most issues listed; past it the list ends with one `limit_exceeded` issue for
   * `maxIssues` (and no more "did you mean" suggestions are computed). @defaultValue 100
   */
  maxIssues: number;
}

/**
 * The default {@link ParseLimits}: generous for real maps (a 10,000-touchpoint map is far
 * inside them), tight enough to refuse abuse fast.
 */
export const DEFAULT_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxInputLength: 32 * 1024 * 1024,
  maxDepth: 32,
  maxStringLength: 10_000,
  maxArrayLength: 100_000,
  maxObjectKeys: 1_000,
  maxEntities: 200_000,
  maxNodes: 1_000_000,
  maxIssues: 100,
});

/** Returns complete limits from partial ones, throwing a `RangeError` for a bad value. */
export function resolveLimits(limits: Partial<ParseLimits> | undefined): ParseLimits {
  const out: ParseLimits = { ...DEFAULT_LIMITS };
  if (limits === undefined) return out;
  if (typeof limits !== "object" || limits === null) throw new TypeError("invalid limits: expected an object");
  for (const [key, value] of Object.entries(limits)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, key)) throw new TypeError(`invalid limits: unknown limit "${key}"`);
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value >= 1) || !Number.isInteger(value)) {
      throw new RangeError(`invalid limits.${key}: expected a whole number ≥ 1, got ${String(value)}`);
    }
    out[key as keyof ParseLimits] = value;
  }
  return out;
}

/** Keys that could reach an object prototype: refused everywhere (`invalid_key`). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
/** The map's collections, whose items count towards `maxEntities`. */
export const COLLECTION_KEYS: ReadonlySet<string> = new Set(COLLECTION_NAMES);

/** Returns the `limit_exceeded` issue for `limit` at `path`. */
export function limitIssue(path: IssuePath, limit: keyof ParseLimits, maximum: number, what: string): JourneyMapIssue {
  return makeIssue("limit_exceeded", path, `${what} exceeds the limit ${limit} = ${maximum}`, { limit, maximum });
}

/** Thrown inside a walk to stop it at the first limit exceeded. */
export class LimitExceeded {
  constructor(readonly issue: JourneyMapIssue) {}
}
