import type { EventRow } from "./event-row";

/** Progress of a running analysis, for a progress line. */
export interface EventAnalyzerProgress {
  /** Rows seen so far (accepted or rejected). */
  rows: number;
  /** Rows that matched a touchpoint. */
  matchedEvents: number;
  /** Cases with a matched event. */
  cases: number;
}

/** Options of {@link createEventAnalyzer} and {@link analyzeEvents}. */
export interface CreateEventAnalyzerOptions {
  /** Collapse consecutive events at one touchpoint into one step. @defaultValue `true` */
  collapseRepeats?: boolean;
  /** Split a case after this many minutes without a matched event; each part counts as a case. @defaultValue no splitting */
  sessionGapMinutes?: number;
  /** Segment cases by `"segment"` (the rows' `segment`) or by the name of a property; a case takes the value of its earliest matched event. @defaultValue no segments */
  segmentBy?: string;
  /** Segments with fewer cases are left out (counted in `suppressedSegments`). @defaultValue `30` */
  minSegmentCases?: number;
  /** How many variants to list. @defaultValue `20` */
  maxVariants?: number;
  /** How many unmatched event names to list. @defaultValue `20` */
  maxUnmatched?: number;
  /** How many rejected rows to keep (all are counted). @defaultValue `100` */
  maxRejected?: number;
  /** Further matched rows of a case with this many are rejected, so that one runaway case cannot exhaust memory. @defaultValue `100000` */
  maxEventsPerCase?: number;
  /** Longer case ids, event names and URLs are rejected. @defaultValue `1000` */
  maxFieldLength?: number;
  /** Called every `progressEvery` rows. @defaultValue none */
  onProgress?: (progress: EventAnalyzerProgress) => void;
  /** Rows between two `onProgress` calls. @defaultValue `100000` */
  progressEvery?: number;
}

/** The options with every default set. */
export type ResolvedAnalyzerOptions = Required<Omit<CreateEventAnalyzerOptions, "segmentBy" | "onProgress">> & Pick<CreateEventAnalyzerOptions, "segmentBy" | "onProgress">;

const KNOWN = [
  "collapseRepeats",
  "sessionGapMinutes",
  "segmentBy",
  "minSegmentCases",
  "maxVariants",
  "maxUnmatched",
  "maxRejected",
  "maxEventsPerCase",
  "maxFieldLength",
  "onProgress",
  "progressEvery",
];

function count(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(value >= min) || (!Number.isInteger(value) && value !== Number.POSITIVE_INFINITY)) {
    throw new RangeError(`invalid ${name}: expected a whole number ≥ ${min}, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return value;
}

/** Checks the options and sets the defaults; throws a TypeError or RangeError naming a bad option. */
export function resolveAnalyzerOptions(options: CreateEventAnalyzerOptions = {}): ResolvedAnalyzerOptions {
  if (typeof options !== "object" || options === null) throw new TypeError("invalid options: expected an object");
  for (const key of Object.keys(options)) {
    if (!KNOWN.includes(key)) throw new TypeError(`invalid option ${JSON.stringify(key)}; known options: ${KNOWN.join(", ")}`);
  }
  const { collapseRepeats = true, sessionGapMinutes = Number.POSITIVE_INFINITY, segmentBy, onProgress } = options;
  if (typeof collapseRepeats !== "boolean") throw new TypeError(`invalid collapseRepeats: expected true or false, got ${JSON.stringify(collapseRepeats)}`);
  if (typeof sessionGapMinutes !== "number" || !(sessionGapMinutes > 0))
    throw new RangeError(`invalid sessionGapMinutes: expected a number > 0, got ${JSON.stringify(sessionGapMinutes)}`);
  if (segmentBy !== undefined && (typeof segmentBy !== "string" || segmentBy === ""))
    throw new TypeError(`invalid segmentBy: expected "segment" or a property name, got ${JSON.stringify(segmentBy)}`);
  if (onProgress !== undefined && typeof onProgress !== "function") throw new TypeError("invalid onProgress: expected a function");
  return {
    collapseRepeats,
    sessionGapMinutes,
    segmentBy,
    onProgress,
    minSegmentCases: count("minSegmentCases", options.minSegmentCases, 30, 1),
    maxVariants: count("maxVariants", options.maxVariants, 20, 0),
    maxUnmatched: count("maxUnmatched", options.maxUnmatched, 20, 0),
    maxRejected: count("maxRejected", options.maxRejected, 100, 0),
    maxEventsPerCase: count("maxEventsPerCase", options.maxEventsPerCase, 100_000, 1),
    maxFieldLength: count("maxFieldLength", options.maxFieldLength, 1000, 1),
    progressEvery: count("progressEvery", options.progressEvery, 100_000, 1),
  };
}

/** The segment value of a row, or undefined. */
export function segmentOf(row: EventRow, segmentBy: string): string | undefined {
  const props = row.properties;
  const value = segmentBy === "segment" ? row.segment : props && Object.hasOwn(props, segmentBy) ? props[segmentBy] : undefined;
  return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}
