import { LANE_CELL_FILLS } from "../layout/lanes/index";
import { FONT_FAMILY } from "../layout/text/index";
import type { CellKind, JourneyLayout, LayoutCell, LayoutEmotion, LayoutLine } from "../layout/types";
import { describeLayout } from "./describe-layout";
import { escapeText as esc } from "./escape";
import { formatNumber as n } from "../analysis/format";
import { normalizeRenderOptions, type RenderSvgOptions } from "./options";
import { StringSink } from "../layout/string-sink";
import type { Theme } from "./theme";

type Fill = keyof Omit<Theme, "curves">;

/** The fill of each kind of box: the title's and the labels', then what each lane module declares. */
const FILL: Readonly<Record<CellKind, Fill>> = { title: "background", lane: "labelFill", ...LANE_CELL_FILLS };

/**
 * Returns `layout` drawn as a standalone SVG document: well-formed XML with `viewBox`,
 * `role="img"`, a `<title>` and a `<desc>` that describes the journey in words. Every
 * string is escaped (characters XML cannot hold are removed); there is no script, event
 * attribute, `foreignObject` or external reference; ids start with `idPrefix`; numbers
 * have at most 2 decimals, so the same input always gives the same bytes. Each text box is
 * `<g class="jk-cell" data-id data-lane>` with one `<rect class="jk-box">` and one
 * `<text class="jk-line">` per line. Throws a `TypeError` or `RangeError` naming the option
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
  const { theme, idPrefix } = normalizeRenderOptions(options);
  const w = n(layout.width);
  const h = n(layout.height);
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const out = new StringSink();
  for (const piece of [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">`,
    `<title id="${titleId}">${esc(layout.summary.accTitle ?? layout.summary.title)}</title>`,
    `<desc id="${descId}">${esc(layout.summary.accDescr ?? describeLayout(layout.summary))}</desc>`,
    `<rect class="jk-background" x="0" y="0" width="${w}" height="${h}" fill="${theme.background}"/>`,
  ]) {
    out.push(piece);
  }
  // The stack holds apostrophes; inside a double-quoted attribute they need no escaping.
  const family = layout.fontFamily === FONT_FAMILY ? FONT_FAMILY : esc(layout.fontFamily);
  out.push(`<g font-family="${family}" fill="${theme.text}">`);

  // Lane backgrounds, then the rules between stages.
  layout.lanes.forEach((lane, i) => {
    out.push(
      `<rect class="jk-lane" data-lane="${esc(lane.id)}" x="0" y="${n(lane.y)}" width="${w}" height="${n(lane.height)}" fill="${i % 2 ? theme.laneFillAlt : theme.laneFill}"/>`,
    );
  });
  const first = layout.lanes[0];
  const last = layout.lanes[layout.lanes.length - 1];
  if (first && last) {
    const [a, b] = layout.stages;
    const gap = a && b ? (b.x - (a.x + a.width)) / 2 : 0;
    let rules = "";
    const rule = (x: number) => `M${n(x - gap)} ${n(first.y)}V${n(last.y + last.height)}`;
    for (let i = 1; i < layout.stages.length; i++) rules += rule((layout.stages[i] as { x: number }).x);
    const journey = layout.columns[layout.columns.length - 1];
    if (journey?.kind === "journey" && layout.stages.length > 0) rules += rule(journey.x);
    if (rules) out.push(`<path class="jk-stage-rule" d="${rules}" fill="none" stroke="${theme.grid}" stroke-width="1"/>`);
  }

  const paint = cellPaint(theme);
  if (layout.title) cell(out, layout.title, theme, `" fill="${theme.background}" stroke="none"/>`);
  for (const lane of layout.lanes) cell(out, lane.label, theme, paint[lane.label.kind]);
  for (const c of layout.cells) cell(out, c, theme, paint[c.kind]);
  if (layout.emotion) emotion(out, layout.emotion, theme, paint, idPrefix);
  out.push("</g></svg>");
  return out.toString();
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

function cell(out: StringSink, c: LayoutCell, theme: Theme, paint: string | undefined, glyphs?: GlyphStyle): void {
  const title = c.fullText === undefined ? "" : `<title>${esc(c.fullText)}</title>`;
  out.push(
    `<g class="jk-cell" data-id="${esc(c.entityId)}" data-lane="${esc(c.laneId)}">${title}<rect class="jk-box" x="${n(c.x)}" y="${n(c.y)}" width="${n(c.width)}" height="${n(c.height)}${paint ?? `" fill="none" stroke="${theme.border}"/>`}`,
  );
  if (c.glyphs && glyphs) {
    for (const g of c.glyphs) {
      if (g.type === "stroke") {
        out.push(`<path class="jk-swatch" d="M${n(g.x1)} ${n(g.y1)}H${n(g.x2)}" fill="none" stroke="${glyphs.colour(g.series)}" stroke-width="2"${glyphs.dash(g.series)}/>`);
      } else {
        out.push(`<use class="jk-symbol" href="#${glyphs.idPrefix}-symbol-${esc(g.shape)}" x="${n(g.x)}" y="${n(g.y)}" fill="${theme.text}"/>`);
      }
    }
  }
  for (const line of c.lines) text(out, line, theme);
  out.push("</g>");
}

function text(out: StringSink, line: LayoutLine, theme: Theme, cls = "jk-line"): void {
  const weight = line.font.weight === "bold" ? '" font-weight="bold' : "";
  const fill = line.muted ? `" fill="${theme.mutedText}` : "";
  out.push(`<text class="${cls}" x="${n(line.x)}" y="${n(line.y)}" font-size="${n(line.font.size)}${weight}${fill}">${esc(line.text)}</text>`);
}

function curveColour(theme: Theme, index: number): string {
  return theme.curves[index % theme.curves.length] as string;
}

function dashAttribute(dash: readonly number[]): string {
  return dash.length ? ` stroke-dasharray="${dash.map(n).join(" ")}"` : "";
}

function emotion(out: StringSink, e: LayoutEmotion, theme: Theme, paint: Record<CellKind, string>, idPrefix: string): void {
  out.push(`<g class="jk-emotion" data-lane="emotion"><defs>`);
  for (const [shape, d] of Object.entries(e.symbols)) out.push(`<path id="${idPrefix}-symbol-${esc(shape)}" d="${esc(d)}"/>`);
  out.push("</defs>");
  let grid = "";
  for (const tick of e.ticks) grid += `M${n(e.plot.x)} ${n(tick.y)}H${n(e.plot.x + e.plot.width)}`;
  if (e.plot.width > 0) out.push(`<path class="jk-grid" d="${grid}" fill="none" stroke="${theme.grid}" stroke-width="1"/>`);
  for (const tick of e.ticks) text(out, tick.label, theme, "jk-axis");
  // Each persona keeps one colour for its actual and expected curves; each curve has its own dash.
  const actual = e.series.filter((x) => x.kind === "actual");
  const colourOf = (index: number) => {
    const series = e.series[index];
    const persona = series ? actual.findIndex((x) => x.personaId === series.personaId) : -1;
    return curveColour(theme, Math.max(0, persona));
  };
  // Expected curves under the actual ones.
  for (const series of [...e.series.filter((x) => x.kind === "expected"), ...actual]) {
    const colour = colourOf(series.index);
    const expected = series.kind === "expected";
    if (series.path) {
      out.push(
        `<path class="jk-curve" data-series="${n(series.index)}" d="${esc(series.path)}" fill="none" stroke="${colour}" stroke-width="${expected ? 1.5 : 2.5}"${dashAttribute(series.dash)} stroke-linecap="round"/>`,
      );
    }
    // Expected points are hollow. One group per curve carries the paint, so a point is short.
    out.push(`<g class="jk-points" data-series="${n(series.index)}" fill="${expected ? theme.background : colour}" stroke="${expected ? colour : theme.background}" stroke-width="${expected ? 1.5 : 1}">`);
    for (const p of series.points) {
      out.push(`<use class="jk-point" data-id="${esc(p.touchpointId)}" href="#${idPrefix}-symbol-${esc(p.shape)}" x="${n(p.x)}" y="${n(p.y)}"/>`);
    }
    out.push("</g>");
  }
  const style: GlyphStyle = { idPrefix, colour: colourOf, dash: (index) => dashAttribute(e.series[index]?.dash ?? []) };
  for (const c of e.cells) cell(out, c, theme, paint[c.kind], style);
  out.push("</g>");
}
