/** The columns of the size table: generated maps of these many touchpoints. */
export const SIZES = [100, 1_000, 10_000] as const;

/** Fewer samples for the largest maps, so the whole run stays within minutes. */
export function samplesFor(touchpoints: number): { samples: number; warmup: number; maxTotalMs: number } {
  return touchpoints >= 10_000 ? { samples: 15, warmup: 2, maxTotalMs: 20_000 } : { samples: 30, warmup: 3, maxTotalMs: 5_000 };
}
