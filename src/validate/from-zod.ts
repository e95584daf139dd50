import type * as z from "zod";
import { JourneyMapSchema } from "../model/journey-map";
import { type IssuePath, type JourneyMapIssue, makeIssue } from "./issue";
import { describeValue } from "./describe-value";
import { knownKeysAt } from "./known-keys";
import { FORBIDDEN_KEYS } from "./limits";
import { suggestNearest } from "./suggest";

/** Options of {@link issuesFromZod}. */
export interface IssuesFromZodOptions {
  /** The schema the zod paths are relative to, for suggesting known keys. @defaultValue JourneyMapSchema */
  schema?: z.ZodType;
  /** Where `schema` sits in the document (the issue paths' prefix). @defaultValue the `prefix` argument */
  schemaPath?: IssuePath;
  /** The value that was parsed, to quote what was received. @defaultValue none */
  input?: unknown;
  /**
   * Most issues returned: conversion stops there, so that a document with a million unknown
   * keys costs a hundred suggestions, not a million. @defaultValue Infinity
   */
  maxIssues?: number;
}

/** Reads the value at a zod path inside `root`, or `undefined`. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const step of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, step)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current;
}

/** A clearer sentence than zod's default for the common codes, or undefined to keep zod's. */
function describe(issue: z.core.$ZodIssue, received: unknown): string | undefined {
  const got = received === undefined ? "" : `, got ${describeValue(received)}`;
  switch (issue.code) {
    case "invalid_type":
      return received === undefined && issue.input === undefined ? `is required (expected ${issue.expected})` : `expected ${issue.expected}${got}`;
    case "too_big":
    case "too_small": {
      const bound = issue.code === "too_big" ? issue.maximum : issue.minimum;
      const word = issue.code === "too_big" ? (issue.inclusive ? "at most" : "less than") : issue.inclusive ? "at least" : "more than";
      if (issue.origin === "string") {
        return issue.code === "too_small" && Number(bound) === 1 ? "must not be empty" : `must be ${word} ${bound} characters long`;
      }
      if (issue.origin === "array") return `must have ${word} ${bound} items`;
      return `must be ${word} ${bound}${got}`;
    }
    case "invalid_format":
      return issue.message && !issue.message.startsWith("Invalid") ? issue.message : `invalid ${issue.format}${got}`;
    default:
      return undefined;
  }
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function toPath(path: readonly PropertyKey[]): IssuePath {
  return path.map((step) => (typeof step === "number" ? step : String(step)));
}

/**
 * Converts zod issues into journeykit issues: the same codes and paths (behind `prefix`),
 * messages that start from the path, and for `unrecognized_keys` one issue per unknown key
 * with the nearest known key suggested, and for `invalid_value` the value received with the
 * nearest allowed one.
 *
 * Internal: not part of the public API (imported from this module by the edit layer).
 *
 * @internal
 * @example
 * ```ts
 * import { TouchpointSchema } from "journeykit";
 * import { issuesFromZod } from "./from-zod";
 *
 * const result = TouchpointSchema.safeParse({ id: "t", stageId: "s", name: "n", emotoin: 2 });
 * if (!result.success) issuesFromZod(result.error.issues, ["touchpoints", 0]);
 * // [{ code: "unrecognized_keys", path: ["touchpoints", 0, "emotoin"],
 * //    message: 'touchpoints[0].emotoin: unknown key "emotoin"; did you mean "emotion"?', … }]
 * ```
 */
export function issuesFromZod(zodIssues: readonly z.core.$ZodIssue[], prefix: IssuePath = [], options: IssuesFromZodOptions = {}): JourneyMapIssue[] {
  const { schema = JourneyMapSchema, schemaPath = prefix, input, maxIssues = Number.POSITIVE_INFINITY } = options;
  const out: JourneyMapIssue[] = [];
  for (const issue of zodIssues) {
    if (out.length >= maxIssues) break;
    const path = [...prefix, ...toPath(issue.path)];
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, path.slice(schemaPath.length));
      for (const key of issue.keys) {
        if (out.length >= maxIssues) break;
        // Forbidden keys are reported once, as invalid_key, by the limits pass.
        if (FORBIDDEN_KEYS.has(key)) continue;
        const suggestion = suggestNearest(key, known);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : known.length ? `; known keys: ${known.join(", ")}` : "";
        out.push(
          makeIssue("unrecognized_keys", [...path, key], `unknown key ${JSON.stringify(key)}${hint}`, {
            keys: [key],
            ...(suggestion ? { suggestion } : {}),
          }),
        );
      }
      continue;
    }
    let text = describe(issue, valueAt(input, issue.path)) ?? lowerFirst(issue.message);
    if (issue.code === "invalid_value" && issue.values.length > 0) {
      text = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
      const received = valueAt(input, issue.path);
      if (typeof received === "string") {
        const suggestion = suggestNearest(
          received,
          issue.values.filter((v): v is string => typeof v === "string"),
        );
        text += `, got ${JSON.stringify(received)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`;
      } else if (received !== undefined) text += `, got ${describeValue(received)}`;
    }
    out.push(makeIssue(issue.code, path, text));
  }
  return out;
}
