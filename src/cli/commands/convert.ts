import { toCsv } from "../../io/csv/to-csv";
import { toMermaid } from "../../io/mermaid/to-mermaid";
import type { Command } from "../command";
import { UsageError } from "../context";
import { type Format, formatOf, loadMap, parseFormat, writeOutput } from "../input";

/** `journeykit convert <in> [out]`: between JSON, Mermaid `journey` and CSV. */
export const convertCommand: Command = {
  name: "convert",
  summary: "Convert between JSON, Mermaid journey diagrams and CSV.",
  usage: "journeykit convert <in|-> [out|-] [--from json|mermaid|csv] [--to json|mermaid|csv]",
  options: { from: { type: "string" }, to: { type: "string" } },
  help: `
Formats come from the file extensions (.json, .mmd or .mermaid, .csv), or from --from/--to
(needed for standard input and output).

Options:
  --from <format>       the input's format
  --to <format>         the output's format

Examples:
  journeykit convert journey.mmd journey.json
  journeykit convert journey.json journey.csv
  cat journey.json | journeykit convert - --to mermaid`,
  async run({ values, positionals }, ctx) {
    const [input, output, ...extra] = positionals;
    if (!input) throw new UsageError("convert needs an input file (or - for standard input)");
    if (extra.length) throw new UsageError(`convert takes an input and an output, got ${positionals.length} files`);
    const from = parseFormat(values.from as string | undefined, "--from");
    const to: Format | undefined = parseFormat(values.to as string | undefined, "--to") ?? (output && output !== "-" ? formatOf(output, "json") : undefined);
    if (!to) throw new UsageError("say which format to write: --to json|mermaid|csv, or an output file with an extension");
    const map = await loadMap(input, ctx, from);
    const text = to === "mermaid" ? toMermaid(map) : to === "csv" ? toCsv(map) : `${JSON.stringify(map, null, 2)}\n`;
    await writeOutput(output, text, ctx);
    return 0;
  },
};
