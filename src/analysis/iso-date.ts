/**
 * Returns the milliseconds since the epoch of an ISO 8601 date or date-time, or `NaN`.
 * A date-time without an offset is read as UTC (JavaScript would read it in the host's
 * time zone, so the same map would age differently on different machines).
 */
export function parseIsoDate(text: string): number {
  const zoned = /T/.test(text) && !/(Z|[+-]\d\d:\d\d)$/.test(text) ? `${text}Z` : text;
  return Date.parse(zoned);
}
