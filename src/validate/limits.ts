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
  /** Most entities in all the map's collections together. @defaultValue 200_000 */
  maxEntities: number;
  /** Most values (objects, arrays, strings, numbers…) in the whole document. @defaultValue 5_000_000 */
  maxNodes: number;
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
  maxEntities: 200_000,
  maxNodes: 5_000_000,
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

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const COLLECTION_KEYS = new Set([
  "personas",
  "stages",
  "channels",
  "teams",
  "touchpoints",
  "painPoints",
  "opportunities",
  "evidence",
  "lanes",
]);

function limitIssue(path: IssuePath, limit: keyof ParseLimits, maximum: number, what: string): JourneyMapIssue {
  return makeIssue("limit_exceeded", path, `${what} exceeds the limit ${limit} = ${maximum}`, { limit, maximum });
}

class LimitExceeded {
  constructor(readonly issue: JourneyMapIssue) {}
}

/**
 * Walks a parsed value once and returns the first limit it breaks (then stops: a hostile
 * document is refused without being read further) or the keys that could reach an object
 * prototype (`__proto__`, `constructor`, `prototype`; code `invalid_key`). Cycles are
 * caught by the depth limit, which also bounds the recursion. One mutable path is shared by
 * the whole walk and copied only into issues, so a large map costs no allocation per value.
 */
export function checkLimits(value: unknown, limits: ParseLimits): JourneyMapIssue[] {
  return withinLimits(value, limits) ? [] : locateProblems(value, limits);
}

/**
 * The fast pass: true when nothing breaks a limit and no forbidden key appears. It keeps
 * no path, so a large valid document costs one cheap walk; only a document that fails it
 * is walked again by {@link locateProblems} to say where.
 */
function withinLimits(value: unknown, limits: ParseLimits): boolean {
  const { maxNodes, maxStringLength, maxDepth, maxArrayLength, maxEntities } = limits;
  let nodes = 0;
  let entities = 0;
  const visit = (current: unknown, depth: number): boolean => {
    if (++nodes > maxNodes) return false;
    if (typeof current === "string") return current.length <= maxStringLength;
    if (typeof current !== "object" || current === null) return true;
    if (depth >= maxDepth) return false;
    if (Array.isArray(current)) {
      const length = current.length;
      if (length > maxArrayLength) return false;
      if (depth === 1) {
        entities += length;
        if (entities > maxEntities) return false;
      }
      for (let i = 0; i < length; i++) if (!visit(current[i], depth + 1)) return false;
      return true;
    }
    for (const key in current) {
      if (key.length > maxStringLength || FORBIDDEN_KEYS.has(key)) return false;
      if (!visit((current as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return true;
  };
  return visit(value, 0);
}

/** The slow pass over a document that failed {@link withinLimits}: what is wrong, and where. */
function locateProblems(value: unknown, limits: ParseLimits): JourneyMapIssue[] {
  const issues: JourneyMapIssue[] = [];
  const path: IssuePath = [];
  let nodes = 0;
  let entities = 0;
  const exceed = (limit: keyof ParseLimits, what: string, at: IssuePath = path) => {
    throw new LimitExceeded(limitIssue([...at], limit, limits[limit], what));
  };
  const visit = (current: unknown): void => {
    if (++nodes > limits.maxNodes) exceed("maxNodes", "the number of values", []);
    if (typeof current === "string") {
      if (current.length > limits.maxStringLength) exceed("maxStringLength", `a string of ${current.length} characters`);
      return;
    }
    if (typeof current !== "object" || current === null) return;
    if (path.length >= limits.maxDepth) exceed("maxDepth", "the nesting depth");
    if (Array.isArray(current)) {
      const length = current.length;
      if (length > limits.maxArrayLength) exceed("maxArrayLength", `an array of ${length} items`);
      if (path.length === 1 && COLLECTION_KEYS.has(path[0] as string)) {
        entities += length;
        if (entities > limits.maxEntities) exceed("maxEntities", "the number of entities");
      }
      for (let i = 0; i < length; i++) {
        path.push(i);
        visit(current[i]);
        path.pop();
      }
      return;
    }
    for (const key in current) {
      if (!Object.hasOwn(current, key)) continue;
      if (key.length > limits.maxStringLength) exceed("maxStringLength", `a key of ${key.length} characters`);
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) issues.push(makeIssue("invalid_key", [...path], `the key ${JSON.stringify(key)} is not allowed`));
      else visit((current as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  try {
    visit(value);
  } catch (error) {
    if (error instanceof LimitExceeded) return [error.issue];
    throw error;
  }
  return issues;
}
