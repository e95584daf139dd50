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

const EPOCH = /^-?\d+(?:\.\d+)?$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of `length` digits at `at`, or −1. Hand-written: this runs for every row of a log. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The zone offset in minutes of `text` from `at` (empty = UTC), or NaN. */
function zoneMinutes(text: string, at: number): number {
  if (at === text.length) return 0;
  const sign = text[at];
  if ((sign === "Z" || sign === "z") && at + 1 === text.length) return 0;
  if (sign !== "+" && sign !== "-") return Number.NaN;
  const hours = digits(text, at + 1, 2);
  const rest = text.length - at - 3;
  const colon = text[at + 3] === ":" ? 1 : 0;
  const minutes = rest === 0 ? 0 : rest === 2 + colon ? digits(text, at + 3 + colon, 2) : -1;
  if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) return Number.NaN;
  return (sign === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function isoToMs(text: string): number {
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || text[4] !== "-" || text[7] !== "-" || month < 1 || month > 12 || day < 1) return Number.NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && !leap ? 28 : (DAYS[month - 1] as number))) return Number.NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let at = 10;
  if (text.length > 10) {
    if (text[10] !== "T" && text[10] !== " ") return Number.NaN;
    hour = digits(text, 11, 2);
    minute = digits(text, 14, 2);
    if (hour < 0 || hour > 23 || text[13] !== ":" || minute < 0 || minute > 59) return Number.NaN;
    at = 16;
    if (text[16] === ":") {
      second = digits(text, 17, 2);
      if (second < 0 || second > 59) return Number.NaN;
      at = 19;
      if (text[19] === "." || text[19] === ",") {
        let scale = 100;
        for (at = 20; at < text.length && at < 29; at++) {
          const d = text.charCodeAt(at) - 48;
          if (!(d >= 0 && d <= 9)) break;
          ms += d * scale;
          scale /= 10;
        }
        if (at === 20) return Number.NaN;
      }
    }
  }
  const zone = zoneMinutes(text, at);
  return Date.UTC(year, month - 1, day, hour, minute, second) + ms - zone * 60_000;
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
    const c = time.charCodeAt(4);
    return c === 45 ? isoToMs(time) : EPOCH.test(time) ? Number(time) : Number.NaN;
  }
  if (time instanceof Date) return time.getTime();
  return Number.NaN;
}
