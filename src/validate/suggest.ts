/**
 * The optimal-string-alignment distance between two strings (insertions, deletions,
 * substitutions and transpositions of neighbours each cost 1), or `Infinity` once it is
 * certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return Number.POSITIVE_INFINITY;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return Number.POSITIVE_INFINITY;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Returns the candidate closest to `value` when it is close enough to be a likely typo
 * (at most a third of the length apart, and at most 3 edits), or `undefined`. Ties go to
 * the candidate seen first, so the answer is deterministic.
 *
 * Internal: not part of the public API (every layer imports it from this module).
 *
 * @internal
 * @example
 * ```ts
 * import { suggestNearest } from "./suggest";
 *
 * suggestNearest("s-purchse", ["s-awareness", "s-purchase"]); // "s-purchase"
 * suggestNearest("zzz", ["s-purchase"]); // undefined
 * ```
 */
export function suggestNearest(value: string, candidates: Iterable<string>): string | undefined {
  const max = Math.min(3, Math.max(1, Math.floor(value.length / 3)));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}
