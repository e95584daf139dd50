import { type JourneyMap, SCHEMA_VERSION } from "../model/journey-map";
import { checkReferences } from "./check-references";
import { issuesFromZod } from "./from-zod";
import { type JourneyMapIssue, makeIssue } from "./issue";
import { JourneyMapError } from "./journey-map-error";
import { journeyMapParser } from "./journey-map-parser";
import { type ParseLimits, checkLimits, resolveLimits } from "./limits";
import { parseJsonText } from "./parse-json";

/** Options of {@link safeParseJourneyMap} and {@link parseJourneyMap}. */
export interface ParseOptions {
  /** Bounds on the input; see {@link ParseLimits}. @defaultValue {@link DEFAULT_LIMITS} */
  limits?: Partial<ParseLimits>;
}

/** The result of {@link safeParseJourneyMap}: zod's `safeParse` shape. */
export type SafeParseJourneyMapResult =
  | { success: true; data: JourneyMap; error?: undefined }
  | { success: false; error: JourneyMapError; data?: undefined };

function fail(issues: JourneyMapIssue[]): SafeParseJourneyMapResult {
  return { success: false, error: new JourneyMapError(issues) };
}

function validate(input: unknown, limits: ParseLimits): SafeParseJourneyMapResult {
  let value = input;
  if (typeof value === "string") {
    if (value.length > limits.maxInputLength) {
      return fail([
        makeIssue("limit_exceeded", [], `the input of ${value.length} characters exceeds the limit maxInputLength = ${limits.maxInputLength}`, {
          limit: "maxInputLength",
          maximum: limits.maxInputLength,
        }),
      ]);
    }
    const parsed = parseJsonText(value);
    if (!parsed.ok) return fail([parsed.issue]);
    value = parsed.value;
  }
  const limitIssues = checkLimits(value, limits);
  if (limitIssues.some((issue) => issue.code === "limit_exceeded")) return fail(limitIssues);

  if (typeof value === "object" && value !== null && !Array.isArray(value) && "schemaVersion" in value) {
    const version = (value as { schemaVersion: unknown }).schemaVersion;
    if (version !== SCHEMA_VERSION) {
      return fail([
        makeIssue(
          "unsupported_schema_version",
          ["schemaVersion"],
          `version ${JSON.stringify(version) ?? String(version)} is not supported; this version of journeykit reads version ${SCHEMA_VERSION}`,
        ),
      ]);
    }
  }
  const result = journeyMapParser(value).safeParse(value);
  const issues = [...limitIssues, ...(result.success ? [] : issuesFromZod(result.error.issues, [], { input: value })), ...checkReferences(value)];
  if (issues.length > 0 || !result.success) return fail(issues);
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
export function safeParseJourneyMap(input: unknown, options: ParseOptions = {}): SafeParseJourneyMapResult {
  const limits = resolveLimits(options.limits);
  try {
    return validate(input, limits);
  } catch (error) {
    // Only exotic inputs get here (a getter that throws, a revoked proxy): still an issue, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return fail([makeIssue("custom", [], `the input could not be read: ${reason}`)]);
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
export function parseJourneyMap(input: unknown, options?: ParseOptions): JourneyMap {
  const result = safeParseJourneyMap(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
