import fc from "fast-check";
import type { EventRow } from "../../src/measure/event-row";
import type { JourneyMap } from "../../src/model/journey-map";
import { parseJourneyMap } from "../../src/validate/index";

/** Event names with commas, quotes and unicode, so that nothing depends on plain names. */
export const NAMES = ["view", "cart.add", "cart.remove", 'pay,"card"', "zahlung ü", "注文", "x"];

/** A map of `count` touchpoints over two or three stages, each observing one of NAMES (exact or as a glob), some with next, optional or terminal. */
export const arbitraryMap: fc.Arbitrary<JourneyMap> = fc
  .record({
    count: fc.integer({ min: 1, max: 6 }),
    stages: fc.integer({ min: 1, max: 3 }),
    extras: fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.constantFrom("next", "optional", "terminal", "none")), { maxLength: 4 }),
    globs: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  })
  .map(({ count, stages, extras, globs }) => {
    const touchpoints: Record<string, unknown>[] = Array.from({ length: count }, (_, i) => ({
      id: `t${i}`,
      stageId: `s${Math.min(stages - 1, Math.floor((i * stages) / count))}`,
      name: `T${i}`,
      observe: [{ event: globs[i] && i === 1 ? "cart.*" : (NAMES[i] as string) }],
    }));
    for (const [a, b, kind] of extras) {
      const tp = touchpoints[a % count] as Record<string, unknown>;
      if (kind === "next")
        tp.next = [...((tp.next as unknown[]) ?? []), { touchpointId: `t${b % count}` }].filter((v, i, all) => all.findIndex((w) => JSON.stringify(w) === JSON.stringify(v)) === i);
      if (kind === "optional") tp.optional = true;
      if (kind === "terminal") tp.terminal = true;
    }
    return parseJourneyMap({ schemaVersion: 1, id: "m", title: "Generated", stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: `S${i}` })), touchpoints });
  });

/** Rows of a few cases with names from NAMES and times in whole minutes (ties likely). */
export const arbitraryRows: fc.Arbitrary<EventRow[]> = fc.array(
  fc.record({
    caseId: fc.constantFrom("a", "b", "c", "d", "e,1", "ü"),
    event: fc.constantFrom(...NAMES),
    time: fc.integer({ min: 0, max: 30 }).map((m) => m * 60_000),
  }),
  { maxLength: 60 },
);
