/** Generated maps with `observe` rules and event logs with the hard parts: ties, odd names, bad rows. */
import fc from "fast-check";
import type { JourneyMap } from "../../../src/model/journey-map";
import { parseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import type { EventRow } from "../../../src/measure/event-row";
import type { LogRow } from "./engines";

/** Event names that break naive SQL and CSV handling. */
export const ODD_NAMES = ["view", "cart.add", "cart.remove", "a,b", 'say "hi"', "it's", "100%", "_x", "a\\b", "é💳", "'; DROP TABLE events; --", "pay"];
const URLS = [null, "/p/1", "https://shop.example/p/2?x=1#h", "/p/", "/q/1/", "/q/1/2", "/"];
const RULES = [
  { event: "view" },
  { event: "cart.*" },
  { event: "100%" },
  { event: "_x" },
  { event: "a\\b" },
  { event: "'; DROP TABLE events; --" },
  { url: "/p/:id" },
  { url: "/q/*" },
  { event: "pay", where: { plan: "pro" } },
  { event: "it's" },
  { event: "*" },
];

/** A valid map of 1–3 stages and 1–7 touchpoints with rules from {@link RULES}, some branching. */
export const mapWithRules: fc.Arbitrary<JourneyMap> = fc
  .record({
    stages: fc.integer({ min: 1, max: 3 }),
    touchpoints: fc.array(
      fc.record({ stage: fc.nat(2), rules: fc.subarray(RULES, { maxLength: 2 }), next: fc.array(fc.nat(6), { maxLength: 2 }), optional: fc.boolean(), terminal: fc.boolean() }),
      { minLength: 1, maxLength: 7 },
    ),
  })
  .map(({ stages, touchpoints }) => {
    const ids = touchpoints.map((_, i) => `t${i}`);
    return parseJourneyMap({
      schemaVersion: 1,
      id: "m",
      title: "Generated",
      stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: `S${i}` })),
      touchpoints: touchpoints.map((t, i) => ({
        id: ids[i],
        stageId: `s${t.stage % stages}`,
        name: `T${i}`,
        observe: t.rules,
        next: [...new Set(t.next.filter((j) => j < ids.length))].map((j) => ({ touchpointId: ids[j] })),
        ...(t.optional ? { optional: true } : {}),
        ...(t.terminal ? { terminal: true } : {}),
      })),
    });
  });

const BASE = Date.UTC(2026, 2, 1, 9);

/** A log of up to 60 rows over 5 cases with many ties, odd names and a few bad rows; `line` is the row's order. */
export const logRows: fc.Arbitrary<LogRow[]> = fc
  .array(
    fc.record({
      caseId: fc.oneof({ weight: 20, arbitrary: fc.constantFrom("c1", "c2", "c3", "c4", "c,5") }, { weight: 1, arbitrary: fc.constantFrom(null, "") }),
      name: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...ODD_NAMES) }, { weight: 1, arbitrary: fc.constant(null) }),
      minute: fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: fc.constant(null) }),
      url: fc.constantFrom(...URLS),
      plan: fc.constantFrom(null, "pro", "free"),
      seg: fc.constantFrom(null, "web", "app", "é"),
    }),
    { maxLength: 60 },
  )
  .map((rows) => rows.map((r, line) => ({ case_id: r.caseId, name: r.name, ts: r.minute === null ? null : BASE + r.minute * 60_000, url: r.url, plan: r.plan, seg: r.seg, line })));

/** The same rows as the streaming analyzer takes them. */
export function toEventRows(rows: readonly LogRow[]): EventRow[] {
  return rows.map((r) => {
    const row: Record<string, unknown> = { caseId: r.case_id ?? undefined, event: r.name ?? undefined, time: r.ts ?? "not a time" };
    if (r.url !== null) row.url = r.url;
    if (r.seg !== null) row.segment = r.seg;
    if (r.plan !== null) row.properties = { plan: r.plan };
    return row as unknown as EventRow;
  });
}
