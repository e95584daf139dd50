import { formatNumber as r } from "./format-number";

/**
 * A minimal drawing context for d3-shape generators that writes SVG path data with
 * numbers rounded to 2 decimals — what the SVG is written with. d3-shape draws through
 * `moveTo`, `lineTo`, `bezierCurveTo` and `closePath` only (for lines and the symbols used
 * here); building the string directly keeps a 10,000-point curve cheap.
 */
export class PathContext {
  private d = "";

  moveTo(x: number, y: number): void {
    this.d += `M${r(x)},${r(y)}`;
  }

  lineTo(x: number, y: number): void {
    this.d += `L${r(x)},${r(y)}`;
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    this.d += `C${r(x1)},${r(y1)},${r(x2)},${r(y2)},${r(x)},${r(y)}`;
  }

  closePath(): void {
    this.d += "Z";
  }

  /** Returns the path data drawn so far, and starts afresh. */
  take(): string {
    const d = this.d;
    this.d = "";
    return d;
  }

  /** The context as d3-shape's `line().context()` types it (it calls only the methods above). */
  asContext(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }
}
