import { analyzeJourneyMap } from "../src/analysis/analyze-journey-map";
import { compareJourneyMaps } from "../src/analysis/compare-journey-maps";
import { prioritizeOpportunities } from "../src/analysis/prioritize-opportunities";
import { generateJourneyMap } from "../tests/fixtures/generate-map";
import { type BenchRow, measureSimple } from "./measure";

const AS_OF = "2026-11-01";

/** Gap analysis of generated maps; compare and prioritise at 10,000 touchpoints. */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const touchpoints of [100, 1_000, 10_000]) {
    const map = generateJourneyMap({ touchpoints });
    const findings = analyzeJourneyMap(map, { asOf: AS_OF }).findings.length;
    rows.push({
      name: `analyze: ${touchpoints.toLocaleString("en-US")} touchpoints`,
      medianMs: measureSimple(() => analyzeJourneyMap(map, { asOf: AS_OF })),
      ...(touchpoints === 10_000 ? { targetMs: 50 } : {}),
      note: `${findings.toLocaleString("en-US")} findings`,
    });
  }
  const current = generateJourneyMap({ touchpoints: 10_000, seed: 1 });
  const future = generateJourneyMap({ touchpoints: 10_000, seed: 2 });
  rows.push({
    name: "compare: 10,000 touchpoints",
    medianMs: measureSimple(() => compareJourneyMaps(current, future, { asOf: AS_OF })),
    note: "two analyses and the diff",
  });
  rows.push({
    name: "prioritize: 10,000 touchpoints",
    medianMs: measureSimple(() => prioritizeOpportunities(current)),
    note: `${current.opportunities.length.toLocaleString("en-US")} opportunities`,
  });
  return rows;
}
