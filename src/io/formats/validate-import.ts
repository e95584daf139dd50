import type { JourneyMapInput } from "../../model/journey-map";
import type { JourneyMapIssue } from "../../validate/issue";
import { JourneyMapError } from "../../validate/journey-map-error";
import { type SafeParseJourneyMapResult, safeParseJourneyMap } from "../../validate/safe-parse-journey-map";

/**
 * Returns the failed result of an import, with `issues` as its error; never throws.
 *
 * @example
 * ```ts
 * import { failImport } from "./validate-import"; // internal: not exported from "journeykit"
 *
 * failImport([{ code: "custom", path: [], message: "line 1: expected journey", line: 1 }]).success; // false
 * ```
 */
export function failImport(issues: JourneyMapIssue[]): SafeParseJourneyMapResult {
  return { success: false, error: new JourneyMapError(issues) };
}

/** Where the entities of an imported document came from in its text. */
export interface ValidateImportOptions {
  /** How the text numbers its places, as the start of messages: `"line"` or `"row"`. */
  unit: "line" | "row";
  /** For each collection, the line (or row) of each entry, by index: `{ touchpoints: [3, 4] }`. */
  places: Partial<Record<string, readonly number[]>>;
}

/**
 * Validates a document built from text (Mermaid, CSV…) and returns the result of
 * `safeParseJourneyMap`, where each issue about an entry whose place is known carries its
 * `line` and starts its message with it (`line 4: …`, `row 3: …`).
 *
 * @example
 * ```ts
 * import { validateImport } from "./validate-import"; // internal: not exported from "journeykit"
 *
 * const doc = { schemaVersion: 1, id: "m", title: "T", stages: [{ id: "s", name: "" }] };
 * const result = validateImport(doc, { unit: "line", places: { stages: [3] } });
 * // result.error.issues[0].line === 3
 * ```
 */
export function validateImport(doc: JourneyMapInput, options: ValidateImportOptions): SafeParseJourneyMapResult {
  const result = safeParseJourneyMap(doc);
  if (result.success) return result;
  const { unit, places } = options;
  return failImport(
    result.error.issues.map((issue) => {
      const [collection, index] = issue.path;
      const line = typeof collection === "string" && typeof index === "number" && Object.hasOwn(places, collection) ? places[collection]?.[index] : undefined;
      return line === undefined ? issue : { ...issue, line, message: `${unit} ${line}: ${issue.message}` };
    }),
  );
}
