import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnalysisContext } from "../../src/analysis/analysis-context";
import { makeFinding } from "../../src/analysis/finding";
import { resolveAnalyzeJourneyMapOptions } from "../../src/analysis/options";
import { defineRule } from "../../src/analysis/rule-definition";
import { RULE_INPUTS } from "../../src/analysis/rule-inputs";
import { BUILT_IN_RULES, collectThresholds, FINDING_CODES, missingInput, RULE_DEFINITIONS, THRESHOLD_SPECS } from "../../src/analysis/rule-registry";
import { emptyMap, tp, valid } from "../support/map-builder";

const rulesDir = new URL("../../src/analysis/rules/", import.meta.url);

describe("the rule registry", () => {
  it("lists every module under src/analysis/rules once, and derives the codes from it", () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith(".ts"));
    const codes = files.map((f) => f.replace(/\.ts$/, "").replaceAll("-", "_")).sort();
    expect([...FINDING_CODES].sort()).toEqual(codes);
    expect(new Set(FINDING_CODES).size).toBe(RULE_DEFINITIONS.length);
    expect(Object.keys(BUILT_IN_RULES)).toEqual([...FINDING_CODES]);
  });

  it("documents every threshold default in the rule's TSDoc and every code in the guide", () => {
    const guide = readFileSync(new URL("../../docs/gap-analysis.md", import.meta.url), "utf8");
    for (const rule of RULE_DEFINITIONS) {
      expect(guide).toContain(`| \`${rule.code}\` |`);
      const source = readFileSync(new URL(`${rule.code.replaceAll("_", "-")}.ts`, rulesDir), "utf8");
      for (const [name, spec] of Object.entries(rule.thresholds)) {
        const documented = source.includes(`${name}: {`) ? new RegExp(`@defaultValue \`${spec.defaultValue}\`\\s*\\*/\\s*${name}:`).test(source) : true;
        expect(documented, `${rule.code}.${name}`).toBe(true);
      }
    }
  });

  it("refuses two rules that declare one threshold differently", () => {
    const a = defineRule({ code: "a", thresholds: { limit: { defaultValue: 1, min: 0, max: 2 } }, requires: [], run: () => [] });
    const b = defineRule({ code: "b", thresholds: { limit: { defaultValue: 2, min: 0, max: 2 } }, requires: [], run: () => [] });
    const shared = defineRule({ code: "c", thresholds: { limit: a.thresholds.limit }, requires: [], run: () => [] });
    expect(() => collectThresholds([a, b])).toThrow(new TypeError('invalid rule "b": threshold "limit" is declared differently by another rule'));
    expect(collectThresholds([a, shared])).toEqual({ limit: a.thresholds.limit });
    expect(THRESHOLD_SPECS.criticalEmotionDrop).toBeDefined();
  });

  it("runs a rule only with its required inputs, so a new rule is one module and one line", () => {
    // A rule as a later issue would add it: its own module, a threshold, a required input.
    const lateRule = defineRule({
      code: "late_touchpoint",
      thresholds: { maxActions: { defaultValue: 1, min: 0, max: 10 } },
      requires: ["asOf"],
      run: (context, options) =>
        context.journey
          .filter((t) => t.actions.length > options.maxActions)
          .map((t) =>
            makeFinding({ code: "late_touchpoint", severity: "info", subjectIds: [t.id], message: `${t.name} as of ${options.asOf}`, data: { actions: t.actions.length } }),
          ),
    });
    const context = createAnalysisContext(valid({ ...emptyMap(1), touchpoints: [tp("tp-1", "s-1", { actions: ["a", "b"] })] }));
    expect(missingInput(lateRule, {})).toBe(RULE_INPUTS.asOf.reason);
    expect(missingInput(lateRule, { asOf: "2026-11-01" })).toBeUndefined();
    const options = { ...resolveAnalyzeJourneyMapOptions(), maxActions: 1, asOf: "2026-11-01" };
    expect(lateRule.run(context, options).map((f) => f.message)).toEqual(["Touchpoint tp-1 as of 2026-11-01"]);
    expect(collectThresholds([...RULE_DEFINITIONS, lateRule]).maxActions).toEqual({ defaultValue: 1, min: 0, max: 10 });
  });

  it("gives no findings from a wrapped built-in rule whose input is missing", () => {
    const map = valid({ ...emptyMap(1), evidence: [{ id: "ev-1", kind: "survey", title: "Old", collectedAt: "2001-01-01" }] });
    const context = createAnalysisContext(map);
    expect(BUILT_IN_RULES.stale_evidence(context, resolveAnalyzeJourneyMapOptions({}))).toEqual([]);
    expect(BUILT_IN_RULES.stale_evidence(context, resolveAnalyzeJourneyMapOptions({ asOf: "2026-11-01" })).map((f) => f.data.ageDays)).toEqual([9435]);
  });
});
