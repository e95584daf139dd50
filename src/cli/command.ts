import { type ParseArgsConfig, parseArgs } from "node:util";
import { suggestNearest } from "../validate/suggest";
import { type CliContext, UsageError } from "./context";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** One `journeykit` command: its flags, its help, and what it does. Returns the exit code. */
export interface Command<O extends Options = Options> {
  name: string;
  summary: string;
  usage: string;
  options: O;
  /** Lines of help: flag descriptions and examples. */
  help: string;
  run(args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }, ctx: CliContext): Promise<number>;
}

/**
 * Parses a command's arguments strictly: an unknown flag or a missing value is a
 * {@link UsageError} that names it and suggests the nearest known flag.
 */
export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    if (flag && /unknown option/i.test(message)) {
      const known = [...Object.keys(command.options), "help"].map((name) => `--${name}`);
      const suggestion = suggestNearest(flag.startsWith("--") ? flag : `--${flag.slice(1)}`, known);
      throw new UsageError(`unknown option ${flag} for "${command.name}"${suggestion ? `; did you mean ${suggestion}?` : ""}`);
    }
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

/** The help text of a command. */
export function commandHelp(command: Command): string {
  return `${command.summary}\n\nUsage: ${command.usage}\n\n${command.help.trim()}\n  -h, --help            show this help\n`;
}
