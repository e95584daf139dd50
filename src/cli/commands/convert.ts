import { jsonFormat } from "../../io/formats/json";
import type { Command } from "../command";
import { MissingPeerDependencyError } from "../../io/formats/journey-map-format";
import { CommandFailed, UsageError } from "../context";
import { formatHelp, formatNames, formatsFor, outputFormat, parseFormatFlag } from "../formats";
import { loadMap } from "../input";
import { refuseOverwritingInput, writeOutput } from "../output";

const READABLE = formatsFor("map", "read");
const WRITABLE = formatsFor("map", "write");
const names = (formats: typeof READABLE) => formats.map((f) => f.name).join("|");

/** `journeykit convert <in> [out]`: between the registered map formats (JSON, Mermaid `journey`, CSV). */
export const convertCommand: Command = {
  name: "convert",
  summary: `Convert a journey map between ${formatNames(WRITABLE)}.`,
  usage: `journeykit convert <in|-> [out|-] [--from ${names(READABLE)}] [--to ${names(WRITABLE)}] [--force]`,
  options: { from: { type: "string" }, to: { type: "string" }, force: { type: "boolean" } },
  help: `
Formats come from the file extensions, or from --from/--to (needed for standard output).
Input without a known extension is recognised by its content. An output extension that is
not a format below, or that disagrees with --to, is refused.

Formats:
${formatHelp(WRITABLE)}

Options:
  --from <format>       the input's format: ${formatNames(READABLE)}
  --to <format>         the output's format: ${formatNames(WRITABLE)}
  --force               write even when the output is the input file

Examples:
  journeykit convert journey.mmd journey.json
  journeykit convert journey.json journey.csv
  journeykit convert journey.json journey.xlsx
  journeykit convert journey.xlsx journey.json
  cat journey.json | journeykit convert - --to mermaid`,
  async run({ values, positionals }, ctx) {
    const [input, output, ...extra] = positionals;
    if (!input) throw new UsageError("convert needs an input file (or - for standard input)");
    if (extra.length) throw new UsageError(`convert takes an input and an output, got ${positionals.length} files`);
    const from = parseFormatFlag(values.from, "--from", READABLE);
    const fallback = output !== undefined && output !== "-" ? jsonFormat : undefined;
    const to = outputFormat(output, parseFormatFlag(values.to, "--to", WRITABLE), "--to", WRITABLE, fallback);
    refuseOverwritingInput(output, [input], values.force === true, ctx);
    const map = await loadMap(input, ctx, from);
    let data: string | Uint8Array;
    try {
      data = await to.write!(map, {});
    } catch (error) {
      if (!(error instanceof MissingPeerDependencyError)) throw error;
      ctx.stderr(`${error.message}\n`);
      throw new CommandFailed(error.packageName);
    }
    await writeOutput(output, data, ctx, { report: to.name });
    return 0;
  },
};
