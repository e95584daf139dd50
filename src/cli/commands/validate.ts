import { CommandFailed } from "../context";
import type { Command } from "../command";
import { type Format, loadMap, parseFormat } from "../input";
import { painter } from "../style";

/** `journeykit validate <file…>`: validates maps; exit 1 when any is invalid. */
export const validateCommand: Command = {
  name: "validate",
  summary: "Check journey maps and report every issue (JSON, Mermaid or CSV).",
  usage: "journeykit validate <file|-> [file…] [--from json|mermaid|csv] [--quiet]",
  options: { from: { type: "string" }, quiet: { type: "boolean", short: "q" } },
  help: `
Options:
  --from <format>       read input as json, mermaid or csv (default: by extension, else json)
  -q, --quiet           print nothing for valid files

Issues are printed one per line: file:line:column for JSON syntax errors, the JSON path
for everything else. Exits 1 when any file is invalid.

Examples:
  journeykit validate journey.json
  journeykit validate maps/*.json
  cat journey.json | journeykit validate -`,
  async run({ values, positionals }, ctx) {
    if (positionals.length === 0) positionals.push("-");
    const from = parseFormat(values.from as string | undefined, "--from") as Format | undefined;
    const paint = painter(ctx.color);
    let failed = 0;
    for (const file of positionals) {
      try {
        const map = await loadMap(file, ctx, from);
        if (!values.quiet) {
          ctx.stdout(`${paint("green", "✓")} ${file === "-" ? "<stdin>" : file}: ${map.title} (${map.touchpoints.length} touchpoints)\n`);
        }
      } catch (error) {
        if (!(error instanceof CommandFailed)) throw error;
        failed++;
      }
    }
    if (failed > 0 && positionals.length > 1) ctx.stderr(`${failed} of ${positionals.length} files invalid\n`);
    return failed > 0 ? 1 : 0;
  },
};
