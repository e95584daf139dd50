/**
 * Returns the lower nearest-rank quantile of the sorted `values[from, to)`: the value at
 * 1-based rank ⌈q·n⌉, computed in integers so that no rounding moves it — the median is
 * the lower median (rank ⌈n/2⌉), p90 the value at rank ⌈9n/10⌉. This is SQL's
 * `percentile_disc(q)`, so an engine that holds the log computes the same numbers. `null`
 * for an empty range; it never throws.
 *
 * @example
 * ```ts
 * import { lowerQuantile } from "journeykit";
 *
 * lowerQuantile(Float64Array.of(1, 2, 3, 4), 1, 2); // 2 (the lower median)
 * lowerQuantile(Float64Array.of(1, 2, 3, 4), 9, 10); // 4
 * ```
 */
export function lowerQuantile(values: ArrayLike<number>, numerator: number, denominator: number, from = 0, to = values.length): number | null {
  const n = to - from;
  if (n <= 0) return null;
  const rank = Math.max(1, Math.floor((numerator * n + denominator - 1) / denominator));
  return values[from + rank - 1] as number;
}
