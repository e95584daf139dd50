/** One row of an event log: who (`caseId`) did what (`event`), when (`time`), and where. */
export interface EventRow {
  /** The case: a customer, an account, an order — whatever one journey follows. */
  caseId: string;
  /** The event's name, matched against `observe[].event` globs. */
  event: string;
  /** ISO 8601 (a zone-less time is read as UTC), epoch milliseconds, or a `Date`. */
  time: string | number | Date;
  /** The page or screen, matched against `observe[].url` path patterns. */
  url?: string;
  /** The segment the case belongs to (see `segmentBy`). */
  segment?: string;
  /** Properties compared by `observe[].where`. */
  properties?: Record<string, unknown>;
  /** The 1-based line the row came from, when it was read from a file. */
  line?: number;
  /** Set by readers for a row they could not read: the analyzer rejects it with this reason. */
  error?: string;
}

/** A row that was skipped: its 0-based index among the rows given, its line in a file, and why. */
export interface RejectedRow {
  /** Position among the rows given to the analyzer (0-based). */
  index: number;
  /** The 1-based line in the file, where the row came from one. */
  line?: number;
  /** Why the row was skipped. */
  reason: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const EPOCH = /^-?\d+(?:\.\d+)?$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoToMs(text: string): number {
  const m = ISO.exec(text);
  if (!m) return Number.NaN;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((v) => (v === undefined ? 0 : Number(v))) as number[];
  const leap = (year as number) % 4 === 0 && ((year as number) % 100 !== 0 || (year as number) % 400 === 0);
  const monthDays = (month as number) === 2 && !leap ? 28 : (DAYS[(month as number) - 1] ?? 0);
  if (month! < 1 || month! > 12 || day! < 1 || day! > monthDays || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  let ms = Date.UTC(year as number, (month as number) - 1, day, hour, minute, second) + fraction;
  const zone = m[8];
  if (zone !== undefined && zone !== "Z" && zone !== "z") {
    const digits = zone.replace(":", "");
    const offset = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || "0");
    if (offset > 18 * 60) return Number.NaN;
    ms -= (zone[0] === "-" ? -1 : 1) * offset * 60_000;
  }
  return ms;
}

/**
 * Returns the time of an event row in epoch milliseconds, or `NaN` when it is not a time;
 * it never throws. Accepts a finite number (epoch milliseconds), a string of digits (the
 * same, as CSV cells hold them), an ISO 8601 date or date-time (`T` or a space between;
 * a zone-less one is read as UTC, never as the machine's local time), or a valid `Date`.
 *
 * @example
 * ```ts
 * import { parseEventTime } from "journeykit";
 *
 * parseEventTime("2026-03-01T09:30:00"); // 1772357400000 (UTC)
 * parseEventTime("2026-03-01T10:30:00+01:00"); // 1772357400000
 * parseEventTime("yesterday"); // NaN
 * ```
 */
export function parseEventTime(time: unknown): number {
  if (typeof time === "number") return Number.isFinite(time) ? time : Number.NaN;
  if (typeof time === "string") {
    if (time.length > 64) return Number.NaN;
    return EPOCH.test(time) ? Number(time) : isoToMs(time.trim());
  }
  if (time instanceof Date) return time.getTime();
  return Number.NaN;
}
