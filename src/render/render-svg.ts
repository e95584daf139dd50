import { LANE_CELL_FILLS } from "../layout/lanes/index";
import { FONT_FAMILY } from "../layout/text/index";
import type { BarTone, CellKind, JourneyLayout, LayoutCell, LayoutEmotion, LayoutGlyph, LayoutLine, LayoutPoint, LayoutSeries } from "../layout/types";
import { AttributeCache, LINE_START } from "./attribute-cache";
import { blueprintLinesSvg, blueprintMarksSvg } from "./blueprint-svg";
import { describeLayout } from "./describe-layout";
import { escapeText as esc } from "./escape";
import { formatNumber as n } from "../analysis/format";
import { normalizeRenderOptions, type RenderSvgOptions } from "./options";
import { flowLabelPaint, renderFlow } from "./render-flow";
import { StringSink } from "../layout/string-sink";
import type { Theme } from "./theme";

type Fill = keyof Omit<Theme, "curves">;

/** The fill of each kind of box: the title's and the labels', then what each lane module declares. */
const FILL: Readonly<Record<CellKind, Fill>> = { title: "background", lane: "labelFill", "flow-label": "background", ...LANE_CELL_FILLS };

/**
 * Returns `layout` drawn as a standalone SVG document: well-formed XML with `viewBox`,
 * `role="img"`, a `<title>` and a `<desc>` that describes the journey in words. Every
 * string is escaped (characters XML cannot hold are removed); there is no script, event
 * attribute, `foreignObject` or external reference; ids start with `idPrefix`; numbers
 * have at most 2 decimals, so the same input always gives the same bytes. Each text box is
 * `<g class="jk-cell" data-id data-lane>` with one `<rect class="jk-box">` and one
 * `<text class="jk-line">` per line. With `responsive`, the SVG is `width="100%"` and keeps
 * its `viewBox`. With a wrapped layout (`rows`), each row has its own emotion drawing. Throws a `TypeError` or `RangeError` naming the option
 * when an option is invalid.
 *
 * @example
 * ```ts
 * import { layoutJourneyMap, parseJourneyMap, renderSvg } from "journeykit";
 *
 * const layout = layoutJourneyMap(parseJourneyMap(json));
 * const svg = renderSvg(layout, { theme: "dark", idPrefix: "map-1" });
 * ```
 */
export function renderSvg(layout: JourneyLayout, options?: RenderSvgOptions): string {
  return writeSvg(layout, options, undefined);
}

/**
 * What {@link writeSvg} hands the parts of the document to, so that a caller that keeps
 * them between calls (`createRenderer`) can reuse the markup of parts it drew before: the
 * sink it writes into, the head (everything before the first cell), and each cell and
 * emotion drawing — `key` is the layout object drawn, `variant` tells apart two drawings of
 * one object. `part` appends the markup it kept and returns `true`, or returns `false`; then
 * the part is drawn and handed to `drawn`.
 */
export interface SvgParts {
  sink(): StringSink;
  head(out: StringSink, markup: string): void;
  /** Writes markup that sits between the parts but is not one of them (the flow's edges, a blueprint's arrows and badges), drawn from `key` when given. */
  between(out: StringSink, markup: string, key?: object): void;
  /** The markup an earlier render drew between the parts from `key` (the same layout object), if any. */
  betweenOf(key: object): string | undefined;
  part(out: StringSink, key: LayoutCell | LayoutEmotion, variant: number): boolean;
  drawn(out: StringSink, key: LayoutCell | LayoutEmotion, variant: number, markup: string): void;
}

/** Returns {@link renderSvg}'s document, handing its parts to `parts` when given. */
export function writeSvg(layout: JourneyLayout, options: RenderSvgOptions | undefined, parts: SvgParts | undefined): string {
  const { theme, idPrefix, responsive } = normalizeRenderOptions(options);
  const w = n(layout.width);
  const h = n(layout.height);
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const out = parts ? parts.sink() : new StringSink();
  const top = parts ? new StringSink() : out;
  for (const piece of [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" ${responsive ? 'width="100%" preserveAspectRatio="xMidYMin meet"' : `width="${w}" height="${h}"`} role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">`,
    `<title id="${titleId}">${esc(layout.summary.accTitle ?? layout.summary.title)}</title>`,
    `<desc id="${descId}">${esc(layout.summary.accDescr ?? describeLayout(layout.summary))}</desc>`,
    `<rect class="jk-background" x="0" y="0" width="${w}" height="${h}" fill="${theme.background}"/>`,
  ]) {
    top.push(piece);
  }
  // The stack holds apostrophes; inside a double-quoted attribute they need no escaping.
  const family = layout.fontFamily === FONT_FAMILY ? FONT_FAMILY : esc(layout.fontFamily);
  top.push(`<g font-family="${family}" fill="${theme.text}">`);

  // Lane backgrounds (alternating within each row), then the rules between stages.
  let rowStart = 0;
  layout.lanes.forEach((lane, i) => {
    if (i > 0 && lane.row !== layout.lanes[i - 1]?.row) rowStart = i;
    top.push(
      `<rect class="jk-lane" data-lane="${esc(lane.id)}" x="0" y="${n(lane.y)}" width="${w}" height="${n(lane.height)}" fill="${(i - rowStart) % 2 ? theme.laneFillAlt : theme.laneFill}"/>`,
    );
  });
  const rules = stageRules(layout);
  if (rules) top.push(`<path class="jk-stage-rule" d="${rules}" fill="none" stroke="${theme.grid}" stroke-width="1"/>`);
  if (layout.blueprint) blueprintLinesSvg(top, layout.blueprint, theme);

  if (parts) parts.head(out, top.toString());

  const paint = cellPaint(theme);
  const fonts = new AttributeCache(theme.mutedText);
  if (layout.title) drawCell(out, layout.title, theme, `" fill="${theme.background}" stroke="none"/>`, parts, fonts);
  for (const lane of layout.lanes) drawCell(out, lane.label, theme, paint[lane.label.kind], parts, fonts);
  if (layout.flow) {
    const flow = layout.flow;
    const label = flowLabelPaint(theme);
    drawBetween(out, parts, (sink) => renderFlow(sink, flow, theme, (c) => cell(sink, c, theme, label, undefined, fonts)), flow);
  }
  const cells = layout.cells;
  if (parts) {
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] as LayoutCell;
      drawCell(out, c, theme, paint[c.kind], parts, fonts);
    }
  } else if (cells.length > 0) {
    // Each cell's end and the next one's start as one piece.
    let end = "";
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] as LayoutCell;
      end = cellBody(out, c, theme, paint[c.kind], undefined, fonts, i === 0 ? CELL_START : end === TEXT_END ? TEXT_END_CELL_START : G_END_CELL_START);
    }
    out.push(end);
  }
  const blueprint = layout.blueprint;
  if (blueprint) drawBetween(out, parts, (sink) => blueprintMarksSvg(sink, blueprint, theme), blueprint);
  const emotions = layout.rows ? layout.rows.flatMap((row) => (row.emotion ? [row.emotion] : [])) : layout.emotion ? [layout.emotion] : [];
  emotions.forEach((e, i) => {
    const variant = i === 0 ? 1 : 0;
    if (!parts) emotion(out, e, theme, paint, idPrefix, i === 0, fonts);
    else if (!parts.part(out, e, variant)) {
      const one = new StringSink();
      emotion(one, e, theme, paint, idPrefix, i === 0, fonts);
      parts.drawn(out, e, variant, one.toString());
    }
  });
  out.push("</g></svg>");
  return out.toString();
}

/** The path data of the rules between stages (and before the journey column), row by row. */
function stageRules(layout: JourneyLayout): string {
  const [a, b] = layout.stages;
  const gap = a && b && a.row === b.row ? (b.x - (a.x + a.width)) / 2 : 0;
  let rules = "";
  const rows = layout.rows ?? [undefined];
  rows.forEach((_, r) => {
    const lanes = layout.lanes.filter((lane) => (lane.row ?? 0) === r);
    const first = lanes[0];
    const last = lanes[lanes.length - 1];
    if (!first || !last) return;
    const rule = (x: number) => `M${n(x - gap)} ${n(first.y)}V${n(last.y + last.height)}`;
    const stages = layout.stages.filter((s) => (s.row ?? 0) === r);
    for (let i = 1; i < stages.length; i++) rules += rule((stages[i] as { x: number }).x);
    const journey = layout.columns[layout.columns.length - 1];
    if (journey?.kind === "journey" && (journey.row ?? 0) === r && layout.stages.length > 0) rules += rule(journey.x);
  });
  return rules;
}

/** The end of each kind of box's `<rect>`: its fill and outline, built once per call. */
function cellPaint(theme: Theme): Record<CellKind, string> {
  const paint = {} as Record<CellKind, string>;
  for (const kind of Object.keys(FILL) as CellKind[]) paint[kind] = `" rx="4" fill="${theme[FILL[kind]]}" stroke="${theme.border}"/>`;
  return paint;
}

/** How to draw the glyphs of the emotion lane's cells: the id prefix of its symbols, and each curve's colour and dash. */
interface GlyphStyle {
  idPrefix: string;
  colour: (series: number) => string;
  dash: (series: number) => string;
}

/** Draws markup that is not a part into `out`, through `parts` (as one string) when given. */
function drawBetween(out: StringSink, parts: SvgParts | undefined, draw: (sink: StringSink) => void, key?: object): void {
  if (!parts) {
    draw(out);
    return;
  }
  const known = key === undefined ? undefined : parts.betweenOf(key);
  if (known !== undefined) {
    parts.between(out, known);
    return;
  }
  const one = new StringSink();
  draw(one);
  parts.between(out, one.toString(), key);
}

/** Draws one top-level cell, through `parts` when given. */
function drawCell(out: StringSink, c: LayoutCell, theme: Theme, paint: string | undefined, parts: SvgParts | undefined, fonts: AttributeCache): void {
  if (!parts) cell(out, c, theme, paint, undefined, fonts);
  else if (!parts.part(out, c, 0)) {
    const one = new StringSink();
    cell(one, c, theme, paint, undefined, fonts);
    parts.drawn(out, c, 0, one.toString());
  }
}

function cell(out: StringSink, c: LayoutCell, theme: Theme, paint: string | undefined, glyphs: GlyphStyle | undefined, fonts: AttributeCache): void {
  out.push(cellBody(out, c, theme, paint, glyphs, fonts, CELL_START));
}

const CELL_START = '<g class="jk-cell" data-id="';
const TEXT_END = "</text></g>";
const G_END = "</g>";
const TEXT_END_CELL_START = TEXT_END + CELL_START;
const G_END_CELL_START = G_END + CELL_START;

/** Writes a cell from `start` (its start tag up to the `data-id` value, or that after the previous cell's end) up to its end, and returns the end: {@link TEXT_END} or {@link G_END}. */
function cellBody(out: StringSink, c: LayoutCell, theme: Theme, paint: string | undefined, glyphs: GlyphStyle | undefined, fonts: AttributeCache, start: string): string {
  let end = paint ?? `" fill="none" stroke="${theme.border}"/>`;
  if (c.outline === "dashed") end = end.replace("/>", ' stroke-dasharray="4 3"/>');
  const lines = c.lines;
  // The first line's start goes with the box's end when no glyph comes between them.
  const joined = c.glyphs === undefined && lines.length > 0;
  // The cell as one piece, concatenated: joining a piece costs more than a concatenation,
  // and the runs between the numbers come from `fonts`, made once per render.
  let markup =
    c.fullText === undefined
      ? start + esc(c.entityId) + fonts.laneAttribute(c.laneId, true)
      : `${start}${esc(c.entityId)}${fonts.laneAttribute(c.laneId, false)}<title>${esc(c.fullText)}</title><rect class="jk-box" x="`;
  markup += n(c.x) + fonts.boxYRunOf(c.y) + n(c.width) + fonts.heightRun(c.height, end, joined);
  if (c.glyphs) {
    out.push(markup);
    markup = "";
    for (const g of c.glyphs) glyph(out, g, theme, glyphs);
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LayoutLine;
    // Each line's end and the next one's start as one run.
    if (i > 0) markup += LINE_BETWEEN;
    else if (!joined) markup += LINE_START;
    markup += n(line.x) + fonts.lineTail(i, line.y, line.font, line.muted) + esc(line.text);
  }
  out.push(markup);
  return lines.length > 0 ? TEXT_END : G_END;
}

const LINE_BETWEEN = `</text>${LINE_START}`;
const POINT_START = '<use class="jk-point" data-id="';

function glyph(out: StringSink, g: LayoutGlyph, theme: Theme, glyphs: GlyphStyle | undefined): void {
  if (g.type === "bar") {
    const stroke = g.tone === "track" ? ` stroke="${theme.border}" stroke-width="1"` : ` stroke="${theme.background}" stroke-width="0.5"`;
    out.push(`<rect class="jk-bar" data-tone="${g.tone}" x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" height="${n(g.height)}" fill="${barFill(theme, g.tone)}"${stroke}/>`);
  } else if (glyphs && g.type === "stroke") {
    out.push(`<path class="jk-swatch" d="M${n(g.x1)} ${n(g.y1)}H${n(g.x2)}" fill="none" stroke="${glyphs.colour(g.series)}" stroke-width="2"${glyphs.dash(g.series)}/>`);
  } else if (glyphs && g.type === "symbol") {
    out.push(`<use class="jk-symbol" href="#${glyphs.idPrefix}-symbol-${esc(g.shape)}" x="${n(g.x)}" y="${n(g.y)}" fill="${theme.text}"/>`);
  }
}

/** The fill of a bar segment: the background for the empty track, the first curve colour for a measured share and the top box, the second for the bottom box, the grid colour for neutral answers. */
function barFill(theme: Theme, tone: BarTone): string {
  if (tone === "track") return theme.background;
  if (tone === "neutral") return theme.grid;
  if (tone === "bottom") return curveColour(theme, 1);
  return curveColour(theme, 0);
}

function text(out: StringSink, line: LayoutLine, fonts: AttributeCache, cls: string): void {
  out.push(`<text class="${cls}" x="`);
  out.push(n(line.x));
  out.push('" y="');
  out.push(n(line.y));
  out.push(fonts.lineTagEnd(line.font, line.muted));
  out.push(esc(line.text));
  out.push("</text>");
}

function curveColour(theme: Theme, index: number): string {
  return theme.curves[index % theme.curves.length] as string;
}

function dashAttribute(dash: readonly number[]): string {
  return dash.length ? ` stroke-dasharray="${dash.map(n).join(" ")}"` : "";
}

/** `series` ordered by how much of its length the dash pattern inks, most first (solid lines first); ties keep their order. */
function byInk(series: readonly LayoutSeries[]): LayoutSeries[] {
  const ink = (dash: readonly number[]) => {
    if (dash.length === 0) return 1;
    const on = dash.reduce((sum, d, i) => sum + (i % 2 === 0 ? d : 0), 0);
    return on / dash.reduce((sum, d) => sum + d, 0);
  };
  return [...series].sort((a, b) => ink(b.dash) - ink(a.dash) || a.index - b.index);
}

function emotion(out: StringSink, e: LayoutEmotion, theme: Theme, paint: Record<CellKind, string>, idPrefix: string, defs: boolean, fonts: AttributeCache): void {
  out.push(`<g class="jk-emotion" data-lane="emotion">`);
  if (defs) {
    out.push("<defs>");
    for (const [shape, d] of Object.entries(e.symbols)) out.push(`<path id="${idPrefix}-symbol-${esc(shape)}" d="${esc(d)}"/>`);
    out.push("</defs>");
  }
  let grid = "";
  for (const tick of e.ticks) grid += `M${n(e.plot.x)} ${n(tick.y)}H${n(e.plot.x + e.plot.width)}`;
  if (e.plot.width > 0) out.push(`<path class="jk-grid" d="${grid}" fill="none" stroke="${theme.grid}" stroke-width="1"/>`);
  for (const tick of e.ticks) text(out, tick.label, fonts, "jk-axis");
  // Each persona keeps one colour for its actual and expected curves; each curve has its own dash.
  const actual = e.series.filter((x) => x.kind === "actual");
  const colourOf = (index: number) => {
    const series = e.series[index];
    const persona = series ? actual.findIndex((x) => x.personaId === series.personaId) : -1;
    return curveColour(theme, Math.max(0, persona));
  };
  // Curves never hide one another: the thick actual curves under the thin expected ones, and
  // within each, the ones with more ink (solid first) under the sparser dashes, so a curve
  // below shows through the gaps of one on top. Points go over every curve.
  const hrefs = new Map<string, string>();
  const symbolHref = (shape: string) => {
    let href = hrefs.get(shape);
    if (href === undefined) {
      href = `" href="#${idPrefix}-symbol-${esc(shape)}" x="`;
      hrefs.set(shape, href);
    }
    return href;
  };
  const yRuns = new Map<number, [string, string]>();
  const pointY = (y: number, last: boolean) => {
    let runs = yRuns.get(y);
    if (runs === undefined) {
      const run = `" y="${n(y)}"/>`;
      runs = [run + POINT_START, `${run}</g>`];
      if (yRuns.size < 64) yRuns.set(y, runs);
    }
    return runs[last ? 1 : 0];
  };
  const order = [...byInk(actual), ...byInk(e.series.filter((x) => x.kind === "expected"))];
  for (const series of order) {
    const expected = series.kind === "expected";
    if (!series.path) continue;
    out.push(
      `<path class="jk-curve" data-series="${n(series.index)}" d="${esc(series.path)}" fill="none" stroke="${colourOf(series.index)}" stroke-width="${expected ? 1.5 : 2.5}"${dashAttribute(series.dash)} stroke-linecap="round"/>`,
    );
  }
  for (const series of order) {
    const colour = colourOf(series.index);
    const expected = series.kind === "expected";
    // Expected points are hollow. One group per curve carries the paint, so a point is short.
    // A point's `y` run ends its tag and starts the next point's (or ends the group).
    const points = series.points;
    out.push(
      `<g class="jk-points" data-series="${n(series.index)}" fill="${expected ? theme.background : colour}" stroke="${expected ? colour : theme.background}" stroke-width="${expected ? 1.5 : 1}">${points.length > 0 ? POINT_START : "</g>"}`,
    );
    for (let i = 0; i < points.length; i++) {
      const p = points[i] as LayoutPoint;
      out.push(esc(p.touchpointId) + symbolHref(p.shape) + n(p.x) + pointY(p.y, i === points.length - 1));
    }
  }
  if (e.measured) measured(out, e.measured, theme, colourOf);
  const style: GlyphStyle = { idPrefix, colour: colourOf, dash: (index) => dashAttribute(e.series[index]?.dash ?? []) };
  for (const c of e.cells) cell(out, c, theme, paint[c.kind], style, fonts);
  out.push("</g>");
}

/** Measured emotions: segments between them (dashed to a hollow point), a whisker for each interval, and a square per point, hollow under `minN`. */
function measured(out: StringSink, m: NonNullable<LayoutEmotion["measured"]>, theme: Theme, colourOf: (series: number) => string): void {
  out.push('<g class="jk-measured">');
  for (const s of m.segments) {
    const dash = s.dashed ? ' stroke-dasharray="3 3"' : "";
    out.push(`<path class="jk-measured-segment" d="M${n(s.x1)} ${n(s.y1)}L${n(s.x2)} ${n(s.y2)}" fill="none" stroke="${colourOf(s.series)}" stroke-width="1.5"${dash}/>`);
  }
  for (const p of m.points) {
    const colour = colourOf(p.series);
    const whisker = `M${n(p.x)} ${n(p.yLow)}V${n(p.yHigh)}M${n(p.x - 4)} ${n(p.yLow)}H${n(p.x + 4)}M${n(p.x - 4)} ${n(p.yHigh)}H${n(p.x + 4)}`;
    out.push(`<path class="jk-whisker" data-id="${esc(p.touchpointId)}" d="${whisker}" fill="none" stroke="${colour}" stroke-width="1.5"/>`);
    const fill = p.hollow ? theme.background : colour;
    out.push(
      `<rect class="jk-measured-point" data-id="${esc(p.touchpointId)}" data-survey="${esc(p.surveyId)}" x="${n(p.x - 4)}" y="${n(p.y - 4)}" width="8" height="8" fill="${fill}" stroke="${colour}" stroke-width="1.5"/>`,
    );
  }
  out.push("</g>");
}
