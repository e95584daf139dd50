import { formatCount } from "../analysis/format";
import { CommandFailed, type CliContext, UsageError } from "./context";
import { escapeTerminal } from "./escape-terminal";
import { fileErrorReason } from "./file-errors";

/**
 * Refuses (as a usage error) an output file that is one of the inputs, unless `force`:
 * writing a report or a drawing over the map would lose the map.
 */
export function refuseOverwritingInput(output: string | undefined, inputs: readonly string[], force: boolean, ctx: CliContext): void {
  if (force || output === undefined || output === "-") return;
  const same = ctx.sameFile ?? ((a: string, b: string) => a === b);
  const input = inputs.find((path) => path !== "-" && same(path, output));
  if (input !== undefined) throw new UsageError(`the output ${output} is the input ${input}; write elsewhere, or pass --force to replace it`);
}

/** Options of {@link writeOutput}. */
export interface WriteOutputOptions {
  /** When writing a file, a line for standard error saying what was written (`svg`). @defaultValue no line */
  report?: string;
  /** Whether to print the report line; without, it is only returned. @defaultValue true */
  print?: boolean;
}

/**
 * Writes to a file, or standard output for `-` or no path, and returns what was written as
 * a line of text (`wrote out.svg (svg, 1,234 bytes)`). A file that cannot be written (no
 * such folder, permission denied…) is one line naming the path, and exit 1.
 */
export async function writeOutput(path: string | undefined, data: string | Uint8Array, ctx: CliContext, options: WriteOutputOptions = {}): Promise<string> {
  const size = typeof data === "string" ? Buffer.byteLength(data) : data.length;
  const what = `${options.report === undefined ? "" : `${options.report}, `}${formatCount(size)} bytes`;
  if (path === undefined || path === "-") {
    if (typeof data === "string") ctx.stdout(data);
    else if (ctx.stdoutBytes) ctx.stdoutBytes(data);
    else ctx.stdout(Buffer.from(data).toString("binary"));
    return `wrote standard output (${what})`;
  }
  try {
    await ctx.writeFile(path, data);
  } catch (error) {
    // Writing, ENOENT means the folder is missing (the file itself need not exist).
    const reason = fileErrorReason(error);
    ctx.stderr(`${escapeTerminal(path)}: cannot write: ${escapeTerminal(reason === "no such file or directory" ? "no such directory" : reason)}\n`);
    throw new CommandFailed(path);
  }
  const line = `wrote ${escapeTerminal(path)} (${what})`;
  if (options.report !== undefined && options.print !== false) ctx.stderr(`${line}\n`);
  return line;
}
