import { type JourneyComparison, compareJourneyMaps } from "../../analysis/compare-journey-maps";
import type { Command } from "../command";
import { parseAsOf } from "../as-of";
import { UsageError } from "../context";
import { loadMap } from "../input";
import { refuseOverwritingInput, writeOutput } from "../output";

function signed(n: number | null): string {
  return n === null ? "–" : n > 0 ? `+${n}` : String(n);
}

function markdown(c: JourneyComparison): string {
  const rows = (items: { name: string }[]) => (items.length ? items.map((i) => `- ${i.name}`).join("\n") : "- none");
  const deltas = c.emotion.touchpoints
    .filter((t) => t.delta !== null && t.delta !== 0)
    .map((t) => `| ${t.name.replace(/\|/g, "\\|")} | ${t.before ?? "–"} | ${t.after ?? "–"} | ${signed(t.delta)} |`);
  return [
    "# Current vs future",
    "",
    c.text,
    "",
    "## Touchpoints",
    "",
    `Added:\n${rows(c.touchpoints.added)}`,
    "",
    `Removed:\n${rows(c.touchpoints.removed)}`,
    "",
    "## Emotion changes",
    "",
    "| touchpoint | before | after | change |",
    "| --- | --- | --- | --- |",
    ...(deltas.length ? deltas : ["| (none) | | | |"]),
    "",
    "## Findings",
    "",
    `Resolved:\n${c.findings.resolved.length ? c.findings.resolved.map((f) => `- ${f.message}`).join("\n") : "- none"}`,
    "",
    `Introduced:\n${c.findings.introduced.length ? c.findings.introduced.map((f) => `- ${f.message}`).join("\n") : "- none"}`,
    "",
  ].join("\n");
}

function text(c: JourneyComparison): string {
  const lines = [c.text];
  for (const t of c.touchpoints.added) lines.push(`  + ${t.name}`);
  for (const t of c.touchpoints.removed) lines.push(`  - ${t.name}`);
  for (const t of c.emotion.touchpoints) if (t.delta) lines.push(`  ~ ${t.name}: ${t.before} → ${t.after} (${signed(t.delta)})`);
  return `${lines.join("\n")}\n`;
}

/** `journeykit diff <current> <future>`: what a future-state map changes. */
export const diffCommand: Command = {
  name: "diff",
  summary: "Compare a current-state map with a future-state map.",
  usage: "journeykit diff <current> <future> [--format text|json|md] [--as-of YYYY-MM-DD]",
  options: { format: { type: "string", short: "f" }, "as-of": { type: "string" }, output: { type: "string", short: "o" } },
  help: `
Options:
  -f, --format <fmt>    text (default), json or md
  --as-of <date>        judge evidence age as of this date in both analyses
  -o, --output <file>   write to a file instead of standard output

Examples:
  journeykit diff current.json future.json
  journeykit diff current.json future.json --format md -o changes.md`,
  async run({ values, positionals }, ctx) {
    if (positionals.length !== 2) throw new UsageError(`diff takes two files (current and future), got ${positionals.length}`);
    const format = (values.format as string | undefined) ?? "text";
    if (!["text", "json", "md"].includes(format)) throw new UsageError(`invalid --format: "${format}" (expected text, json or md)`);
    const asOf = parseAsOf(values["as-of"]);
    refuseOverwritingInput(values.output as string | undefined, positionals, false, ctx);
    const current = await loadMap(positionals[0]!, ctx);
    const future = await loadMap(positionals[1]!, ctx);
    const comparison = compareJourneyMaps(current, future, asOf ? { asOf } : {});
    const out = format === "json" ? `${JSON.stringify(comparison, null, 2)}\n` : format === "md" ? markdown(comparison) : text(comparison);
    await writeOutput(values.output as string | undefined, out, ctx);
    return 0;
  },
};
