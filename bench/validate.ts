import { safeParseJourneyMap } from "../src/validate/safe-parse-journey-map";
import { generateJourneyMap } from "../tests/fixtures/generate-map";
import { type BenchRow, measureSimple } from "./measure";

const TARGETS: Record<number, number> = { 1000: 5, 10000: 50 };

/** Parse-and-validate of generated maps, from an object and from JSON text. */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const touchpoints of [100, 1_000, 10_000]) {
    const map = generateJourneyMap({ touchpoints });
    const text = JSON.stringify(map);
    const label = touchpoints.toLocaleString("en-US");
    const check = (input: unknown) => {
      if (!safeParseJourneyMap(input).success) throw new Error("generated map did not validate");
    };
    rows.push({
      name: `validate: ${label} touchpoints (object)`,
      medianMs: measureSimple(() => check(map)),
      ...(TARGETS[touchpoints] ? { targetMs: TARGETS[touchpoints] } : {}),
    });
    rows.push({
      name: `validate: ${label} touchpoints (JSON text)`,
      medianMs: measureSimple(() => check(text)),
      note: `${(text.length / 1e6).toFixed(1)} MB of JSON`,
    });
  }
  return rows;
}
