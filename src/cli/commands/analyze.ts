import { type JourneyAnalysis, analyzeJourneyMap } from "../../analysis/analyze-journey-map";
import type { FindingSeverity } from "../../analysis/finding";
import type { JourneyMap } from "../../model/journey-map";
import { toMarkdownReport } from "../../io/markdown-report";
import type { Command } from "../command";
import { parseAsOf } from "../as-of";
import { UsageError } from "../context";
import { formatNames, formatsFor, parseFormatFlag } from "../formats";
import { escapeTerminal } from "../escape-terminal";
import { inputFile, loadMap } from "../input";
import { refuseOverwritingInput, writeOutput } from "../output";
import { painter } from "../style";
import { refuseWatchingOutput, watchRuns } from "../watch";

const READABLE = formatsFor("map", "read");

const RANK: Record<FindingSeverity, number> = { info: 0, warning: 1, critical: 2 };

/** The analysis as text (escaped for the terminal, coloured by `paint`), JSON or Markdown. */
function report(map: JourneyMap, analysis: JourneyAnalysis, format: string, paint: ReturnType<typeof painter>): string {
  if (format === "json") return `${JSON.stringify(analysis, null, 2)}\n`;
  if (format === "md" || format === "markdown") return toMarkdownReport(map, analysis);
  const colour = { critical: "red", warning: "yellow", info: "cyan" } as const;
  const lines = analysis.findings.map((f) => `${paint(colour[f.severity], f.severity.padEnd(8))} ${f.code.padEnd(26)} ${escapeTerminal(f.message)}`);
  return `${paint("bold", escapeTerminal(map.title))}: ${escapeTerminal(analysis.summary.text)}\n${lines.join("\n")}${lines.length ? "\n" : ""}`;
}

/** `journeykit analyze <file>`: the gap analysis as text, JSON or Markdown; `--fail-on` for CI gates. */
export const analyzeCommand: Command = {
  name: "analyze",
  summary: "Find the gaps in a journey map: prioritised, explainable findings.",
  usage: "journeykit analyze <file|-> [--format text|json|md] [--fail-on warning|critical] [--as-of YYYY-MM-DD] [-o file] [--watch]",
  options: {
    format: { type: "string", short: "f" },
    "fail-on": { type: "string" },
    "as-of": { type: "string" },
    from: { type: "string" },
    output: { type: "string", short: "o" },
    force: { type: "boolean" },
    watch: { type: "boolean", short: "w" },
  },
  help: `
Options:
  -f, --format <fmt>    text (default), json or md (a Markdown report)
  --fail-on <severity>  exit 1 when a finding is at least this severe: warning or critical
  --as-of <date>        judge evidence age as of this date (default: the map's metadata.updatedAt)
  --from <format>       read input as ${formatNames(READABLE)} (default: by extension, else by content)
  -o, --output <file>   write the report to a file instead of standard output
  --force               write even when the output is the input file
  -w, --watch           analyze again whenever the input file changes, one line per run on
                        standard error; an invalid state is reported and watching goes on;
                        Ctrl-C stops (exit 0, whatever --fail-on finds)

Examples:
  journeykit analyze journey.json
  journeykit analyze journey.json --format md -o report.md
  journeykit analyze journey.json --fail-on critical --as-of 2026-11-01
  journeykit analyze journey.json --format md -o report.md --watch`,
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
    const output = values.output as string | undefined;
    if (values.watch === true) refuseWatchingOutput(file, output, ctx);
    const once = async (): Promise<{ failing: number; line: string }> => {
      const map = await loadMap(file, ctx, from);
      const analysis = analyzeJourneyMap(map, asOf ? { asOf } : {});
      const wrote = await writeOutput(output, report(map, analysis, format, painter(ctx.color && output === undefined)), ctx);
      const found = `${analysis.findings.length} finding${analysis.findings.length === 1 ? "" : "s"}`;
      if (failOn === undefined) return { failing: 0, line: `${found}; ${wrote}` };
      const failing = analysis.findings.filter((f) => RANK[f.severity] >= RANK[failOn as FindingSeverity]).length;
      return { failing, line: `${found}, ${failing} at or above ${failOn}; ${wrote}` };
    };
    if (values.watch === true) return watchRuns(file, ctx, async () => (await once()).line);
    const { failing } = await once();
    if (failing > 0) ctx.stderr(`${failing} finding${failing === 1 ? "" : "s"} at or above ${failOn}\n`);
    return failing > 0 ? 1 : 0;
  },
};
