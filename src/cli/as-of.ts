import { UsageError } from "./context";

/**
 * Reads `--as-of`: a calendar date `YYYY-MM-DD` that exists (no 2026-02-30), or nothing.
 * Anything else is a {@link UsageError} naming the flag.
 */
export function parseAsOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const time = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  const valid = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
  if (!valid) throw new UsageError(`invalid --as-of: "${text}" (expected a calendar date YYYY-MM-DD)`);
  return text;
}
