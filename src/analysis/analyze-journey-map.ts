import type { JourneyMap, JourneyMapState } from "../model/journey-map";
import { type AnalysisContext, createAnalysisContext } from "./analysis-context";
import { type CustomFinding, FINDING_SEVERITIES, type Finding, type FindingSeverity } from "./finding";
import { type AnalyzeJourneyMapOptions, type ResolvedAnalyzeJourneyMapOptions, resolveAnalyzeJourneyMapOptions } from "./options";
import { FINDING_CODES, type FindingCode, missingInput, RULE_DEFINITIONS } from "./rule-registry";
import type { MissingInputReason } from "./rule-inputs";
import { computeScores, type JourneyScores } from "./scores";

/** A built-in rule that did not run, and why. */
export interface SkippedRule {
  /** The rule's code. */
  code: FindingCode;
  /**
   * `"disabled"` (switched off in `rules`), or the input the rule requires and did not get:
   * `"no-as-of"` (`stale_evidence` without a date), `"no-analytics"` (the conformance
   * rules without `analytics`).
   */
  reason: "disabled" | MissingInputReason;
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
  asOfSource: ResolvedAnalyzeJourneyMapOptions["asOfSource"];
  /** The health score 0–100 (see {@link JourneyScores.health}). */
  health: number | null;
  /** One sentence for people: `"2 critical, 3 warnings, 1 info; health 58/100"`. */
  text: string;
}

/**
 * The result of {@link analyzeJourneyMap}. `F` is the type of the custom rules' findings
 * (none by default for results, any for parameters that accept every analysis).
 */
export interface JourneyAnalysis<F extends Finding | CustomFinding = Finding | CustomFinding> {
  /** Every finding, sorted by severity, then journey order; `code` narrows `data`. */
  findings: (Finding | F)[];
  /** Numbers to track over time. */
  scores: JourneyScores;
  /** Counts and one sentence. */
  summary: AnalysisSummary;
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, warning: 1, info: 2 };
const CODE_RANK = new Map<string, number>(FINDING_CODES.map((code, i) => [code, i]));

function checkCustomFinding(value: unknown, context: AnalysisContext): CustomFinding {
  const f = value as Partial<CustomFinding> | null;
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
  return f as CustomFinding;
}

/**
 * Sorts by severity, then journey order of the first subject, then code (built-in codes
 * in table order, custom codes after them), then the order the rules produced them. Each
 * finding gets one whole-number key that encodes all of that with its index last (in the
 * low bits, below a power of two, so that it comes back by exact arithmetic), so a native
 * numeric sort of a typed array does the work without a comparator. Anchors have at most
 * one decimal (see `createAnalysisContext`), hence the factor 10.
 */
function sortFindings<T extends { severity: FindingSeverity; code: string; subjectIds: string[] }>(findings: readonly T[], context: AnalysisContext): T[] {
  const n = findings.length;
  const keys = new Float64Array(n);
  const codes = FINDING_CODES.length + 1;
  const anchors = context.anchor;
  const tail = anchors.size + 1;
  const low = 2 ** Math.ceil(Math.log2(n + 1));
  // Rules give their findings in runs of one code: its rank is looked up once per run.
  let lastCode: string | undefined;
  let code = 0;
  for (let i = 0; i < n; i++) {
    const finding = findings[i] as T;
    const first = finding.subjectIds[0];
    const anchor = Math.round(10 * ((first === undefined ? undefined : anchors.get(first)) ?? tail));
    const severity = SEVERITY_RANK[finding.severity] ?? 3;
    if (finding.code !== lastCode) {
      lastCode = finding.code;
      code = CODE_RANK.get(lastCode) ?? FINDING_CODES.length;
    }
    keys[i] = ((severity * 10 * (tail + 1) + anchor) * codes + code) * low + i;
  }
  keys.sort();
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    out[i] = findings[key - Math.floor(key / low) * low] as T;
  }
  return out;
}

function summarize(
  map: JourneyMap,
  findings: readonly { severity: FindingSeverity; code: string }[],
  scores: JourneyScores,
  options: ResolvedAnalyzeJourneyMapOptions,
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
  const codes = [...counts.keys()].sort((a, b) => (CODE_RANK.get(a) ?? FINDING_CODES.length) - (CODE_RANK.get(b) ?? FINDING_CODES.length) || (a < b ? -1 : a > b ? 1 : 0));
  for (const code of codes) byCode[code] = counts.get(code) ?? 0;
  const parts = [`${bySeverity.critical} critical`, `${bySeverity.warning} ${bySeverity.warning === 1 ? "warning" : "warnings"}`, `${bySeverity.info} info`];
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

/** Runs the built-in rules that are on and have their inputs; says which did not run. */
function runBuiltInRules(context: AnalysisContext, options: ResolvedAnalyzeJourneyMapOptions) {
  const found: Finding[] = [];
  const ran: FindingCode[] = [];
  const skipped: SkippedRule[] = [];
  for (const rule of RULE_DEFINITIONS) {
    const missing = options.disabledRules.has(rule.code) ? "disabled" : missingInput(rule, options);
    if (missing !== undefined) {
      skipped.push({ code: rule.code, reason: missing });
      continue;
    }
    ran.push(rule.code);
    const run = rule.run as (context: AnalysisContext, options: ResolvedAnalyzeJourneyMapOptions) => Finding[];
    for (const finding of run(context, options)) found.push(finding);
  }
  return { found, ran, skipped };
}

/** Runs the custom rules and checks what they return; ids a custom rule repeats get `#2`, `#3`. */
function runCustomRules(context: AnalysisContext, options: ResolvedAnalyzeJourneyMapOptions, seen: Set<string>): CustomFinding[] {
  const out: CustomFinding[] = [];
  for (const rule of options.customRules) {
    const made: unknown = rule(context, options);
    if (!Array.isArray(made)) throw new TypeError("invalid customRules: a rule returned something other than an array");
    for (const value of made) {
      const finding = checkCustomFinding(value, context);
      if (!seen.has(finding.id)) {
        seen.add(finding.id);
        out.push(finding);
        continue;
      }
      let n = 2;
      while (seen.has(`${finding.id}#${n}`)) n++;
      const id = `${finding.id}#${n}`;
      seen.add(id);
      out.push({ ...finding, id });
    }
  }
  return out;
}

/**
 * Returns the gap analysis of a journey map: the findings of every built-in rule that is
 * on and of your custom rules (sorted by severity, then journey order), the scores, and a
 * summary. Pure and deterministic: the same map and options give the same result (no
 * clock is read; give `asOf` to judge evidence age). A built-in rule whose required input
 * is missing (`stale_evidence` without `asOf`) is skipped and listed in
 * `summary.skipped`. Expects a valid map (as returned by `parseJourneyMap`). Throws a
 * `TypeError` or `RangeError` naming the option for a bad or unknown option, or for a
 * custom rule that returns a malformed finding or names an id that is not in the map.
 *
 * @example
 * ```ts
 * import { analyzeJourneyMap, parseJourneyMap } from "journeykit";
 *
 * const { findings, scores, summary } = analyzeJourneyMap(parseJourneyMap(json), { asOf: "2026-11-01" });
 * summary.text; // "2 critical, 3 warnings, 1 info; health 58/100"
 * const gaps = findings.flatMap((f) => (f.code === "experience_gap" ? [f.data.gap] : [])); // data narrows by code
 * ```
 */
export function analyzeJourneyMap<F extends Finding | CustomFinding = never>(map: JourneyMap, options: AnalyzeJourneyMapOptions<F> = {}): JourneyAnalysis<F> {
  const resolved = resolveAnalyzeJourneyMapOptions(options as AnalyzeJourneyMapOptions, map);
  const context = createAnalysisContext(map);
  const { found, ran, skipped } = runBuiltInRules(context, resolved);
  // Ids are unique by construction for the built-in rules; a custom rule may repeat one.
  const custom = resolved.customRules.length === 0 ? [] : runCustomRules(context, resolved, new Set(found.map((f) => f.id)));
  const findings = sortFindings<Finding | CustomFinding>(custom.length === 0 ? found : [...found, ...custom], context) as (Finding | F)[];
  const scores = computeScores(context);
  return { findings, scores, summary: summarize(map, findings, scores, resolved, ran, skipped) };
}
