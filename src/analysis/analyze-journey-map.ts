import type { JourneyMap, JourneyMapState } from "../model/journey-map";
import { type AnalysisContext, createAnalysisContext } from "./analysis-context";
import { BUILT_IN_RULES } from "./built-in-rules";
import { FINDING_CODES, FINDING_SEVERITIES, type Finding, type FindingCode, type FindingSeverity } from "./finding";
import { type AnalyzeOptions, type ResolvedAnalyzeOptions, resolveAnalyzeOptions } from "./options";
import { computeScores, type JourneyScores } from "./scores";

/** A built-in rule that did not run, and why. */
export interface SkippedRule {
  /** The rule's code. */
  code: FindingCode;
  /** `"disabled"` (switched off in `rules`) or `"no-as-of"` (`stale_evidence` without a date). */
  reason: "disabled" | "no-as-of";
}

/** What the analysis looked at and found, in numbers and one sentence. */
export interface AnalysisSummary {
  /** The map's id. */
  mapId: string;
  /** The map's title. */
  title: string;
  /** `"current"` or `"future"`. */
  state: JourneyMapState;
  /** How many of each entity the map holds. */
  counts: { stages: number; touchpoints: number; painPoints: number; opportunities: number; evidence: number };
  /** How many findings in all. */
  findings: number;
  /** How many findings of each severity. */
  bySeverity: Record<FindingSeverity, number>;
  /** How many findings of each code that has any, built-in codes first in their order. */
  byCode: Record<string, number>;
  /** The built-in rules that ran. */
  rules: FindingCode[];
  /** The built-in rules that did not run. */
  skipped: SkippedRule[];
  /** The date evidence age was judged against, or `null`. */
  asOf: string | null;
  /** Where `asOf` came from. */
  asOfSource: ResolvedAnalyzeOptions["asOfSource"];
  /** The health score 0–100 (see {@link JourneyScores.health}). */
  health: number | null;
  /** One sentence for people: `"2 critical, 3 warnings, 1 info; health 58/100"`. */
  text: string;
}

/** The result of {@link analyzeJourneyMap}. */
export interface JourneyAnalysis {
  /** Every finding, sorted by severity, then journey order. */
  findings: Finding[];
  /** Numbers to track over time. */
  scores: JourneyScores;
  /** Counts and one sentence. */
  summary: AnalysisSummary;
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, warning: 1, info: 2 };
const CODE_RANK = new Map<string, number>(FINDING_CODES.map((code, i) => [code, i]));

function checkCustomFinding(value: unknown, context: AnalysisContext): Finding {
  const f = value as Partial<Finding> | null;
  const fail = (why: string) => {
    throw new TypeError(`invalid customRules: a rule returned ${why}`);
  };
  if (typeof f !== "object" || f === null) return fail("a finding that is not an object");
  if (typeof f.id !== "string" || f.id.length === 0) fail("a finding without an id");
  if (typeof f.code !== "string" || f.code.length === 0) fail(`finding "${f.id}" without a code`);
  if (!FINDING_SEVERITIES.includes(f.severity as FindingSeverity)) fail(`finding "${f.id}" with severity ${JSON.stringify(f.severity)}`);
  if (typeof f.message !== "string") fail(`finding "${f.id}" without a message`);
  if (!Array.isArray(f.subjectIds)) fail(`finding "${f.id}" without subjectIds`);
  for (const id of f.subjectIds ?? []) {
    if (!context.anchor.has(id)) throw new RangeError(`invalid customRules: finding "${f.id}" names "${id}", which is not in the map`);
  }
  return f as Finding;
}

/**
 * Sorts by severity, then journey order of the first subject, then code (built-in codes
 * in table order, custom codes after them), then the order the rules produced them. Each
 * finding gets one whole-number key that encodes all of that with its index last, so a
 * native numeric sort of a typed array does the work without a comparator. Anchors have
 * at most one decimal (see `createAnalysisContext`), hence the factor 10.
 */
function sortFindings(findings: readonly Finding[], context: AnalysisContext): Finding[] {
  const n = findings.length;
  const keys = new Float64Array(n);
  const codes = FINDING_CODES.length + 1;
  const tail = context.anchor.size + 1;
  for (let i = 0; i < n; i++) {
    const finding = findings[i] as Finding;
    const first = finding.subjectIds[0];
    const anchor = Math.round(10 * ((first === undefined ? undefined : context.anchor.get(first)) ?? tail));
    const severity = SEVERITY_RANK[finding.severity] ?? 3;
    const code = CODE_RANK.get(finding.code) ?? FINDING_CODES.length;
    keys[i] = ((severity * 10 * (tail + 1) + anchor) * codes + code) * n + i;
  }
  keys.sort();
  const out: Finding[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = findings[(keys[i] as number) % n] as Finding;
  return out;
}

function summarize(
  map: JourneyMap,
  findings: readonly Finding[],
  scores: JourneyScores,
  options: ResolvedAnalyzeOptions,
  rules: FindingCode[],
  skipped: SkippedRule[],
): AnalysisSummary {
  const bySeverity: Record<FindingSeverity, number> = { critical: 0, warning: 0, info: 0 };
  const counts = new Map<string, number>();
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  }
  const byCode: Record<string, number> = {};
  const codes = [...counts.keys()].sort(
    (a, b) => (CODE_RANK.get(a) ?? FINDING_CODES.length) - (CODE_RANK.get(b) ?? FINDING_CODES.length) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const code of codes) byCode[code] = counts.get(code) ?? 0;
  const parts = [
    `${bySeverity.critical} critical`,
    `${bySeverity.warning} ${bySeverity.warning === 1 ? "warning" : "warnings"}`,
    `${bySeverity.info} info`,
  ];
  const health = scores.health === null ? "health n/a" : `health ${scores.health}/100`;
  return {
    mapId: map.id,
    title: map.title,
    state: map.state ?? "current",
    counts: {
      stages: map.stages.length,
      touchpoints: map.touchpoints.length,
      painPoints: map.painPoints.length,
      opportunities: map.opportunities.length,
      evidence: map.evidence.length,
    },
    findings: findings.length,
    bySeverity,
    byCode,
    rules,
    skipped,
    asOf: options.asOf ?? null,
    asOfSource: options.asOfSource,
    health: scores.health,
    text: `${parts.join(", ")}; ${health}`,
  };
}

/**
 * Returns the gap analysis of a journey map: the findings of every built-in rule that is
 * on and of your custom rules (sorted by severity, then journey order), the scores, and a
 * summary. Pure and deterministic: the same map and options give the same result (no
 * clock is read; give `asOf` to judge evidence age). Expects a valid map (as returned by
 * `parseJourneyMap`). Throws a `TypeError` or `RangeError` naming the option for a bad
 * option, or for a custom rule that returns a malformed finding or names an id that is
 * not in the map.
 *
 * @example
 * ```ts
 * import { analyzeJourneyMap, parseJourneyMap } from "journeykit";
 *
 * const { findings, scores, summary } = analyzeJourneyMap(parseJourneyMap(json), { asOf: "2026-11-01" });
 * summary.text; // "2 critical, 3 warnings, 1 info; health 58/100"
 * const lines = findings.map((f) => `${f.severity} ${f.code}: ${f.message}`);
 * ```
 */
export function analyzeJourneyMap(map: JourneyMap, options: AnalyzeOptions = {}): JourneyAnalysis {
  let resolved = resolveAnalyzeOptions(options);
  if (resolved.asOf === undefined && map.metadata?.updatedAt !== undefined) {
    resolved = { ...resolved, asOf: map.metadata.updatedAt, asOfSource: "metadata.updatedAt" };
  }
  const context = createAnalysisContext(map);
  const found: Finding[] = [];
  const ran: FindingCode[] = [];
  const skipped: SkippedRule[] = [];
  for (const code of FINDING_CODES) {
    if (resolved.disabledRules.has(code)) {
      skipped.push({ code, reason: "disabled" });
      continue;
    }
    if (code === "stale_evidence" && resolved.asOf === undefined) {
      skipped.push({ code, reason: "no-as-of" });
      continue;
    }
    ran.push(code);
    for (const finding of BUILT_IN_RULES[code](context, resolved)) found.push(finding);
  }
  for (const rule of resolved.customRules) {
    const out: unknown = rule(context, resolved);
    if (!Array.isArray(out)) throw new TypeError("invalid customRules: a rule returned something other than an array");
    for (const value of out) found.push(checkCustomFinding(value, context));
  }
  // Ids are unique by construction for the built-in rules; a custom rule may repeat one.
  const seen = new Set<string>();
  const unique = found.map((finding) => {
    if (!seen.has(finding.id)) {
      seen.add(finding.id);
      return finding;
    }
    let n = 2;
    while (seen.has(`${finding.id}#${n}`)) n++;
    const id = `${finding.id}#${n}`;
    seen.add(id);
    return { ...finding, id };
  });
  const findings = sortFindings(unique, context);
  const scores = computeScores(context);
  return { findings, scores, summary: summarize(map, findings, scores, resolved, ran, skipped) };
}
