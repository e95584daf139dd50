import type { JourneyMapIssue } from "./issue";

/**
 * The error {@link parseJourneyMap} throws: its `issues` list every problem found, each
 * with a code, a path and a message.
 *
 * @example
 * ```ts
 * import { JourneyMapError, parseJourneyMap } from "journeykit";
 *
 * try {
 *   parseJourneyMap({ schemaVersion: 1 });
 * } catch (error) {
 *   if (!(error instanceof JourneyMapError)) throw error;
 *   const messages = error.issues.map((i) => i.message); // one per problem, with its path
 * }
 * ```
 */
export class JourneyMapError extends Error {
  /** Every problem found, in document order. */
  readonly issues: JourneyMapIssue[];

  constructor(issues: JourneyMapIssue[]) {
    const head = issues.slice(0, 5).map((issue) => issue.message);
    const more = issues.length > 5 ? [`… and ${issues.length - 5} more`] : [];
    super(issues.length === 1 ? `Invalid journey map: ${head[0]}` : `Invalid journey map (${issues.length} issues):\n${[...head, ...more].map((l) => `  ${l}`).join("\n")}`);
    this.name = "JourneyMapError";
    this.issues = issues;
  }
}
