/*
 * Settings shared by every fuzz property: a fixed seed, so that a failure seen in CI is
 * seen again on any machine, and a number of runs from the environment.
 *
 *   JOURNEYKIT_FUZZ_RUNS   runs per property (default: 10,000 when CI is set, else 1,000)
 *   JOURNEYKIT_FUZZ_SEED   the seed (default: FUZZ_SEED below); fast-check prints the seed
 *                          and the shrunk counterexample's path when a property fails, and
 *                          `{ seed, path }` replays exactly that case
 *
 * Every call into the library is timed one by one: a single input that takes longer than
 * CALL_BOUND_MS fails its property. That is a bound against pathological inputs
 * (backtracking regexes, quadratic loops), not a benchmark: benchmarks live in `bench/`.
 */
import type fc from "fast-check";

/** The default seed of every fuzz property. */
export const FUZZ_SEED = 20_260_501;

/** The longest one call may take on an input under 100 KB. */
export const CALL_BOUND_MS = 200;

function positiveInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`invalid ${name}: expected a whole number ≥ 1, got ${JSON.stringify(text)}`);
  return value;
}

/** Runs per property: JOURNEYKIT_FUZZ_RUNS, else 10,000 in CI and 1,000 locally. */
export const FUZZ_RUNS = positiveInteger("JOURNEYKIT_FUZZ_RUNS", process.env.JOURNEYKIT_FUZZ_RUNS) ?? (process.env.CI ? 10_000 : 1_000);

const SEED = positiveInteger("JOURNEYKIT_FUZZ_SEED", process.env.JOURNEYKIT_FUZZ_SEED) ?? FUZZ_SEED;

/**
 * The parameters of one property: the shared seed and run count, scaled by `share` for
 * properties whose single run is expensive (a whole CLI invocation, a 10 KB document).
 */
export function fuzzParameters(share = 1): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: Math.max(1, Math.round(FUZZ_RUNS * share)) };
}

/**
 * A vitest timeout for a property: generous, since the work grows with the run count and
 * shrinking a counterexample takes extra runs; the per-call bound is what catches a hang.
 */
export function fuzzTimeout(share = 1, msPerRun = 5): number {
  return 60_000 + Math.round(FUZZ_RUNS * share * msPerRun);
}

/** Calls `fn` and fails when this one call took longer than `bound` milliseconds. */
export function bounded<T>(what: string, fn: () => T, bound = CALL_BOUND_MS): T {
  const start = performance.now();
  const result = fn();
  const elapsed = performance.now() - start;
  if (elapsed > bound) throw new Error(`${what} took ${elapsed.toFixed(1)} ms, over the bound of ${bound} ms`);
  return result;
}

/** Like {@link bounded}, for a call that returns a promise. */
export async function boundedAsync<T>(what: string, fn: () => Promise<T>, bound = CALL_BOUND_MS): Promise<T> {
  const start = performance.now();
  const result = await fn();
  const elapsed = performance.now() - start;
  if (elapsed > bound) throw new Error(`${what} took ${elapsed.toFixed(1)} ms, over the bound of ${bound} ms`);
  return result;
}
