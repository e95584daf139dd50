import type { JourneyMapFormat } from "./journey-map-format";
import { JOURNEY_MAP_FORMATS } from "./registry";

/**
 * Returns the format called `name` (or one of its aliases), ignoring case, or `undefined`
 * when no format has that name.
 *
 * @example
 * ```ts
 * import { findFormat } from "journeykit";
 *
 * findFormat("mmd")?.name; // "mermaid"
 * ```
 */
export function findFormat(name: string, formats: readonly JourneyMapFormat[] = JOURNEY_MAP_FORMATS): JourneyMapFormat | undefined {
  const key = name.toLowerCase();
  return formats.find((format) => format.name === key || format.aliases.includes(key));
}

/**
 * Returns a file name's extension, lower case with the dot (`".mmd"`), or `""` when it has
 * none; never fails. Works on `/` and `\` paths alike, without `node:path`.
 *
 * @example
 * ```ts
 * import { extensionOf } from "journeykit";
 *
 * extensionOf("maps/Journey.MMD"); // ".mmd"
 * ```
 */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

/**
 * Returns the format a file name's extension names, or `undefined` when the extension is
 * missing or no format claims it.
 *
 * @example
 * ```ts
 * import { formatOfPath } from "journeykit";
 *
 * formatOfPath("journey.csv")?.name; // "csv"
 * ```
 */
export function formatOfPath(path: string, formats: readonly JourneyMapFormat[] = JOURNEY_MAP_FORMATS): JourneyMapFormat | undefined {
  const extension = extensionOf(path);
  return extension === "" ? undefined : formats.find((format) => format.extensions.includes(extension));
}

/**
 * Returns the readable format that `text` looks like, by its content: JSON starts with `{`
 * or `[`, Mermaid with `journey` after any front matter and comments, anything else is CSV.
 * Returns `undefined` only when no readable format accepts it.
 *
 * @example
 * ```ts
 * import { detectFormat } from "journeykit";
 *
 * detectFormat("%% a comment\njourney\n  title Tea\n")?.name; // "mermaid"
 * ```
 */
export function detectFormat(text: string, formats: readonly JourneyMapFormat[] = JOURNEY_MAP_FORMATS): JourneyMapFormat | undefined {
  return formats.find((format) => format.read !== undefined && format.sniff?.(text) === true);
}
