import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fromCsv } from "../../src/io/csv/from-csv";
import { uniqueIds } from "../../src/io/unique-ids";

/** The helper as it was before it became linear: restart at 2 for every repeat. An oracle for the ids. */
function quadraticIds(taken: Iterable<string> = []): (prefix: string, name: string) => string {
  const used = new Set(taken);
  let anonymous = 0;
  return (prefix, name) => {
    const slug = name
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/, "");
    const base = slug ? `${prefix}-${slug}` : `${prefix}-${++anonymous}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

describe("uniqueIds", () => {
  it("slugs names and numbers repeats", () => {
    const next = uniqueIds(["tp-queue"]);
    expect([next("tp", "Order ahead"), next("tp", "Order ahead"), next("tp", "Queue"), next("tp", "Queue"), next("tp", "!!"), next("tp", "")]).toEqual([
      "tp-order-ahead",
      "tp-order-ahead-2",
      "tp-queue-2",
      "tp-queue-3",
      "tp-1",
      "tp-2",
    ]);
  });

  it("skips numbered ids taken by other names, as before", () => {
    const next = uniqueIds();
    expect([next("tp", "A 2"), next("tp", "A"), next("tp", "A"), next("tp", "A"), next("tp", "A 3")]).toEqual(["tp-a-2", "tp-a", "tp-a-3", "tp-a-4", "tp-a-3-2"]);
  });

  it("gives exactly the ids of the restart-at-2 helper for any names and taken ids", () => {
    const name = fc.constantFrom("A", "a", "A 2", "a-2", "A 3", "B", "", "!", "a-2-2", "tp-a", "Á", "á 2", "e\u0301");
    fc.assert(
      fc.property(fc.array(fc.constantFrom("tp-a", "tp-a-3", "tp-b-2", "tp-1")), fc.array(fc.tuple(fc.constantFrom("tp", "s"), name), { maxLength: 40 }), (taken, calls) => {
        const linear = uniqueIds(taken);
        const oracle = quadraticIds(taken);
        for (const [prefix, n] of calls) expect(linear(prefix, n)).toBe(oracle(prefix, n));
      }),
    );
  });

  it("numbers 20,000 identical names with a linear count of Set lookups (the old helper needs a quadratic one)", () => {
    const lookups = (make: typeof uniqueIds, count: number) => {
      const has = vi.spyOn(Set.prototype, "has");
      try {
        const next = make();
        for (let i = 0; i < count; i++) next("tp", "Same name");
        return has.mock.calls.length;
      } finally {
        has.mockRestore();
      }
    };
    expect(lookups(uniqueIds, 20_000)).toBeLessThanOrEqual(2 * 20_000);
    // The oracle shows the count can fail: 1,000 repeats already cost it about half a million lookups.
    expect(lookups(quadraticIds, 1_000)).toBeGreaterThan(400_000);
  });

  it("imports a CSV of 20,000 identical rows fast (issue 22: 14 s before)", () => {
    const start = performance.now();
    const result = fromCsv(`stage,touchpoint\n${"S,T\n".repeat(20_000)}`);
    expect(performance.now() - start).toBeLessThan(3_000);
    expect(result.success).toBe(true);
    expect(result.data!.touchpoints.at(-1)!.id).toBe("tp-t-20000");
  });
});
