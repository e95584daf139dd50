import { journeyMapJsonSchema } from "../../io/json-schema";
import type { Command } from "../command";
import { UsageError } from "../context";
import { writeOutput } from "../output";

/** `journeykit schema`: prints the JSON Schema of the document format. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "Print the JSON Schema (draft 2020-12) of journey map documents.",
  usage: "journeykit schema [-o file]",
  options: { output: { type: "string", short: "o" } },
  help: `
Options:
  -o, --output <file>   write the schema to a file instead of standard output

Examples:
  journeykit schema > journey-map.schema.json`,
  async run({ values, positionals }, ctx) {
    if (positionals.length) throw new UsageError(`schema takes no files, got ${positionals.join(" ")}`);
    await writeOutput(values.output as string | undefined, `${JSON.stringify(journeyMapJsonSchema(), null, 2)}\n`, ctx);
    return 0;
  },
};
