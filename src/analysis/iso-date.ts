import { IsoDateSchema } from "../model/primitives";

/**
 * Returns the milliseconds since the epoch of an ISO 8601 date or date-time, or `NaN`.
 * A date-time without an offset is read as UTC (JavaScript would read it in the host's
 * time zone, so the same map would age differently on different machines).
 */
export function parseIsoDate(text: string): number {
  const zoned = /T/.test(text) && !/(Z|[+-]\d\d:\d\d)$/.test(text) ? `${text}Z` : text;
  return Date.parse(zoned);
}

/**
 * Returns whether `text` is an ISO 8601 date or date-time whose day exists in the calendar
 * (`2026-02-30` does not: `Date.parse` would quietly read it as 2 March). Never throws.
 */
export function isCalendarDate(text: string): boolean {
  if (!IsoDateSchema.safeParse(text).success || Number.isNaN(parseIsoDate(text))) return false;
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
