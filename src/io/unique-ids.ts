import { slug } from "../model/slug";

/**
 * Returns a function that turns names into readable, unique ids: `prefix-` plus a slug of
 * the name (`"Order ahead"` → `"tp-order-ahead"`), numbered on collision (`tp-order-ahead-2`),
 * and `prefix-N` for names without letters or digits. The same names in the same order
 * always give the same ids, so imports are reproducible.
 *
 * Each slug remembers the next number to try, so n repeats of one name cost O(n), not
 * O(n²): a number skipped once stays taken (ids are only ever added), so resuming where
 * the last search stopped gives the ids that restarting at 2 would.
 */
export function uniqueIds(taken: Iterable<string> = []): (prefix: string, name: string) => string {
  const used = new Set(taken);
  const next = new Map<string, number>();
  let anonymous = 0;
  return (prefix, name) => {
    const part = slug(name, 48);
    const base = part ? `${prefix}-${part}` : `${prefix}-${++anonymous}`;
    let id = base;
    let n = next.get(base) ?? 2;
    while (used.has(id)) id = `${base}-${n++}`;
    next.set(base, n);
    used.add(id);
    return id;
  };
}
