import type { JourneyAnalysis } from "../analysis/analyze-journey-map";
import { type CustomFinding, FINDING_SEVERITIES, type Finding, type FindingSeverity } from "../analysis/finding";
import { formatNumber, formatShare, plural } from "../analysis/format";
import { type PrioritizedOpportunity, prioritizeOpportunities } from "../analysis/prioritize-opportunities";
import { capitalize } from "../model/capitalize";
import type { JourneyMap } from "../model/journey-map";
import { codeSpan, escapeMarkdown as esc } from "./markdown-escape";

/** Options of {@link toMarkdownReport}. */
export interface MarkdownReportOptions {
  /** The ranked opportunities to show. @defaultValue `prioritizeOpportunities(map)` */
  opportunities?: readonly PrioritizedOpportunity[];
  /** Findings listed per severity; the rest are counted. @defaultValue `100` */
  maxFindingsPerSeverity?: number;
  /** Level of the report's title (`1` for `#`); sections are one level below. @defaultValue `1` */
  headingLevel?: number;
}

const SEVERITY_TITLES: Record<FindingSeverity, string> = { critical: "Critical", warning: "Warning", info: "Info" };

const codeTitle = (code: string) => capitalize(code.replace(/_/g, " "));
const pct = (share: number | null) => (share === null ? "n/a" : formatShare(share));

function bar(emotion: number | null): string {
  if (emotion === null) return "";
  const filled = Math.max(0, Math.min(5, Math.round(emotion)));
  return ` ${"●".repeat(filled)}${"○".repeat(5 - filled)}`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/**
 * Returns a Markdown report of an analysis, for pull requests and wikis: a summary, the
 * scores, the findings by severity, the prioritised opportunities and a stage-by-stage
 * emotion table. Every piece of user text is escaped, so names cannot inject HTML or
 * break the tables. Deterministic. Throws a `RangeError` for a bad option.
 *
 * @example
 * ```ts
 * import { analyzeJourneyMap, toMarkdownReport } from "journeykit";
 *
 * const markdown = toMarkdownReport(map, analyzeJourneyMap(map, { asOf: "2026-11-01" }));
 * ```
 */
export function toMarkdownReport(map: JourneyMap, analysis: JourneyAnalysis, options: MarkdownReportOptions = {}): string {
  const limit = options.maxFindingsPerSeverity ?? 100;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`invalid maxFindingsPerSeverity: ${limit}`);
  const level = options.headingLevel ?? 1;
  if (!Number.isInteger(level) || level < 1 || level > 5) throw new RangeError(`invalid headingLevel: ${level}`);
  const h = (depth: number, text: string) => `${"#".repeat(level + depth)} ${text}`;
  const opportunities = options.opportunities ?? prioritizeOpportunities(map);
  const { summary, scores, findings } = analysis;
  const out: string[] = [];

  out.push(h(0, `${esc(map.title)}: journey analysis`), "");
  const state = summary.state === "future" ? "future-state" : "current-state";
  out.push(
    `**${esc(summary.text)}.** A ${state} map of ${plural(summary.counts.touchpoints, "touchpoint")} in ${plural(summary.counts.stages, "stage")}, ` +
      `with ${plural(summary.counts.painPoints, "pain point")} and ${plural(summary.counts.opportunities, "opportunity", "opportunities")}.` +
      (summary.asOf === null ? " Evidence age was not judged (no `asOf`)." : ` Evidence judged as of ${esc(summary.asOf)}.`),
  );
  if (map.objective) out.push("", `Objective: ${esc(map.objective)}`);

  out.push("", h(1, "Scores"), "", row(["score", "value"]), row(["---", "---"]));
  const largest = scores.largestExperienceGap;
  out.push(
    row(["Health", scores.health === null ? "n/a" : `${scores.health}/100`]),
    row(["Average emotion", scores.averageEmotion === null ? "n/a" : `${formatNumber(scores.averageEmotion)} / 5`]),
    row(["Total experience gap", formatNumber(scores.totalExperienceGap)]),
    row(["Largest experience gap", largest ? `${formatNumber(largest.gap)} at ${esc(nameOf(map, largest.touchpointId))}` : "none"]),
    row(["Evidence coverage", pct(scores.evidenceCoverage)]),
    row(["Ownership coverage", pct(scores.ownershipCoverage)]),
    row(["Pain-point coverage", pct(scores.painPointCoverage)]),
    row(["Channel coverage", pct(scores.channelCoverage)]),
  );

  out.push("", h(1, "Findings"), "");
  if (findings.length === 0) out.push("No findings.");
  const bySeverity = new Map<FindingSeverity, (Finding | CustomFinding)[]>(FINDING_SEVERITIES.map((s) => [s, []]));
  for (const finding of findings) bySeverity.get(finding.severity)?.push(finding);
  for (const severity of FINDING_SEVERITIES) {
    const list = bySeverity.get(severity) ?? [];
    if (list.length === 0) continue;
    out.push(h(2, `${SEVERITY_TITLES[severity]} (${list.length})`), "");
    for (const finding of list.slice(0, limit)) {
      out.push(`- **${esc(codeTitle(finding.code))}**: ${esc(finding.message)} (\`${codeSpan(finding.id)}\`)`);
    }
    if (list.length > limit) out.push(`- … and ${list.length - limit} more`);
    out.push("");
  }
  if (findings.length === 0) out.push("");

  out.push(h(1, "Prioritised opportunities"), "");
  if (opportunities.length === 0) out.push("No opportunities.", "");
  else {
    out.push(row(["#", "opportunity", "score", "impact", "effort", "confidence", "addresses", "status"]), row(["---:", "---", "---:", "---:", "---:", "---:", "---", "---"]));
    for (const o of opportunities) {
      const addresses = `${plural(o.painPointIds.length, "pain point")}, ${plural(o.touchpointIds.length, "touchpoint")}`;
      out.push(
        row([
          String(o.rank),
          esc(o.title),
          o.score === null ? "" : formatNumber(o.score),
          String(o.impact ?? ""),
          String(o.effort ?? ""),
          formatNumber(o.confidence),
          addresses,
          o.status,
        ]),
      );
    }
    out.push("", "Score = impact × confidence × need ÷ effort, where need = 1 + pain addressed + ¼ × touchpoints reached.", "");
  }

  out.push(h(1, "Emotion by stage"), "");
  if (scores.stages.length === 0) out.push("No stages.");
  else {
    out.push(row(["stage", "touchpoints", "average emotion", "expected", "gap", "channels"]), row(["---", "---:", "---", "---:", "---:", "---"]));
    for (const stage of scores.stages) {
      const channels = stage.channelIds.map((id) => esc(nameOf(map, id))).join(", ");
      out.push(
        row([
          esc(stage.name),
          String(stage.touchpoints),
          stage.averageEmotion === null ? "n/a" : `${formatNumber(stage.averageEmotion)}${bar(stage.averageEmotion)}`,
          stage.averageExpectedEmotion === null ? "n/a" : formatNumber(stage.averageExpectedEmotion),
          formatNumber(stage.experienceGap),
          channels ? `${stage.channelIds.length} (${channels})` : "0",
        ]),
      );
    }
  }
  return `${out.join("\n")}\n`;
}

function nameOf(map: JourneyMap, id: string): string {
  return map.touchpoints.find((t) => t.id === id)?.name ?? map.channels.find((c) => c.id === id)?.name ?? id;
}
