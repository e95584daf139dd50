import type { JourneyMap } from "../../model/journey-map";
import { type JourneyMapIssue, makeIssue } from "../../validate/issue";
import type { JourneyMapError } from "../../validate/journey-map-error";
import { safeParseJourneyMap } from "../../validate/safe-parse-journey-map";
import { failImport } from "../formats/validate-import";
import { buildMermaidMap, type MermaidBuild } from "./build-mermaid-map";
import { parseMermaid } from "./parse-mermaid";

/** Options of {@link fromMermaid}. */
export interface FromMermaidOptions {
  /** Longest text accepted, in characters. @defaultValue 1_000_000 */
  maxInputLength?: number;
  /** The id of the new map. @defaultValue `"map-"` plus a slug of the title */
  id?: string;
}

/**
 * What {@link fromMermaid} returns: the shape of `safeParseJourneyMap`'s result plus
 * `warnings`, the issues of a diagram that was imported all the same (a score journeykit
 * cannot read as an emotion). Warnings come with a failure too, so that a caller sees
 * every problem of a diagram at once.
 */
export type FromMermaidResult =
  | { success: true; data: JourneyMap; error?: undefined; warnings: JourneyMapIssue[] }
  | { success: false; error: JourneyMapError; data?: undefined; warnings: JourneyMapIssue[] };

/**
 * Reads a Mermaid `journey` diagram into a journey map and validates it, returning
 * `{ success: true, data, warnings }` or `{ success: false, error, warnings }` (never
 * throwing); every issue that comes from a line of the text carries its `line` and
 * `column` (1-based), and syntax errors and validation issues come together, in one pass.
 *
 * Read as Mermaid reads it: YAML front matter (`title`), `%%{init: …}%%` directives and
 * `%%`/`#` comments (ignored), `journey`, `title`, `accTitle`, `accDescr` (one line or a
 * `{ … }` block, after which the line reads on), `section`, tasks `name: score: actor,
 * actor` (actors optional), `<br>` line breaks, keywords in any case and any
 * indentation. Sections become stages (tasks before any section: a stage "Journey"),
 * tasks touchpoints, actors personas in the order first met. Each actor of a task gets a
 * `personaEmotions` entry with the task's score, in the order written; `emotion`, the
 * first persona's experience, is set where the first persona is one of the actors or the
 * task has none. `accTitle` becomes the map's `accTitle`, `accDescr` its `description`;
 * without a `title`, the map's title is the `accTitle` or "Untitled journey".
 *
 * A score that is not a number from 1 to 5 (Mermaid draws `-10`, `23` or `Hello` all the
 * same) is a warning (`invalid_type`, `too_small` or `too_big` at the touchpoint's
 * `emotion`): the touchpoint gets no emotion, and the score as written, with the task's
 * actors, is kept under `extensions.mermaid` so that {@link toMermaid} writes it back.
 * Syntax errors (`invalid_format`) are the lines Mermaid refuses. Ids are slugs of the
 * names, so the same text always gives the same map.
 *
 * @example
 * ```ts
 * import { fromMermaid } from "journeykit";
 *
 * const result = fromMermaid(`journey
 *   title My working day
 *   section Go to work
 *     Make tea: 5: Me
 *     Go upstairs: 3: Me, Cat
 *     Sleep at desk: 9: Me`);
 * const names = result.success ? result.data.touchpoints.map((t) => t.name) : []; // ["Make tea", "Go upstairs", "Sleep at desk"]
 * const codes = result.warnings.map((w) => w.code); // ["too_big"]
 * ```
 */
export function fromMermaid(text: string, options: FromMermaidOptions = {}): FromMermaidResult {
  const { maxInputLength = 1_000_000 } = options;
  if (typeof text !== "string") return fail([makeIssue("invalid_type", [], "expected Mermaid text (a string)")], []);
  if (text.length > maxInputLength) {
    const message = `the text of ${text.length} characters exceeds the limit maxInputLength = ${maxInputLength}`;
    return fail([makeIssue("limit_exceeded", [], message, { limit: "maxInputLength", maximum: maxInputLength })], []);
  }
  const parsed = parseMermaid(text);
  const build = buildMermaidMap(parsed, options.id);
  const result = safeParseJourneyMap(build.doc);
  const issues = result.success ? parsed.issues : [...parsed.issues, ...withLines(result.error.issues, build.lines)];
  if (issues.length > 0 || !result.success) return fail(issues, build.warnings);
  return { success: true, data: result.data, warnings: build.warnings };
}

function fail(issues: JourneyMapIssue[], warnings: JourneyMapIssue[]): FromMermaidResult {
  return { ...(failImport(issues) as { success: false; error: JourneyMapError }), warnings };
}

const FLOW_FIELDS: readonly unknown[] = ["next", "optional", "terminal"];

/** Gives validation issues about a stage or a touchpoint the line it came from (its flow comment's, for its flow). */
function withLines(issues: readonly JourneyMapIssue[], lines: MermaidBuild["lines"]): JourneyMapIssue[] {
  return issues.map((issue) => {
    const [collection, index, field] = issue.path;
    if (typeof index !== "number" || (collection !== "stages" && collection !== "touchpoints")) return issue;
    const flowLine = collection === "touchpoints" && FLOW_FIELDS.includes(field) ? lines.flows.get(index) : undefined;
    const line = flowLine ?? lines[collection][index];
    return line === undefined ? issue : { ...issue, line };
  });
}
