import { type JourneyMap, SCHEMA_VERSION } from "../model/journey-map";
import { checkReferences } from "./check-references";
import { describeError, describeValue } from "./describe-value";
import { issuesFromZod } from "./from-zod";
import { type IssuePath, type JourneyMapIssue, makeIssue } from "./issue";
import { JourneyMapError } from "./journey-map-error";
import { journeyMapParser } from "./journey-map-parser";
import { COLLECTION_KEYS, type ParseLimits, limitIssue, resolveLimits } from "./limits";
import { parseJsonText, withoutBom } from "./parse-json";
import { forbiddenKeyIssues, readInput } from "./read-input";
import { scanJsonLimits } from "./scan-json-limits";

/** Options of {@link safeParseJourneyMap} and {@link parseJourneyMap}. */
export interface SafeParseJourneyMapOptions {
  /**
   * Bounds on the input, among them `maxInputLength` (the longest JSON text, 32 Mi UTF-16
   * code units); see {@link ParseLimits}. @defaultValue {@link DEFAULT_LIMITS}
   */
  limits?: Partial<ParseLimits>;
}

/** Options of {@link parseJourneyMap}: the same as {@link SafeParseJourneyMapOptions}. */
export type ParseJourneyMapOptions = SafeParseJourneyMapOptions;

/**
 * The former name of {@link SafeParseJourneyMapOptions}.
 *
 * @deprecated Use {@link SafeParseJourneyMapOptions}.
 */
export type ParseOptions = SafeParseJourneyMapOptions;

/** The result of {@link safeParseJourneyMap}: zod's `safeParse` shape. */
export type SafeParseJourneyMapResult = { success: true; data: JourneyMap; error?: undefined } | { success: false; error: JourneyMapError; data?: undefined };

function fail(issues: JourneyMapIssue[]): SafeParseJourneyMapResult {
  return { success: false, error: new JourneyMapError(issues) };
}

function inputTooLong(length: number, limits: ParseLimits): JourneyMapIssue {
  return makeIssue("limit_exceeded", [], `the input of ${length} characters exceeds the limit maxInputLength = ${limits.maxInputLength}`, {
    limit: "maxInputLength",
    maximum: limits.maxInputLength,
  });
}

function countEntities(value: unknown): number {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return 0;
  let count = 0;
  for (const key of COLLECTION_KEYS) {
    const list = (value as Record<string, unknown>)[key];
    if (Array.isArray(list)) count += list.length;
  }
  return count;
}

/** The document as plain data read once, or the issues that stop validation before zod. */
function readDocument(input: unknown, limits: ParseLimits): { value: unknown; issues: JourneyMapIssue[] } | JourneyMapIssue[] {
  const value = input;
  if (typeof value === "string") {
    if (value.length > limits.maxInputLength) return [inputTooLong(value.length, limits)];
    // Limits first, before JSON.parse builds anything.
    const exceeded = scanJsonLimits(withoutBom(value), limits);
    if (exceeded) return [exceeded];
    const parsed = parseJsonText(value);
    if (!parsed.ok) return [parsed.issue];
    // JSON.parse returns plain data: nothing to read twice, nothing to copy. The entities are
    // counted again, since the scan matched collection keys as written (not unescaped).
    const entities = countEntities(parsed.value);
    if (entities > limits.maxEntities) return [limitIssue([], "maxEntities", limits.maxEntities, "the number of entities")];
    return { value: parsed.value, issues: forbiddenKeyIssues(parsed.value) };
  }
  const read = readInput(value, limits);
  if (read.exceeded) return read.issues;
  return { value: read.value, issues: read.issues };
}

function versionIssue(value: unknown): JourneyMapIssue | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("schemaVersion" in value)) return undefined;
  const version = (value as { schemaVersion: unknown }).schemaVersion;
  if (version === SCHEMA_VERSION) return undefined;
  return makeIssue(
    "unsupported_schema_version",
    ["schemaVersion"],
    `version ${describeValue(version)} is not supported; this version of journeykit reads version ${SCHEMA_VERSION}`,
  );
}

/** Whether `path` is `at` or lies inside it. */
function within(path: IssuePath, at: IssuePath): boolean {
  return at.length <= path.length && at.every((step, i) => path[i] === step);
}

/**
 * At most `max` issues; past it, one `limit_exceeded` issue for `maxIssues` ends the list
 * (conversion stopped early, so how many more there were is not known).
 */
function capped(issues: JourneyMapIssue[], max: number): JourneyMapIssue[] {
  if (issues.length <= max) return issues;
  return [...issues.slice(0, max), makeIssue("limit_exceeded", [], `more issues were found; the list stops at the limit maxIssues = ${max}`, { limit: "maxIssues", maximum: max })];
}

function validate(input: unknown, limits: ParseLimits): SafeParseJourneyMapResult {
  const read = readDocument(input, limits);
  if (Array.isArray(read)) return fail(read);
  const { value, issues: readIssues } = read;
  const version = versionIssue(value);
  if (version) return fail([version]);
  const result = journeyMapParser(value).safeParse(value);
  // Where the input could not be read, zod sees nothing there: its issues at that place are noise.
  const zodIssues = result.success ? [] : issuesFromZod(result.error.issues, [], { input: value, maxIssues: limits.maxIssues + 1 });
  const structural = readIssues.length === 0 ? zodIssues : zodIssues.filter((z) => !readIssues.some((r) => within(z.path, r.path)));
  const issues = [...readIssues, ...structural];
  if (issues.length <= limits.maxIssues) issues.push(...checkReferences(value, { maxIssues: limits.maxIssues + 1 - issues.length }));
  if (issues.length > 0 || !result.success) return fail(capped(issues, limits.maxIssues));
  return { success: true, data: result.data };
}

/**
 * Validates a journey map — a parsed object, or a string of JSON — and returns
 * `{ success: true, data }` with arrays defaulted to `[]`, or `{ success: false, error }`
 * whose `error.issues` list every problem in one pass: structure (zod's codes, unknown keys
 * with the nearest known key), ids used twice (`duplicate_id`), references that resolve to
 * nothing (`unknown_reference`), `unsupported_schema_version`, `limit_exceeded` and
 * `invalid_json` (with line and column). Never throws for bad input; throws a `TypeError`
 * or `RangeError` only for bad `options`.
 *
 * @example
 * ```ts
 * import { safeParseJourneyMap } from "journeykit";
 *
 * const result = safeParseJourneyMap('{ "schemaVersion": 1, "id": "m1", "title": "Coffee" }');
 * if (result.success) result.data.touchpoints.length; // 0
 * else result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
 * ```
 */
export function safeParseJourneyMap(input: unknown, options: SafeParseJourneyMapOptions = {}): SafeParseJourneyMapResult {
  const limits = resolveLimits(options.limits);
  try {
    return validate(input, limits);
  } catch (error) {
    // Reading the input never throws; this is a last guard (a stack overflow from a huge maxDepth).
    return fail([makeIssue("custom", [], `the input could not be read: ${describeError(error)}`)]);
  }
}

/**
 * Validates a journey map like {@link safeParseJourneyMap} and returns it, or throws a
 * {@link JourneyMapError} whose `issues` list every problem.
 *
 * @example
 * ```ts
 * import { parseJourneyMap } from "journeykit";
 * import { readFileSync } from "node:fs";
 *
 * const map = parseJourneyMap(readFileSync("coffee-shop.json", "utf8"));
 * map.title; // "Morning coffee at Bean There", typed as string
 * ```
 */
export function parseJourneyMap(input: unknown, options?: ParseJourneyMapOptions): JourneyMap {
  const result = safeParseJourneyMap(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
