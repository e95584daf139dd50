import type { Command } from "../command";
import { UsageError } from "../context";
import { formatNames, formatsFor, parseFormatFlag } from "../formats";
import { displayName, formatIssues, inputFile, readMap } from "../input";
import { painter } from "../style";

const READABLE = formatsFor("map", "read");

/** `journeykit validate <file…>`: validates maps; exit 1 when any is invalid. */
export const validateCommand: Command = {
  name: "validate",
  summary: `Check journey maps and report every issue (${formatNames(READABLE)}).`,
  usage: `journeykit validate <file|-> [file…] [--from ${READABLE.map((f) => f.name).join("|")}] [--format text|json] [--quiet]`,
  options: { from: { type: "string" }, format: { type: "string", short: "f" }, quiet: { type: "boolean", short: "q" } },
  help: `
Options:
  --from <format>       read input as ${formatNames(READABLE)} (default: by extension, else by content)
  -f, --format <fmt>    text (default) or json: one JSON array of results on standard output
  -q, --quiet           print nothing for valid files (text only)

Issues are printed one per line: file:line:column for JSON syntax errors, the JSON path
for everything else. Exits 1 when any file is invalid.

Examples:
  journeykit validate journey.json
  journeykit validate maps/*.json
  journeykit validate maps/*.json --format json
  cat journey.json | journeykit validate -`,
  async run({ values, positionals }, ctx) {
    const files = positionals.length === 0 ? [inputFile(positionals, validateCommand.usage, ctx)] : positionals;
    const from = parseFormatFlag(values.from, "--from", READABLE);
    const format = (values.format as string | undefined) ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`invalid --format: "${format}" (expected text or json)`);
    const paint = painter(ctx.color);
    const results: unknown[] = [];
    let failed = 0;
    for (const file of files) {
      const result = await readMap(file, ctx, from);
      if (!result.ok) failed++;
      if (format === "json") {
        results.push(
          result.ok
            ? { file: displayName(file), valid: true, format: result.format.name, title: result.map.title, touchpoints: result.map.touchpoints.length }
            : { file: displayName(file), valid: false, issues: result.issues },
        );
      } else if (!result.ok) ctx.stderr(formatIssues(displayName(file), result.issues));
      else if (!values.quiet) {
        ctx.stdout(`${paint("green", "✓")} ${displayName(file)}: ${result.map.title} (${result.map.touchpoints.length} touchpoints)\n`);
      }
    }
    if (format === "json") ctx.stdout(`${JSON.stringify(results, null, 2)}\n`);
    if (failed > 0 && (files.length > 1 || format === "json")) ctx.stderr(`${failed} of ${files.length} files invalid\n`);
    return failed > 0 ? 1 : 0;
  },
};
