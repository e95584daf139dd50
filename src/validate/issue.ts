import type { EntityKind } from "../model/entities";

/**
 * Every code an issue can have, in the order docs/validation.md lists them: zod's own
 * structural codes, then journeykit's. Read-only: tools can list the codes from it.
 */
export const JOURNEY_MAP_ISSUE_CODES = [
  "invalid_type",
  "too_big",
  "too_small",
  "invalid_format",
  "not_multiple_of",
  "unrecognized_keys",
  "invalid_union",
  "invalid_key",
  "invalid_element",
  "invalid_value",
  "custom",
  "duplicate_id",
  "unknown_reference",
  "unsupported_schema_version",
  "limit_exceeded",
  "invalid_json",
  "not_found",
  "invalid_operation",
  "stage_not_empty",
] as const;

/** A path into a document: object keys and array indices, as in zod. */
export type IssuePath = (string | number)[];

/** The fields of a code that adds none. */
export type NoIssueFields = Record<never, never>;

/**
 * What each issue code adds to `{ code, path, message }`, by code: the fields a program
 * reads once `code` has narrowed the issue. Codes without fields of their own map to `{}`.
 */
export interface JourneyMapIssueFields {
  /** zod: a value of the wrong type, or a required field missing. */
  invalid_type: NoIssueFields;
  /** zod: a number, string or array above its maximum (an `index` past the end, too). */
  too_big: NoIssueFields;
  /** zod: a number, string or array below its minimum. */
  too_small: NoIssueFields;
  /** zod: a string of the wrong format (a date, a URL); a malformed row of a text format. */
  invalid_format: NoIssueFields;
  /** zod: a number off its step. */
  not_multiple_of: NoIssueFields;
  /** A key the schema does not know (one issue per key). */
  unrecognized_keys: {
    /** The unknown key (one per issue). */
    keys: string[];
    /** The nearest known key, when one is close. */
    suggestion?: string;
  };
  /** zod: a value that matches no member of a union. */
  invalid_union: NoIssueFields;
  /** A key that is never allowed (`__proto__`, `constructor`, `prototype`), or a record key of the wrong shape. */
  invalid_key: NoIssueFields;
  /** zod: a map or set element of the wrong shape. */
  invalid_element: NoIssueFields;
  /** zod: a value outside its enumeration. */
  invalid_value: NoIssueFields;
  /** A check of the schema's own (a refinement) failed, or an input could not be read. */
  custom: NoIssueFields;
  /** An id used twice in one document (ids are unique across the whole document). */
  duplicate_id: {
    /** The id used twice. */
    id: string;
    /** Where the same id was seen first. */
    otherPath?: IssuePath;
  };
  /** A reference to an id that the document does not have, or has for another kind of entity. */
  unknown_reference: {
    /** The id referred to. */
    id: string;
    /** The kind of entity the id must name (`stage`, `team`, `scale`…). */
    expected: EntityKind | (string & {});
    /** The nearest id of that kind, when one is close. */
    suggestion?: string;
  };
  /** A `schemaVersion` this version of journeykit cannot read. */
  unsupported_schema_version: NoIssueFields;
  /** An input beyond one of the parse limits (size, depth, entities, issues). */
  limit_exceeded: {
    /** The name of the limit (`maxInputLength`, `maxDepth`…). */
    limit: string;
    /** The limit's value. */
    maximum: number;
  };
  /** JSON text with a syntax error. */
  invalid_json: {
    /** The 1-based line of the syntax error. */
    line: number;
    /** The 1-based column of the syntax error. */
    column: number;
  };
  /** An operation names an id the map lacks. */
  not_found: {
    /** The id that was not found. */
    id: string;
    /** The nearest id of that kind, when one is close. */
    suggestion?: string;
  };
  /** An operation refused as a whole (an unknown type, contradictory options, nothing to undo). */
  invalid_operation: {
    /** The entity concerned, where there is one. */
    id?: string;
  };
  /** Removing a stage that still has touchpoints without saying what becomes of them. */
  stage_not_empty: {
    /** The stage's id. */
    id: string;
  };
}

/** `"invalid_type"`, `"duplicate_id"`, … : one of {@link JOURNEY_MAP_ISSUE_CODES}. */
export type JourneyMapIssueCode = (typeof JOURNEY_MAP_ISSUE_CODES)[number];

/**
 * One problem of code `C`: `{ code, path, message }` plus the fields of that code
 * ({@link JourneyMapIssueFields}). `message` is written for people and starts from the
 * path (`touchpoints[3].stageId: …`); the other fields are for programs. Issues found in a
 * text format (JSON, CSV, Mermaid) also give the 1-based `line` and `column`.
 */
export type JourneyMapIssueOf<C extends JourneyMapIssueCode> = C extends JourneyMapIssueCode
  ? {
      /** What kind of problem this is. */
      code: C;
      /** Where it is. */
      path: IssuePath;
      /** A sentence for people, starting from the path. */
      message: string;
      /** In a text format: the 1-based line where it is. */
      line?: number;
      /** In a text format: the 1-based column where it is. */
      column?: number;
    } & JourneyMapIssueFields[C]
  : never;

/**
 * One problem found in a document or an operation: a union by `code`, so that checking
 * the code narrows the issue to its fields (`issue.code === "limit_exceeded"` gives
 * `issue.limit` and `issue.maximum`).
 */
export type JourneyMapIssue = JourneyMapIssueOf<JourneyMapIssueCode>;

/** The codes whose issues need no field beyond `code`, `path` and `message` (and `line`/`column`). */
export type PlainIssueCode = {
  [C in JourneyMapIssueCode]: NoIssueFields extends JourneyMapIssueFields[C] ? C : never;
}[JourneyMapIssueCode];

/** `true` for a union of two or more types. */
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/** The fields of one code but those named in `Given`, with an optional line and column. */
type FieldsOf<C extends JourneyMapIssueCode, Given extends string> = Omit<JourneyMapIssueFields[C], Given> & { line?: number; column?: number };

/**
 * What {@link makeIssue} takes after the text: the fields of code `C` but those named in
 * `Given` (which the caller supplies itself), as an argument that is required when one
 * of them is. A code that varies (a union) must be a {@link PlainIssueCode}, and then
 * takes only a line and column, so no required field can be left out.
 */
export type IssueFieldsArgument<C extends JourneyMapIssueCode, Given extends string = never> =
  true extends IsUnion<C>
    ? [C] extends [PlainIssueCode]
      ? [extra?: { line?: number; column?: number }]
      : never
    : NoIssueFields extends Omit<JourneyMapIssueFields[C], Given>
      ? [extra?: FieldsOf<C, Given>]
      : [extra: FieldsOf<C, Given>];

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

/**
 * Builds an issue of one code whose message starts from its path, with that code's
 * fields (required where the code has required ones). A code that varies must be a
 * {@link PlainIssueCode}, so that no required field can be left out.
 */
export function makeIssue<C extends JourneyMapIssueCode>(code: C, path: IssuePath, text: string, ...extra: IssueFieldsArgument<C>): JourneyMapIssueOf<C> {
  // The code's fields are checked by the signature; joining them to a generic code needs the assertion.
  return { code, path, message: `${formatPath(path)}: ${text}`, ...extra[0] } as JourneyMapIssueOf<C>;
}

/** Where an issue in a text format is: 1-based line and column. */
export interface IssuePlace {
  /** The 1-based line (for a spreadsheet, the row as it numbers them: header = 1). */
  line: number;
  /** The 1-based column. */
  column: number;
}

/**
 * Builds an issue of one code at a line and column of a text, its message as given (it
 * starts from the place, `row 3, column 2 (stage): …`, not from the path), with the
 * code's other fields.
 */
export function issueAt<C extends JourneyMapIssueCode>(
  code: C,
  path: IssuePath,
  place: IssuePlace,
  message: string,
  ...extra: IssueFieldsArgument<C, keyof IssuePlace>
): JourneyMapIssueOf<C> {
  return { code, path, message, ...extra[0], line: place.line, column: place.column } as JourneyMapIssueOf<C>;
}
