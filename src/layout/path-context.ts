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

  moveTo(x: number, y: number): void {
    this.sink.push(`M${r(x)},${r(y)}`);
  }

  lineTo(x: number, y: number): void {
    this.sink.push(`L${r(x)},${r(y)}`);
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    // Piece by piece: a template would make a string for each of its eleven joins.
    const sink = this.sink;
    sink.push("C");
    sink.push(r(x1));
    sink.push(",");
    sink.push(r(y1));
    sink.push(",");
    sink.push(r(x2));
    sink.push(",");
    sink.push(r(y2));
    sink.push(",");
    sink.push(r(x));
    sink.push(",");
    sink.push(r(y));
  }

  closePath(): void {
    this.sink.push("Z");
  }

  /** Returns the path data drawn so far as one flat string, and starts afresh. */
  take(): string {
    return this.sink.toString();
  }

  /** The context as d3-shape's `line().context()` types it (it calls only the methods above). */
  asContext(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }
}
