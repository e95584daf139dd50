import { safeParseJourneyMap } from "../src/validate/safe-parse-journey-map";
import { generateJourneyMap } from "../tests/support/generate-map";
import { type BenchRow, measureSimple } from "./measure";
import { SIZES } from "./sizes";

/** Targets of the foundation issue, by size. */
const TARGETS: Record<number, number> = { 1000: 5, 10000: 50 };

/** Parse-and-validate of generated maps, from an object and from JSON text. */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const touchpoints of SIZES) {
    const map = generateJourneyMap({ touchpoints });
    const text = JSON.stringify(map);
    const check = (input: unknown) => {
      if (!safeParseJourneyMap(input).success) throw new Error("generated map did not validate");
    };
    const target = TARGETS[touchpoints];
    rows.push({ name: "parse + validate (object)", touchpoints, medianMs: measureSimple(() => check(map)), ...(target ? { targetMs: target } : {}) });
    rows.push({
      name: "parse + validate (JSON text)",
      touchpoints,
      medianMs: measureSimple(() => check(text)),
      note: `${(text.length / 1e6).toFixed(1)} MB of JSON at ${touchpoints.toLocaleString("en-US")}`,
    });
  }
  return rows;
}
