import fc from "fast-check";
import { line } from "d3-shape";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/analysis/format";
import { PathContext } from "../../src/layout/path-context";

type Command = { op: "M" | "L"; x: number; y: number } | { op: "C"; values: [number, number, number, number, number, number] } | { op: "Z" };

// Mostly map-sized coordinates, sometimes any double at all (huge, tiny, NaN, ±Infinity, −0).
const coordinate = fc.oneof({ arbitrary: fc.double({ min: -1e5, max: 1e5, noNaN: true }), weight: 4 }, { arbitrary: fc.double(), weight: 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constantFrom("M" as const, "L" as const), x: coordinate, y: coordinate }),
  fc.record({ op: fc.constant("C" as const), values: fc.tuple(coordinate, coordinate, coordinate, coordinate, coordinate, coordinate) }),
  fc.constant({ op: "Z" as const }),
);

function draw(context: PathContext, commands: Command[]): void {
  for (const c of commands) {
    if (c.op === "M") context.moveTo(c.x, c.y);
    else if (c.op === "L") context.lineTo(c.x, c.y);
    else if (c.op === "C") context.bezierCurveTo(...c.values);
    else context.closePath();
  }
}

/** The definition: each command written in turn, numbers rounded to hundredths. */
function reference(commands: Command[]): string {
  let d = "";
  for (const c of commands) {
    if (c.op === "C") d += `C${c.values.map(formatNumber).join(",")}`;
    else if (c.op === "Z") d += "Z";
    else d += `${c.op}${formatNumber(c.x)},${formatNumber(c.y)}`;
  }
  return d;
}

describe("PathContext", () => {
  it("writes every command, in order, with numbers rounded to hundredths", () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 600, size: "max" }), (commands) => {
        const context = new PathContext();
        draw(context, commands);
        expect(context.take()).toBe(reference(commands));
      }),
      { numRuns: 200 },
    );
  });

  it("writes each of several paths drawn in turn, whether they share segments' x values or not", () => {
    // Curves of one plot share their x values; sometimes a path differs in one, or has a segment more or fewer.
    const x = fc.constantFrom(0, -0, 10.005, 20, 33.333, Number.NaN);
    const segment: fc.Arbitrary<Command> = fc.record({ op: fc.constant("C" as const), values: fc.tuple(x, coordinate, x, coordinate, x, coordinate) });
    const path = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 30 })).map(([move, segments]): Command[] => (move ? [{ op: "M", x: 1, y: 2 }, ...segments] : segments));
    fc.assert(
      fc.property(fc.array(path, { minLength: 2, maxLength: 4 }), (paths) => {
        const context = new PathContext();
        for (const commands of paths) {
          draw(context, commands);
          expect(context.take()).toBe(reference(commands));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every segment of a long path across its chunks, and starts afresh after take", () => {
    const context = new PathContext();
    const first: Command[] = Array.from({ length: 5_000 }, (_, i) => ({ op: "L", x: i, y: i / 3 }));
    draw(context, first);
    expect(context.take()).toBe(reference(first));
    context.moveTo(1.005, 2);
    context.lineTo(3, 4.5);
    expect(context.take()).toBe("M1,2L3,4.5");
    expect(context.take()).toBe("");
  });

  it("draws a 10,000-point d3 line through every point", () => {
    const xs = Array.from({ length: 10_000 }, (_, i) => i * 7.25);
    const context = new PathContext();
    line<number>()
      .x((_, i) => xs[i] as number)
      .y((v) => v)
      .context(context.asContext())(xs.map((_, i) => 100 + 40 * Math.sin(i / 9)));
    const d = context.take();
    expect(d.startsWith("M0,100L7.25,")).toBe(true);
    expect(d.match(/[ML]/g)).toHaveLength(10_000);
  });
});
