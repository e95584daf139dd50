import { detectFormat, formatOfPath, type JourneyMap, type JourneyMapIssue } from "journeykit";

/** A problem in the source: one of the document's issues, or the playground's own `unsupported_format`. */
export type SourceIssue = Omit<JourneyMapIssue, "code"> & { code: JourneyMapIssue["code"] | "unsupported_format" };

/** What reading a pasted or dropped text gave: a map, or the issues that stop it. */
export type SourceResult = { ok: true; map: JourneyMap; format: string } | { ok: false; issues: SourceIssue[]; format: string | undefined };

/** Reads `text` in the format its file name says, else the one `detectFormat` recognises. */
export function readSource(text: string, fileName?: string): SourceResult {
  const named = fileName === undefined ? undefined : formatOfPath(fileName);
  const format = named?.read ? named : detectFormat(text);
  if (!format?.read) {
    return { ok: false, format: undefined, issues: [{ code: "unsupported_format", path: [], message: "not JSON, Mermaid or CSV" }] };
  }
  const result = format.read(text);
  return result.success ? { ok: true, map: result.data, format: format.name } : { ok: false, issues: result.error.issues, format: format.name };
}

/** The offset of line `line` (1-based), column `column` in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/** The raw JSON value at `path`, when `text` parses. */
function rawAt(text: string, path: readonly (string | number)[]): unknown {
  try {
    let value: unknown = JSON.parse(text);
    for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    return value;
  } catch {
    return undefined;
  }
}

/**
 * Returns the range of `text` an issue is about, to select it in the editor: its line and
 * column when it has them, else (for JSON) the nearest entity with an id along its path,
 * then the last key of the path after it; `undefined` when nothing fits.
 */
export function locateIssue(text: string, issue: SourceIssue): [number, number] | undefined {
  if (issue.line !== undefined) {
    const start = offsetOf(text, issue.line, issue.column ?? 1);
    return [start, Math.min(text.length, start + 1)];
  }
  let from = 0;
  for (let depth = issue.path.length; depth > 0; depth--) {
    const entity = rawAt(text, issue.path.slice(0, depth));
    const id = entity !== null && typeof entity === "object" ? (entity as { id?: unknown }).id : undefined;
    if (typeof id === "string") {
      const found = text.indexOf(JSON.stringify(id));
      if (found >= 0) from = found;
      break;
    }
  }
  const last = [...issue.path].reverse().find((key) => typeof key === "string");
  const key = last === undefined ? -1 : text.indexOf(JSON.stringify(last), from);
  if (key >= 0) return [key, key + JSON.stringify(last).length];
  return from > 0 ? [from, from + 1] : undefined;
}
