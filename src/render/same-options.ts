/**
 * Returns whether two option values are equal in value: the same primitives and functions,
 * arrays and plain objects with equal entries. Options written afresh on every call (a new
 * `lanes` array, a new theme object of the same colours) keep a renderer's caches.
 */
export function sameOptions(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameOptions(x, b[i]));
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && sameOptions((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Returns a copy of `value` whose arrays and plain objects are new, so that options the
 * caller changes in place afterwards cannot change what a renderer compares them with;
 * functions and other objects are kept as they are.
 */
export function snapshotOptions<T>(value: T): T {
  if (Array.isArray(value)) return value.map(snapshotOptions) as T;
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = snapshotOptions(v);
  return copy as T;
}
