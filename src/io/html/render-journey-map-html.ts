import type { AnalyzeJourneyMapOptions } from "../../analysis/options";
import { analyzeJourneyMap, type JourneyAnalysis } from "../../analysis/analyze-journey-map";
import { type CustomFinding, FINDING_SEVERITIES, type Finding, type FindingSeverity } from "../../analysis/finding";
import { type PrioritizedOpportunity, prioritizeOpportunities } from "../../analysis/prioritize-opportunities";
import type { JourneyMap } from "../../model/journey-map";
import { escapeText as esc } from "../../render/escape";
import { type RenderJourneyMapSvgOptions, renderJourneyMapSvg } from "../../render/render-journey-map-svg";
import { renderHtmlDataTable } from "./html-data-table";
import { HTML_PAGE_STYLE } from "./html-page-style";
import { subjectNames } from "./subject-names";

/** Options of {@link renderJourneyMapHtml}. */
export interface RenderJourneyMapHtmlOptions {
  /** Layout and render options of the map's SVG. @defaultValue `{}` */
  render?: RenderJourneyMapSvgOptions;
  /** The analysis to show. @defaultValue `analyzeJourneyMap(map, options.analyze)` */
  analysis?: JourneyAnalysis;
  /** Options of the analysis made when `analysis` is not given (pass `asOf` for stale evidence). @defaultValue `{}` */
  analyze?: AnalyzeJourneyMapOptions;
  /** The ranked opportunities to show. @defaultValue `prioritizeOpportunities(map)` */
  opportunities?: readonly PrioritizedOpportunity[];
  /** Findings listed per severity; the rest are counted. @defaultValue `200` */
  maxFindingsPerSeverity?: number;
  /**
   * Event analytics to show under "Measurements", as any JSON-like value (the result of
   * the event analysis, or your own rows): arrays of objects become tables, objects
   * key/value tables. The extension point for measurements: shown only when given.
   * @defaultValue `undefined` (no section)
   */
  analytics?: unknown;
  /** Survey results to show under "Measurements", like `analytics`. @defaultValue `undefined` (no section) */
  surveys?: unknown;
}

const SEVERITY_TITLES: Record<FindingSeverity, string> = { critical: "Critical", warning: "Warnings", info: "Info" };

const num = (n: number) => String(Math.round(n * 100) / 100);

function findingsSection(analysis: JourneyAnalysis, names: Map<string, string>, limit: number): string {
  const out = ['<section><h2 id="findings">Findings</h2>', `<p class="jk-summary">${esc(analysis.summary.text)}</p>`];
  if (analysis.findings.length === 0) out.push("<p>No findings.</p>");
  for (const severity of FINDING_SEVERITIES) {
    const list = analysis.findings.filter((finding: Finding | CustomFinding) => finding.severity === severity);
    if (list.length === 0) continue;
    out.push(`<h3>${SEVERITY_TITLES[severity]} (${list.length})</h3><ul class="jk-findings">`);
    for (const finding of list.slice(0, limit)) {
      const subjects = finding.subjectIds.map((id) => esc(names.get(id) ?? id)).join(", ");
      out.push(
        `<li class="jk-severity-${severity}"><span class="jk-code">${esc(finding.code)}</span> ${esc(finding.message)}` +
          (subjects ? `<br><span class="jk-subjects">About: ${subjects}</span>` : "") +
          "</li>",
      );
    }
    out.push("</ul>");
    if (list.length > limit) out.push(`<p class="jk-lead">… and ${list.length - limit} more</p>`);
  }
  out.push("</section>");
  return out.join("");
}

function opportunitiesSection(opportunities: readonly PrioritizedOpportunity[]): string {
  if (opportunities.length === 0) return '<section><h2 id="opportunities">Prioritised opportunities</h2><p>No opportunities.</p></section>';
  const head = ["#", "Opportunity", "Score", "Impact", "Effort", "Confidence", "Addresses", "Status"];
  const numeric = new Set([0, 2, 3, 4, 5]);
  const rows = opportunities.map((o) => {
    const cells = [String(o.rank), o.title, o.score === null ? "unscored" : num(o.score), String(o.impact ?? "?"), String(o.effort ?? "?"), num(o.confidence)];
    cells.push(`${o.painPointIds.length} pain points, ${o.touchpointIds.length} touchpoints`, o.status);
    return `<tr>${cells.map((cell, i) => `<td${numeric.has(i) ? ' class="jk-number"' : ""}>${esc(cell)}</td>`).join("")}</tr>`;
  });
  return (
    '<section><h2 id="opportunities">Prioritised opportunities</h2>' +
    `<table><thead><tr>${head.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="jk-number"' : ""}>${h}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>` +
    '<p class="jk-lead">Score = impact × confidence × need ÷ effort; unknown scores are never guessed.</p></section>'
  );
}

function evidenceSection(map: JourneyMap): string {
  if (map.evidence.length === 0) return "";
  const items = map.evidence.map((e) => {
    const meta = [e.kind, e.collectedAt, e.sampleSize === undefined ? undefined : `n = ${e.sampleSize}`].filter((x) => x !== undefined).join(", ");
    // The schema admits only http and https URLs; the check here keeps the page safe with any input.
    const link = e.url !== undefined && /^https?:\/\//i.test(e.url) ? ` <a href="${esc(e.url)}" rel="noopener noreferrer nofollow">${esc(e.url)}</a>` : "";
    return `<li><strong>${esc(e.title)}</strong> (${esc(meta)})${e.quote ? ` “${esc(e.quote)}”` : ""}${link}</li>`;
  });
  return `<section><h2 id="evidence">Evidence</h2><ul>${items.join("")}</ul></section>`;
}

function measurementsSection(options: RenderJourneyMapHtmlOptions): string {
  const parts: string[] = [];
  if (options.analytics !== undefined) parts.push(`<h3>Analytics</h3>${renderHtmlDataTable(options.analytics)}`);
  if (options.surveys !== undefined) parts.push(`<h3>Surveys</h3>${renderHtmlDataTable(options.surveys)}`);
  return parts.length === 0 ? "" : `<section><h2 id="measurements">Measurements</h2>${parts.join("")}</section>`;
}

/**
 * Returns a standalone HTML page of a map that a stakeholder can open from an e-mail: the
 * map's SVG inline, its findings by severity with their subjects named, the prioritised
 * opportunities, any measurements given, and the evidence. The page has no script and no
 * external reference (a Content-Security-Policy forbids both), inline light and print
 * styles, and every user string escaped with the SVG renderer's escaping. Deterministic.
 * Throws a `TypeError`/`RangeError` for a bad option, as the layout and analysis do.
 *
 * @example
 * ```ts
 * import { renderJourneyMapHtml } from "journeykit";
 *
 * const html = renderJourneyMapHtml(map, { analyze: { asOf: "2026-11-01" } });
 * ```
 */
export function renderJourneyMapHtml(map: JourneyMap, options: RenderJourneyMapHtmlOptions = {}): string {
  const limit = options.maxFindingsPerSeverity ?? 200;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`invalid maxFindingsPerSeverity: ${String(limit)}; expected a whole number of 0 or more`);
  const svg = renderJourneyMapSvg(map, options.render);
  const analysis = options.analysis ?? analyzeJourneyMap(map, options.analyze);
  const opportunities = options.opportunities ?? prioritizeOpportunities(map);
  const names = subjectNames(map);
  const lead = [map.description, map.objective && `Objective: ${map.objective}`].filter(Boolean).map((text) => `<p class="jk-lead">${esc(text as string)}</p>`);
  return [
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'\">",
    '<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="journeykit"><title>${esc(map.title)}</title><style>${HTML_PAGE_STYLE}</style></head>`,
    `<body><main><section class="jk-first"><h1>${esc(map.title)}</h1>${lead.join("")}`,
    `<p class="jk-lead">A ${analysis.summary.state}-state map: ${map.stages.length} stages, ${map.touchpoints.length} touchpoints, ${map.painPoints.length} pain points, ${map.opportunities.length} opportunities.</p>`,
    `<figure class="jk-map">${svg}</figure></section>`,
    findingsSection(analysis, names, limit),
    opportunitiesSection(opportunities),
    measurementsSection(options),
    evidenceSection(map),
    "<footer>Made with journeykit.</footer></main></body></html>\n",
  ].join("");
}
