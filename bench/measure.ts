/** One measurement of the benchmark table. */
export interface BenchRow {
  /** What was measured, e.g. "validate (object)"; with `touchpoints`, one row of the size table. */
  name: string;
  /** Median time of one call, in milliseconds (or the ratio, when `ratio` is set). */
  medianMs: number;
  /** The target from the issue, in the same unit, if there is one. */
  targetMs?: number;
  /** Anything worth saying beside the figure (a size, a count). */
  note?: string;
  /** The size of the generated map: the column of the size table (100, 1,000 or 10,000). */
  touchpoints?: number;
  /** The figure is a ratio, not milliseconds. */
  ratio?: boolean;
}

export interface MeasureOptions {
  /** Samples to take (each sample may run the function several times). @defaultValue 30 */
  samples?: number;
  /** Calls before measuring, to let the JIT settle. @defaultValue 5 */
  warmup?: number;
  /** Minimum time per sample in ms; fast functions are batched until a sample lasts this long. @defaultValue 5 */
  minSampleMs?: number;
  /** Stop taking samples after this many ms in total. @defaultValue 5000 */
  maxTotalMs?: number;
}

/**
 * Returns the median time of one call of `fn` in milliseconds. Fast functions are run in
 * batches so that the clock's resolution does not dominate; `setup` runs before each batch,
 * outside the timing, and its result is passed to `fn`.
 */
export function measure<T>(fn: (input: T) => unknown, setup: () => T, options: MeasureOptions = {}): number {
  const { samples = 30, warmup = 5, minSampleMs = 5, maxTotalMs = 5000 } = options;
  for (let i = 0; i < warmup; i++) fn(setup());
  // Calibrate the batch size on one timed call.
  let input = setup();
  let start = performance.now();
  fn(input);
  const once = Math.max(performance.now() - start, 0.001);
  const batch = Math.max(1, Math.min(10_000, Math.ceil(minSampleMs / once)));
  const times: number[] = [];
  const began = performance.now();
  for (let s = 0; s < samples; s++) {
    const inputs = Array.from({ length: batch }, setup);
    start = performance.now();
    for (let i = 0; i < batch; i++) fn(inputs[i] as T);
    times.push((performance.now() - start) / batch);
    if (performance.now() - began > maxTotalMs && times.length >= 5) break;
  }
  input = undefined as T;
  return median(times);
}

/** Same as {@link measure} for a function without input. */
export function measureSimple(fn: () => unknown, options?: MeasureOptions): number {
  return measure(
    () => fn(),
    () => undefined,
    options,
  );
}

/** {@link measureSimple} for an async function: each call is awaited and timed on its own. */
export async function measureAsync(fn: () => Promise<unknown>, options: Pick<MeasureOptions, "samples" | "warmup" | "maxTotalMs"> = {}): Promise<number> {
  const { samples = 30, warmup = 3, maxTotalMs = 5000 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const began = performance.now();
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    if (performance.now() - began > maxTotalMs && times.length >= 5) break;
  }
  return median(times);
}

/** The median of `times` (sorted in place). */
export function median(times: number[]): number {
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
}
