import { suggestNearest } from "../validate/suggest";

/** Describes a value for an error message: strings quoted, everything else as JSON would show it. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/**
 * Returns the message of every option error, in one style: `invalid lanes: "acions"; did
 * you mean "actions"?` — the option's path (without `options.`), the value, then what was
 * expected. `value` is shown with {@link show} unless it is already text for the message.
 */
export function invalid(name: string, value: unknown, expected: string): string {
  return `invalid ${name.replace(/^options\./, "")}: ${show(value)}; ${expected}`;
}

/** Returns "did you mean …?" with the known name nearest to `value`, else "expected one of …". */
export function nearest(value: string, known: readonly string[]): string {
  const near = suggestNearest(value, known);
  return near ? `did you mean ${JSON.stringify(near)}?` : `expected one of ${known.join(", ")}`;
}

/**
 * Returns `value`, or `fallback` when it is `undefined`; throws a `TypeError` or
 * `RangeError` naming `name` unless it is a finite number at least `min`.
 */
export function maybeNumber(name: string, value: unknown, fallback: number, min = 0, max = Number.POSITIVE_INFINITY): number {
  if (value === undefined) return fallback;
  const least = min === 0 ? "of 0 or more" : `of at least ${min}`;
  const expected = max === Number.POSITIVE_INFINITY ? `expected a finite number ${least}` : `expected a number from ${min} to ${max}`;
  if (typeof value !== "number") throw new TypeError(invalid(name, value, expected));
  if (!Number.isFinite(value) || value < min || value > max) throw new RangeError(invalid(name, value, expected));
  return value;
}

/** The largest length in px a layout option may take: far beyond any screen or wall, and far from overflow. */
export const MAX_LENGTH = 100_000;

/** The largest font size in px. */
export const MAX_FONT_SIZE = 1_000;

/** Like {@link maybeNumber}, for a positive integer (or `Infinity`, where allowed). */
export function maybePositiveInteger(name: string, value: unknown, fallback: number, allowInfinity = false): number {
  if (value === undefined) return fallback;
  const expected = `expected a positive integer${allowInfinity ? " or Infinity" : ""}`;
  if (typeof value !== "number") throw new TypeError(invalid(name, value, expected));
  if (allowInfinity && value === Number.POSITIVE_INFINITY) return value;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(invalid(name, value, expected));
  return value;
}

/** Returns `value` or `fallback`; throws a `TypeError` naming `name` unless it is a boolean. */
export function maybeBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new TypeError(invalid(name, value, "expected a boolean"));
  return value;
}

/** Returns `value` (or `{}`); throws a `TypeError` naming `name` unless it is a plain object. */
export function maybeObject(name: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(invalid(name, value, "expected an object"));
  }
  return value as Record<string, unknown>;
}

/** Throws a `RangeError` naming `name` for any key of `value` not in `known`. */
export function rejectUnknownKeys(name: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new RangeError(`invalid ${name.replace(/^options\./, "")}: unknown option ${show(key)}; ${nearest(key, known)}`);
  }
}

/** Returns the strings of `value`, or `undefined`; throws a `TypeError` naming `name` unless it is an array of strings. */
export function maybeStrings(name: string, value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError(invalid(name, value, "expected an array of strings"));
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== "string") throw new TypeError(invalid(`${name}[${i}]`, value[i], "expected a string"));
  }
  return value as readonly string[];
}
