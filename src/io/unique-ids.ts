/**
 * Returns a function that turns names into readable, unique ids: `prefix-` plus a slug of
 * the name (`"Order ahead"` → `"tp-order-ahead"`), numbered on collision (`tp-order-ahead-2`),
 * and `prefix-N` for names without letters or digits. The same names in the same order
 * always give the same ids, so imports are reproducible.
 */
export function uniqueIds(taken: Iterable<string> = []): (prefix: string, name: string) => string {
  const used = new Set(taken);
  let anonymous = 0;
  return (prefix, name) => {
    const slug = name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/, "");
    const base = slug ? `${prefix}-${slug}` : `${prefix}-${++anonymous}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
