import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringSink } from "../../src/layout/string-sink";

// Mostly short pieces, as markup is written; sometimes one long enough to fill a block alone.
const piece = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 20 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }), weight: 3 },
  { arbitrary: fc.nat({ max: 300_000 }).map((n) => "x".repeat(n)), weight: 1 },
);

describe("StringSink", () => {
  it("returns the pieces pushed, in order, and starts afresh after each toString", () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 5_000 }), { minLength: 1, maxLength: 3 }), (runs) => {
        const sink = new StringSink();
        for (const run of runs) {
          for (const p of run) sink.push(p);
          expect(sink.toString()).toBe(run.join(""));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("keeps every piece of a document of many chunks and blocks", () => {
    const sink = new StringSink();
    const pieces = Array.from({ length: 120_000 }, (_, i) => `<p i="${i}">é</p>`);
    for (const p of pieces) sink.push(p);
    const text = sink.toString();
    expect(text.length).toBe(pieces.reduce((sum, p) => sum + p.length, 0));
    expect(text).toBe(pieces.join(""));
    sink.push("a");
    expect(sink.toString()).toBe("a");
    expect(sink.toString()).toBe("");
  });
});
