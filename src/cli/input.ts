import { detectFormat, formatOfPath } from "../io/formats/find-format";
import { type JourneyMapFormat, MissingPeerDependencyError } from "../io/formats/journey-map-format";
import { JOURNEY_MAP_FORMATS } from "../io/formats/registry";
import type { JourneyMap } from "../model/journey-map";
import type { IssuePath, JourneyMapIssue } from "../validate/issue";
import { DEFAULT_LIMITS } from "../validate/limits";
import { CommandFailed, type CliContext, InputTooLarge, UsageError } from "./context";
import { escapeTerminal } from "./escape-terminal";
import { fileErrorReason } from "./file-errors";
import { formatNames, formatsFor } from "./formats";

/** The most bytes the CLI reads from one file or from standard input: the document limit `maxInputLength`. */
export const MAX_INPUT_BYTES = DEFAULT_LIMITS.maxInputLength;

/** An issue about an input: a document's own, or one about the file (`file_not_found`, `is_a_directory`, …). */
export type InputIssue = JourneyMapIssue | { code: FileIssueCode; path: IssuePath; message: string; line?: undefined; column?: undefined };

/** The result of {@link readMap}: the map and the format it was read as, or the issues. */
export type ReadMapResult = { ok: true; map: JourneyMap; format: JourneyMapFormat } | { ok: false; issues: InputIssue[] };

/** How a path is shown in messages: `<stdin>` for `-`. */
export const displayName = (path: string) => (path === "-" ? "<stdin>" : path);

/** The codes of issues about the file rather than the document. */
type FileIssueCode = "file_not_found" | "is_a_directory" | "unreadable" | "empty_input" | "unsupported_format";

const fileIssue = (code: FileIssueCode, message: string): InputIssue => ({ code, path: [], message });

/**
 * The file a command reads: the one given, or standard input. With no file while standard
 * input is a terminal, a person would wait for nothing: that is a usage error showing the usage.
 */
export function inputFile(positionals: readonly string[], usage: string, ctx: CliContext): string {
  const [file] = positionals;
  if (file !== undefined) return file;
  if (ctx.stdinIsTerminal) throw new UsageError("no file given and standard input is a terminal", usage);
  return "-";
}

/** Reads a file, or standard input for `-`, within {@link MAX_INPUT_BYTES}; a failure is an issue, never a throw. */
export async function readText(path: string, ctx: CliContext): Promise<{ ok: true; text: string } | { ok: false; issue: InputIssue }> {
  if (path !== "-" && !ctx.exists(path)) return { ok: false, issue: fileIssue("file_not_found", "no such file") };
  if (path === "-" && ctx.stdinIsTerminal) ctx.stderr("reading a journey map from standard input (end it with Ctrl-D)…\n");
  try {
    return { ok: true, text: path === "-" ? await ctx.readStdin(MAX_INPUT_BYTES) : await ctx.readFile(path, MAX_INPUT_BYTES) };
  } catch (error) {
    return { ok: false, issue: readFailure(error) };
  }
}

/** The issue for a file that could not be read. */
function readFailure(error: unknown): InputIssue {
  if (error instanceof InputTooLarge) return { code: "limit_exceeded", path: [], message: error.message, limit: "maxInputLength", maximum: error.maxBytes };
  const reason = fileErrorReason(error);
  return fileIssue(reason === "is a directory" ? "is_a_directory" : "unreadable", reason);
}

/** Reads a map from a binary format (a workbook): from a file only, as bytes. */
async function readBinaryMap(path: string, ctx: CliContext, format: JourneyMapFormat): Promise<ReadMapResult> {
  if (path === "-" || !ctx.readFileBytes) return { ok: false, issues: [fileIssue("unsupported_format", `${format.name} is read from a file, not from standard input`)] };
  if (!ctx.exists(path)) return { ok: false, issues: [fileIssue("file_not_found", "no such file")] };
  try {
    const result = await format.readBytes!(await ctx.readFileBytes(path, MAX_INPUT_BYTES));
    return result.success ? { ok: true, map: result.data, format } : { ok: false, issues: result.error.issues };
  } catch (error) {
    return { ok: false, issues: [error instanceof MissingPeerDependencyError ? fileIssue("unsupported_format", error.message) : readFailure(error)] };
  }
}

/** The format to read `path` as: `from`, else its extension's, else the one its content looks like. */
function readFormat(path: string, text: string, from: JourneyMapFormat | undefined): JourneyMapFormat | InputIssue {
  if (from) return from;
  const named = path === "-" ? undefined : formatOfPath(path, JOURNEY_MAP_FORMATS);
  if (named?.read) return named;
  const readable = formatsFor("map", "read");
  if (named) return fileIssue("unsupported_format", `${named.name} files cannot be read; journeykit reads ${formatNames(readable)} (--from)`);
  return detectFormat(text, readable) ?? fileIssue("unsupported_format", `not a format journeykit reads (${formatNames(readable)})`);
}

/** Reads and validates a map in any registered format; every failure is returned as issues. */
export async function readMap(path: string, ctx: CliContext, from?: JourneyMapFormat): Promise<ReadMapResult> {
  const binary = from ?? (path === "-" ? undefined : formatOfPath(path, JOURNEY_MAP_FORMATS));
  if (binary?.readBytes && !binary.read) return readBinaryMap(path, ctx, binary);
  const read = await readText(path, ctx);
  if (!read.ok) return { ok: false, issues: [read.issue] };
  if (read.text.trim() === "") return { ok: false, issues: [fileIssue("empty_input", "the input is empty")] };
  const format = readFormat(path, read.text, from);
  if (!("name" in format)) return { ok: false, issues: [format] };
  const result = format.read!(read.text);
  return result.success ? { ok: true, map: result.data, format } : { ok: false, issues: result.error.issues };
}

/**
 * One line per issue: `file:line:col: message [code]` where the issue has a place in the
 * text, else `file: message [code]`; the file name and the message are escaped for the terminal.
 */
export function formatIssues(file: string, issues: readonly InputIssue[]): string {
  return issues
    .map((issue) => {
      const place = issue.line === undefined ? "" : `:${issue.line}${issue.column === undefined ? "" : `:${issue.column}`}`;
      const message = issue.code === "invalid_json" ? issue.message.replace(/^line \d+, column \d+: /, "") : issue.message;
      return `${escapeTerminal(file)}${place}: ${escapeTerminal(message)} [${escapeTerminal(issue.code)}]\n`;
    })
    .join("");
}

/** Reads and validates a map; prints its issues and fails (exit 1) when it cannot. */
export async function loadMap(path: string, ctx: CliContext, from?: JourneyMapFormat): Promise<JourneyMap> {
  const result = await readMap(path, ctx, from);
  if (result.ok) return result.map;
  ctx.stderr(formatIssues(displayName(path), result.issues));
  throw new CommandFailed(displayName(path));
}
