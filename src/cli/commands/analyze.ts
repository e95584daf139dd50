import { analyzeJourneyMap } from "../../analysis/analyze-journey-map";
import type { FindingSeverity } from "../../analysis/finding";
import { toMarkdownReport } from "../../io/markdown-report";
import type { Command } from "../command";
import { parseAsOf } from "../as-of";
import { UsageError } from "../context";
import { formatNames, formatsFor, parseFormatFlag } from "../formats";
import { inputFile, loadMap } from "../input";
import { refuseOverwritingInput, writeOutput } from "../output";
import { painter } from "../style";

const READABLE = formatsFor("map", "read");

const RANK: Record<FindingSeverity, number> = { info: 0, warning: 1, critical: 2 };

/** `journeykit analyze <file>`: the gap analysis as text, JSON or Markdown; `--fail-on` for CI gates. */
export const analyzeCommand: Command = {
  name: "analyze",
  summary: "Find the gaps in a journey map: prioritised, explainable findings.",
  usage: "journeykit analyze <file|-> [--format text|json|md] [--fail-on warning|critical] [--as-of YYYY-MM-DD] [-o file]",
  options: {
    format: { type: "string", short: "f" },
    "fail-on": { type: "string" },
    "as-of": { type: "string" },
    from: { type: "string" },
    output: { type: "string", short: "o" },
    force: { type: "boolean" },
  },
  help: `
Options:
  -f, --format <fmt>    text (default), json or md (a Markdown report)
  --fail-on <severity>  exit 1 when a finding is at least this severe: warning or critical
  --as-of <date>        judge evidence age as of this date (default: the map's metadata.updatedAt)
  --from <format>       read input as ${formatNames(READABLE)} (default: by extension, else by content)
  -o, --output <file>   write the report to a file instead of standard output
  --force               write even when the output is the input file

Examples:
  journeykit analyze journey.json
  journeykit analyze journey.json --format md -o report.md
  journeykit analyze journey.json --fail-on critical --as-of 2026-11-01`,
  async run({ values, positionals }, ctx) {
    const file = inputFile(positionals, analyzeCommand.usage, ctx);
    if (positionals.length > 1) throw new UsageError(`analyze takes one file, got ${positionals.length}`);
    const format = (values.format as string | undefined) ?? "text";
    if (!["text", "json", "md", "markdown"].includes(format)) throw new UsageError(`invalid --format: "${format}" (expected text, json or md)`);
    const failOn = values["fail-on"] as string | undefined;
    if (failOn !== undefined && failOn !== "warning" && failOn !== "critical") {
      throw new UsageError(`invalid --fail-on: "${failOn}" (expected warning or critical)`);
    }
    const asOf = parseAsOf(values["as-of"]);
    const from = parseFormatFlag(values.from, "--from", READABLE);
    refuseOverwritingInput(values.output as string | undefined, [file], values.force === true, ctx);
    const map = await loadMap(file, ctx, from);
    const analysis = analyzeJourneyMap(map, asOf ? { asOf } : {});
    const paint = painter(ctx.color && values.output === undefined);
    let text: string;
    if (format === "json") text = `${JSON.stringify(analysis, null, 2)}\n`;
    else if (format === "md" || format === "markdown") text = toMarkdownReport(map, analysis);
    else {
      const colour = { critical: "red", warning: "yellow", info: "cyan" } as const;
      const lines = analysis.findings.map((f) => `${paint(colour[f.severity], f.severity.padEnd(8))} ${f.code.padEnd(26)} ${f.message}`);
      text = `${paint("bold", map.title)}: ${analysis.summary.text}\n${lines.join("\n")}${lines.length ? "\n" : ""}`;
    }
    await writeOutput(values.output as string | undefined, text, ctx);
    if (failOn === undefined) return 0;
    const threshold = RANK[failOn as FindingSeverity];
    const failing = analysis.findings.filter((f) => RANK[f.severity] >= threshold).length;
    if (failing > 0) ctx.stderr(`${failing} finding${failing === 1 ? "" : "s"} at or above ${failOn}\n`);
    return failing > 0 ? 1 : 0;
  },
};
