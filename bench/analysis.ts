import { analyzeJourneyMap } from "../src/analysis/analyze-journey-map";
import { compareJourneyMaps } from "../src/analysis/compare-journey-maps";
import { prioritizeOpportunities } from "../src/analysis/prioritize-opportunities";
import { generateJourneyMap } from "../tests/support/generate-map";
import { type BenchRow, measureSimple } from "./measure";
import { SIZES } from "./sizes";

const AS_OF = "2026-11-01";

/** Gap analysis, current-vs-future comparison and prioritisation of generated maps. */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const touchpoints of SIZES) {
    const current = generateJourneyMap({ touchpoints, seed: 1 });
    const future = generateJourneyMap({ touchpoints, seed: 2 });
    const findings = analyzeJourneyMap(current, { asOf: AS_OF }).findings.length;
    const size = touchpoints.toLocaleString("en-US");
    rows.push({
      name: "analyze",
      touchpoints,
      medianMs: measureSimple(() => analyzeJourneyMap(current, { asOf: AS_OF })),
      ...(touchpoints === 10_000 ? { targetMs: 50 } : {}),
      note: `${findings.toLocaleString("en-US")} findings at ${size}`,
    });
    rows.push({
      name: "compare current vs future",
      touchpoints,
      medianMs: measureSimple(() => compareJourneyMaps(current, future, { asOf: AS_OF })),
      note: "two analyses and the diff",
    });
    rows.push({
      name: "prioritize opportunities",
      touchpoints,
      medianMs: measureSimple(() => prioritizeOpportunities(current)),
      note: `${current.opportunities.length.toLocaleString("en-US")} opportunities at ${size}`,
    });
  }
  return rows;
}
