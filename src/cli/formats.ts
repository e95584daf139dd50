import { extensionOf, findFormat, formatOfPath } from "../io/formats/find-format";
import type { JourneyMapFormat, JourneyMapFormatRole } from "../io/formats/journey-map-format";
import { JOURNEY_MAP_FORMATS } from "../io/formats/registry";
import { suggestNearest } from "../validate/suggest";
import { UsageError } from "./context";

/** Returns the registered formats of a role that can do `what` (read or write). */
export function formatsFor(role: JourneyMapFormatRole, what: "read" | "write"): JourneyMapFormat[] {
  return JOURNEY_MAP_FORMATS.filter((format) => format.role === role && (format[what] !== undefined || (what === "read" && format.readBytes !== undefined)));
}

/** Returns format names as a sentence: `json, mermaid or csv`. */
export function formatNames(formats: readonly JourneyMapFormat[]): string {
  const names = formats.map((format) => format.name);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/** Returns formats with their extensions, for errors: `json (.json), mermaid (.mmd, .mermaid)`. */
export function formatChoices(formats: readonly JourneyMapFormat[]): string {
  return formats.map((format) => `${format.name} (${format.extensions.join(", ")})`).join(", ");
}

/** Returns help lines, one per format: its name, extensions and description. */
export function formatHelp(formats: readonly JourneyMapFormat[], indent = "  "): string {
  const width = Math.max(...formats.map((format) => format.name.length));
  return formats.map((format) => `${indent}${format.name.padEnd(width)}  ${format.extensions.join(" ").padEnd(15)} ${format.description}`).join("\n");
}

/** Reads a format flag (`--from`, `--to`, `--format`) against the formats allowed there; anything else is a usage error. */
export function parseFormatFlag(value: unknown, flag: string, formats: readonly JourneyMapFormat[]): JourneyMapFormat | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const format = findFormat(text, formats);
  if (format) return format;
  const suggestion = suggestNearest(
    text.toLowerCase(),
    formats.flatMap((f) => [f.name, ...f.aliases]),
  );
  throw new UsageError(`invalid ${flag}: "${text}" (expected ${formatNames(formats)})${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
}

/**
 * Returns the format to write `output` in: the flag's when given, else the one its extension
 * names, else `fallback` for standard output or a name without an extension. An extension
 * no allowed format claims, or one that disagrees with the flag, is a usage error listing
 * what can be written.
 */
export function outputFormat(
  output: string | undefined,
  chosen: JourneyMapFormat | undefined,
  flag: string,
  formats: readonly JourneyMapFormat[],
  fallback: JourneyMapFormat | undefined,
): JourneyMapFormat {
  const toFile = output !== undefined && output !== "-";
  const byName = toFile ? formatOfPath(output, JOURNEY_MAP_FORMATS) : undefined;
  if (toFile && extensionOf(output) !== "" && (byName === undefined || !formats.includes(byName))) {
    throw new UsageError(`cannot write ${output}: that extension is not a format this command writes (it writes ${formatChoices(formats)})`);
  }
  if (chosen && byName && chosen !== byName) {
    throw new UsageError(`${flag} ${chosen.name} disagrees with the output ${output}, which names ${byName.name}; rename the file or drop ${flag}`);
  }
  const format = chosen ?? byName ?? fallback;
  if (!format) throw new UsageError(`say which format to write: ${flag} ${formats.map((f) => f.name).join("|")}, or an output file with an extension`);
  return format;
}
