import { formatNumber as r } from "../analysis/format";
import { StringSink } from "./string-sink";

/**
 * A minimal drawing context for d3-shape generators that writes SVG path data with
 * numbers rounded to 2 decimals — what the SVG is written with. d3-shape draws through
 * `moveTo`, `lineTo`, `bezierCurveTo` and `closePath` only (for lines and the symbols used
 * here); building the string directly keeps a 10,000-point curve cheap.
 */
export class PathContext {
  /**
   * The segments drawn so far. A curve kept as the rope `+=` builds would hold some ten
   * pieces per point for as long as the layout lives: on a 10,000-touchpoint map, 300,000
   * small strings for the garbage collector to copy and mark; the sink joins them flat.
   */
  private readonly sink = new StringSink();
  /** The number of curve segments drawn since the last {@link take}. */
  private segment = 0;
  /** The x values of each curve segment drawn (three a segment), by segment since a take, as the last path to have that segment drew them, and the runs of text written with them. */
  private readonly xs: number[] = [];
  private readonly runs: string[] = [];

  moveTo(x: number, y: number): void {
    this.sink.push(`M${r(x)},${r(y)}`);
  }

  lineTo(x: number, y: number): void {
    this.sink.push(`L${r(x)},${r(y)}`);
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    // Piece by piece: a template would make a string for each of its eleven joins. The runs
    // around the y values hold the x values, which the curves of one plot share (every
    // curve has a point in each column): they are made for a segment once and reused by the
    // next curve's segment with the same x values, so the data has six pieces a segment.
    const i = 3 * this.segment++;
    const xs = this.xs;
    const runs = this.runs;
    if (xs[i] !== x1 || xs[i + 1] !== x2 || xs[i + 2] !== x) {
      xs[i] = x1;
      xs[i + 1] = x2;
      xs[i + 2] = x;
      runs[i] = `C${r(x1)},`;
      runs[i + 1] = `,${r(x2)},`;
      runs[i + 2] = `,${r(x)},`;
    }
    const sink = this.sink;
    sink.push(runs[i] as string);
    sink.push(r(y1));
    sink.push(runs[i + 1] as string);
    sink.push(r(y2));
    sink.push(runs[i + 2] as string);
    sink.push(r(y));
  }

  closePath(): void {
    this.sink.push("Z");
  }

  /** Returns the path data drawn so far as one flat string, and starts afresh. */
  take(): string {
    this.segment = 0;
    return this.sink.toString();
  }

  /** The context as d3-shape's `line().context()` types it (it calls only the methods above). */
  asContext(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }
}
