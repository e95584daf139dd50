/**
 * Returns the readable id part of a name: decomposed without its accents (`"Été"` →
 * `"ete"`), lower case, every run of other characters than `a-z0-9` one `-`, cut to
 * `maxLength` without a `-` at either end; `""` when nothing is left (the caller then
 * generates an id). Never fails.
 *
 * @example
 * ```ts
 * slug("Café & Bar", 40); // "cafe-bar"
 * ```
 */
export function slug(name: string, maxLength: number): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}
