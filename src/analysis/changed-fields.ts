import { jsonEqual } from "../edit/json-equal";

/** Returns the keys (other than `id`) whose values differ between two entities, sorted; never throws on JSON data. */
export function changedFields(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  keys.delete("id");
  return [...keys].filter((key) => !jsonEqual(b[key], a[key])).sort();
}
