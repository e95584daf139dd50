/** One cell of a rendered map as the SVG text spells it: its ids, its box and where its box starts. */
export interface CellInSvg {
  id: string;
  lane: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index of the cell's `<rect class="jk-box"` in the SVG text. */
  rectAt: number;
}

const CELL = /<g class="jk-cell" data-id="([^"]*)" data-lane="([^"]*)">(<rect class="jk-box" x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)")/g;

/**
 * The content cells of a rendered SVG (lane labels and the title left out), in document
 * order. Throws when there are none, so that a change of the renderer's markup fails the
 * tests that edit cells instead of letting them pass on nothing.
 */
export function cellsInSvg(svg: string): CellInSvg[] {
  const cells = Array.from(svg.matchAll(CELL), (m) => ({
    id: m[1]!,
    lane: m[2]!,
    x: Number(m[4]),
    y: Number(m[5]),
    width: Number(m[6]),
    height: Number(m[7]),
    rectAt: m.index + m[0].length - m[3]!.length,
  })).filter((c) => c.id !== c.lane && c.lane !== "title");
  if (cells.length === 0) throw new Error('no <g class="jk-cell"><rect class="jk-box" …> found: has the SVG markup changed?');
  return cells;
}

/** `svg` with the first `name="…"` attribute at or after index `from` set to `value`. */
export function setAttributeAfter(svg: string, from: number, name: string, value: string | number): string {
  const at = svg.indexOf(` ${name}="`, from);
  if (at < 0) throw new Error(`no ${name}="…" after index ${from}`);
  const start = at + name.length + 3;
  const end = svg.indexOf('"', start);
  return svg.slice(0, start) + String(value) + svg.slice(end);
}

/** The value of the first `name="…"` attribute at or after index `from`. */
export function attributeAfter(svg: string, from: number, name: string): string {
  const at = svg.indexOf(` ${name}="`, from);
  if (at < 0) throw new Error(`no ${name}="…" after index ${from}`);
  const start = at + name.length + 3;
  return svg.slice(start, svg.indexOf('"', start));
}

/** `svg` with `markup` inserted just before its closing `</svg>`. */
export function insertBeforeEnd(svg: string, markup: string): string {
  const end = svg.lastIndexOf("</svg>");
  if (end < 0) throw new Error("no </svg> found");
  return svg.slice(0, end) + markup + svg.slice(end);
}

/** `svg` with the first `find` replaced by `replacement`; throws when `find` is missing. */
export function replaceOnce(svg: string, find: string, replacement: string): string {
  const at = svg.indexOf(find);
  if (at < 0) throw new Error(`${JSON.stringify(find)} not found`);
  return svg.slice(0, at) + replacement + svg.slice(at + find.length);
}
