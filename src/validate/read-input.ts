import { describeError, objectKind } from "./describe-value";
import { type IssuePath, type JourneyMapIssue, makeIssue } from "./issue";
import { COLLECTION_KEYS, FORBIDDEN_KEYS, LimitExceeded, type ParseLimits, limitIssue } from "./limits";

/** What {@link readInput} returns: the copy, and what was wrong with the original. */
export interface ReadInput {
  /** A plain-JSON copy of what could be read (`undefined` where nothing could). */
  value: unknown;
  /** Values that could not be read or are not plain data, and keys that are not allowed. */
  issues: JourneyMapIssue[];
  /** True when a limit was exceeded: `issues` is then that one issue and `value` undefined. */
  exceeded: boolean;
}

/**
 * Returns a copy of `input` made of plain objects and arrays, reading every property once,
 * with the limits checked on the way. Accessors are called once and their value kept;
 * Proxies, `toJSON` and other non-index properties of arrays do not survive; a `Date`, a
 * `Map`, a class instance or any object whose prototype is neither `Object.prototype` nor
 * `null` is refused (`invalid_type`), as is a key that could reach a prototype
 * (`invalid_key`); a getter or trap that throws becomes a `custom` issue at its path. Stops
 * at the first limit exceeded. Never throws (but for a stack overflow, which the depth
 * limit prevents at its default).
 */
export function readInput(input: unknown, limits: ParseLimits): ReadInput {
  const issues: JourneyMapIssue[] = [];
  const path: IssuePath = [];
  let nodes = 0;
  let entities = 0;
  const exceed = (limit: keyof ParseLimits, what: string, at: IssuePath = path): never => {
    throw new LimitExceeded(limitIssue([...at], limit, limits[limit], what));
  };
  const unreadable = (error: unknown): undefined => {
    issues.push(makeIssue("custom", [...path], `the value could not be read: ${describeError(error)}`));
    return undefined;
  };
  const visit = (current: unknown): unknown => {
    if (++nodes > limits.maxNodes) exceed("maxNodes", "the number of values", []);
    if (typeof current === "string") {
      if (current.length > limits.maxStringLength) exceed("maxStringLength", `a string of ${current.length} characters`);
      return current;
    }
    if (typeof current !== "object" || current === null) return current;
    if (path.length >= limits.maxDepth) exceed("maxDepth", "the nesting depth");
    let kind: string;
    try {
      kind = objectKind(current);
    } catch (error) {
      return unreadable(error);
    }
    if (kind === "array") return visitArray(current as unknown[]);
    if (kind === "object") return visitObject(current as Record<string, unknown>);
    issues.push(makeIssue("invalid_type", [...path], `expected plain JSON data, got ${kind}`));
    return undefined;
  };
  const visitArray = (array: unknown[]): unknown[] | undefined => {
    let length: number;
    try {
      length = array.length;
    } catch (error) {
      return unreadable(error);
    }
    if (length > limits.maxArrayLength) exceed("maxArrayLength", `an array of ${length} items`);
    if (path.length === 1 && COLLECTION_KEYS.has(path[0] as string)) {
      entities += length;
      if (entities > limits.maxEntities) exceed("maxEntities", "the number of entities");
    }
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) {
      path.push(i);
      out[i] = readChild(array, i);
      path.pop();
    }
    return out;
  };
  const visitObject = (object: Record<string, unknown>): Record<string, unknown> | undefined => {
    let keys: string[];
    try {
      keys = Object.keys(object);
    } catch (error) {
      return unreadable(error);
    }
    if (keys.length > limits.maxObjectKeys) exceed("maxObjectKeys", `an object of ${keys.length} keys`);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (key.length > limits.maxStringLength) exceed("maxStringLength", `a key of ${key.length} characters`);
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) issues.push(makeIssue("invalid_key", [...path], `the key ${JSON.stringify(key)} is not allowed`));
      else out[key] = readChild(object, key);
      path.pop();
    }
    return out;
  };
  const readChild = (parent: object, key: string | number): unknown => {
    let child: unknown;
    try {
      child = (parent as Record<string | number, unknown>)[key];
    } catch (error) {
      return unreadable(error);
    }
    return visit(child);
  };
  try {
    return { value: visit(input), issues, exceeded: false };
  } catch (error) {
    if (error instanceof LimitExceeded) return { value: undefined, issues: [error.issue], exceeded: true };
    throw error;
  }
}

/**
 * Returns an `invalid_key` issue for every key of `value` that could reach a prototype. For
 * what `JSON.parse` returns, which is plain data already (the scan of the text has checked
 * the limits): a walk that allocates nothing unless it finds such a key.
 */
export function forbiddenKeyIssues(value: unknown): JourneyMapIssue[] {
  const issues: JourneyMapIssue[] = [];
  const path: IssuePath = [];
  const visit = (current: unknown): void => {
    if (typeof current !== "object" || current === null) return;
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        const item: unknown = current[i];
        if (typeof item !== "object" || item === null) continue;
        path.push(i);
        visit(item);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(current)) {
      const child = (current as Record<string, unknown>)[key];
      if (!FORBIDDEN_KEYS.has(key) && (typeof child !== "object" || child === null)) continue;
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) issues.push(makeIssue("invalid_key", [...path], `the key ${JSON.stringify(key)} is not allowed`));
      else visit(child);
      path.pop();
    }
  };
  visit(value);
  return issues;
}

/**
 * Returns the problems {@link readInput} finds in a value — a limit exceeded, a forbidden
 * key, a value that is not plain data — without keeping its copy: the check an edit makes
 * of the values it brings into a map. Never throws.
 */
export function checkLimits(value: unknown, limits: ParseLimits): JourneyMapIssue[] {
  return readInput(value, limits).issues;
}
