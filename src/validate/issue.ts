import type { EntityKind } from "../model/entities";

/**
 * The codes of the issues journeykit reports: zod's own structural codes plus its own
 * (`duplicate_id`, `unknown_reference`, `unsupported_schema_version`, `limit_exceeded`,
 * `invalid_json`). Operations add `not_found` (an operation names an id the map lacks)
 * and `invalid_operation` (an operation refused as a whole).
 */
export type JourneyMapIssueCode =
  | "invalid_type"
  | "too_big"
  | "too_small"
  | "invalid_format"
  | "not_multiple_of"
  | "unrecognized_keys"
  | "invalid_union"
  | "invalid_key"
  | "invalid_element"
  | "invalid_value"
  | "custom"
  | "duplicate_id"
  | "unknown_reference"
  | "unsupported_schema_version"
  | "limit_exceeded"
  | "invalid_json"
  | "not_found"
  | "invalid_operation"
  | "stage_not_empty";

/** A path into a document: object keys and array indices, as in zod. */
export type IssuePath = (string | number)[];

/**
 * One problem found in a document or an operation. `message` is written for people and
 * starts from the path (`touchpoints[3].stageId: …`); the other fields are for programs.
 */
export interface JourneyMapIssue {
  /** What kind of problem this is. */
  code: JourneyMapIssueCode;
  /** Where it is. */
  path: IssuePath;
  /** A sentence for people, starting from the path. */
  message: string;
  /** `unrecognized_keys`: the unknown keys. */
  keys?: string[];
  /** `unknown_reference` / `duplicate_id` / `not_found`: the id concerned. */
  id?: string;
  /** `unknown_reference`: the kind of entity the id must name. */
  expected?: EntityKind | string;
  /** `unknown_reference`, `unrecognized_keys`: the nearest known id or key. */
  suggestion?: string;
  /** `duplicate_id`: where the same id was seen first. */
  otherPath?: IssuePath;
  /** `limit_exceeded`: the name of the limit. */
  limit?: string;
  /** `limit_exceeded`: the limit's value. */
  maximum?: number;
  /** `invalid_json`: the 1-based line and column of the syntax error. */
  line?: number;
  /** `invalid_json`: see `line`. */
  column?: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Returns a path as people read it: `touchpoints[3].stageId`; `(root)` for the empty path.
 *
 * @example
 * ```ts
 * import { formatPath } from "journeykit";
 *
 * formatPath(["touchpoints", 3, "stageId"]); // "touchpoints[3].stageId"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else if (IDENTIFIER.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

/** Builds an issue whose message starts from its path. */
export function makeIssue(
  code: JourneyMapIssueCode,
  path: IssuePath,
  text: string,
  extra?: Omit<JourneyMapIssue, "code" | "path" | "message">,
): JourneyMapIssue {
  return { code, path, message: `${formatPath(path)}: ${text}`, ...extra };
}
