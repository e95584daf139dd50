import type { PathContext } from "./path-context";

/**
 * d3-shape's `line().curve(curveMonotoneX)`, written out for the emotion curves so that a
 * page drawing a map does not carry all of d3-shape (its bundle keeps every curve's
 * prototype): the same commands for the same points, so the path data is byte-identical.
 * Monotone in x after Steffen, M. 1990, "A Simple Method for Monotonic Interpolation in
 * One Dimension", Astronomy and Astrophysics 239, 443; d3-shape is under the ISC license.
 */
class MonotoneX {
  private x0 = Number.NaN;
  private x1 = Number.NaN;
  private y0 = Number.NaN;
  private y1 = Number.NaN;
  private t0 = Number.NaN;
  private count = 0;

  constructor(private readonly context: PathContext) {}

  lineStart(): void {
    this.x0 = this.x1 = this.y0 = this.y1 = this.t0 = Number.NaN;
    this.count = 0;
  }

  lineEnd(): void {
    if (this.count === 2) this.context.lineTo(this.x1, this.y1);
    else if (this.count === 3) this.hermite(this.t0, this.slope2(this.t0));
    if (this.count === 1) this.context.closePath();
  }

  point(x: number, y: number): void {
    if (x === this.x1 && y === this.y1) return; // Coincident points are left out.
    let t1 = Number.NaN;
    if (this.count === 0) {
      this.count = 1;
      this.context.moveTo(x, y);
    } else if (this.count === 1) {
      this.count = 2;
    } else if (this.count === 2) {
      this.count = 3;
      t1 = this.slope3(x, y);
      this.hermite(this.slope2(t1), t1);
    } else {
      t1 = this.slope3(x, y);
      this.hermite(this.t0, t1);
    }
    this.x0 = this.x1;
    this.x1 = x;
    this.y0 = this.y1;
    this.y1 = y;
    this.t0 = t1;
  }

  /** The tangent's slope at the last point, given the next one (Steffen's). */
  private slope3(x2: number, y2: number): number {
    const h0 = this.x1 - this.x0;
    const h1 = x2 - this.x1;
    const s0 = (this.y1 - this.y0) / (h0 || (h1 < 0 ? -0 : 0));
    const s1 = (y2 - this.y1) / (h1 || (h0 < 0 ? -0 : 0));
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
  }

  /** A one-sided slope, at the end of a segment. */
  private slope2(t: number): number {
    const h = this.x1 - this.x0;
    return h ? ((3 * (this.y1 - this.y0)) / h - t) / 2 : t;
  }

  /** The cubic Bézier of the Hermite segment from the previous point to the last, with tangents `t0` and `t1`. */
  private hermite(t0: number, t1: number): void {
    const dx = (this.x1 - this.x0) / 3;
    this.context.bezierCurveTo(this.x0 + dx, this.y0 + dx * t0, this.x1 - dx, this.y1 - dx * t1, this.x1, this.y1);
  }
}

function sign(x: number): number {
  return x < 0 ? -1 : 1;
}

/**
 * Draws a monotone curve through `data` into `context`, as d3-shape's
 * `line().x(x).y(y).defined(defined).curve(curveMonotoneX).context(context)(data)` does: a
 * separate segment for each stretch of defined data, a lone point as a move and a close.
 */
export function drawMonotoneX<T>(context: PathContext, data: readonly T[], x: (d: T) => number, y: (d: T) => number, defined: (d: T) => boolean): void {
  const curve = new MonotoneX(context);
  let inside = false;
  for (let i = 0; i <= data.length; i++) {
    const d = data[i] as T;
    if ((i < data.length && defined(d)) !== inside) {
      inside = !inside;
      if (inside) curve.lineStart();
      else curve.lineEnd();
    }
    if (inside) curve.point(x(d), y(d));
  }
}
