import { type Command, commandHelp, parseCommandArgs } from "./command";
import { analyzeCommand } from "./commands/analyze";
import { convertCommand } from "./commands/convert";
import { diffCommand } from "./commands/diff";
import { initCommand } from "./commands/init";
import { measureCommand } from "./commands/measure";
import { renderCommand } from "./commands/render";
import { schemaCommand } from "./commands/schema";
import { validateCommand } from "./commands/validate";
import { CommandFailed, type CliContext, UsageError } from "./context";
import { escapeTerminal } from "./escape-terminal";
import { suggestNearest } from "../validate/suggest";
import { formatChoices, formatsFor } from "./formats";

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [renderCommand, validateCommand, analyzeCommand, measureCommand, diffCommand, convertCommand, schemaCommand, initCommand];

function overview(version: string): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `journeykit ${version}: customer journey maps from the command line.

Usage: journeykit <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Maps are read and written as ${formatChoices(formatsFor("map", "read"))};
render writes ${formatChoices(formatsFor("render", "write"))}.

Run "journeykit <command> --help" for a command's options and examples.
Files may be "-" for standard input or output. Set NO_COLOR to turn colour off.
`;
}

/** Runs the CLI with the given arguments and returns the exit code: 0 ok, 1 failed, 2 usage error. */
export async function main(argv: string[], ctx: CliContext, version = "0.0.0"): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    ctx.stdout(topic ? commandHelp(topic) : overview(version));
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    ctx.stdout(`${version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      const suggestion = suggestNearest(
        name,
        COMMANDS.map((c) => c.name),
      );
      throw new UsageError(`unknown command "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
    }
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      ctx.stdout(commandHelp(command));
      return 0;
    }
    return await command.run(args, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      const usage = error.usage === undefined ? "" : `Usage: ${error.usage}\n`;
      ctx.stderr(`journeykit: ${escapeTerminal(error.message)}\n${usage}Run "journeykit ${command ? `${command.name} ` : ""}--help" for usage.\n`);
      return 2;
    }
    if (error instanceof CommandFailed) return 1;
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr(`journeykit: ${escapeTerminal(message)}\n`);
    return 1;
  }
}
