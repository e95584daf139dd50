import { extname } from "node:path";
import type { JourneyMap } from "../model/journey-map";
import { fromCsv } from "../io/csv/from-csv";
import { fromMermaid } from "../io/mermaid/from-mermaid";
import type { JourneyMapIssue } from "../validate/issue";
import { safeParseJourneyMap } from "../validate/safe-parse-journey-map";
import { CommandFailed, type CliContext, UsageError } from "./context";

/** The formats the CLI reads and writes. */
export type Format = "json" | "mermaid" | "csv";

const EXTENSIONS: Record<string, Format> = { ".json": "json", ".mmd": "mermaid", ".mermaid": "mermaid", ".csv": "csv" };

/** The format named by a file's extension, or `fallback`. */
export function formatOf(path: string, fallback: Format = "json"): Format {
  return EXTENSIONS[extname(path).toLowerCase()] ?? fallback;
}

/** Parses a `--from`/`--to` value. */
export function parseFormat(value: string | undefined, flag: string): Format | undefined {
  if (value === undefined) return undefined;
  const format = value === "mmd" ? "mermaid" : value;
  if (format !== "json" && format !== "mermaid" && format !== "csv") {
    throw new UsageError(`invalid ${flag}: "${value}" (expected json, mermaid or csv)`);
  }
  return format;
}

/** Reads a file, or standard input for `-`; a missing file is a clear failure. */
export async function readInput(path: string, ctx: CliContext): Promise<string> {
  if (path === "-") return ctx.readStdin();
  if (!ctx.exists(path)) {
    ctx.stderr(`${path}: no such file\n`);
    throw new CommandFailed(path);
  }
  return ctx.readFile(path);
}

/** One line per issue: `file:line:col: message` where the issue has a place in the text, else `file: message`. */
export function formatIssues(file: string, issues: readonly JourneyMapIssue[]): string {
  return issues
    .map((issue) => {
      const place = issue.line === undefined ? "" : `:${issue.line}${issue.column === undefined ? "" : `:${issue.column}`}`;
      const message = issue.code === "invalid_json" ? issue.message.replace(/^line \d+, column \d+: /, "") : issue.message;
      return `${file}${place}: ${message} [${issue.code}]\n`;
    })
    .join("");
}

/** Reads and validates a map in any supported format; prints issues and fails when it is invalid. */
export async function loadMap(path: string, ctx: CliContext, from?: Format): Promise<JourneyMap> {
  const text = await readInput(path, ctx);
  const name = path === "-" ? "<stdin>" : path;
  if (text.trim() === "") {
    ctx.stderr(`${name}: the input is empty\n`);
    throw new CommandFailed(name);
  }
  const format = from ?? formatOf(path);
  const result = format === "mermaid" ? fromMermaid(text) : format === "csv" ? fromCsv(text) : safeParseJourneyMap(text);
  if (!result.success) {
    ctx.stderr(formatIssues(name, result.error.issues));
    throw new CommandFailed(name);
  }
  return result.data;
}

/** Writes to a file, or standard output for `-` or no path. */
export async function writeOutput(path: string | undefined, text: string | Uint8Array, ctx: CliContext): Promise<void> {
  if (path === undefined || path === "-") {
    if (typeof text === "string") ctx.stdout(text);
    else if (ctx.stdoutBytes) ctx.stdoutBytes(text);
    else ctx.stdout(Buffer.from(text).toString("binary"));
    return;
  }
  await ctx.writeFile(path, text);
}
