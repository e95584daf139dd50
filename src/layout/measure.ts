import { makeCell } from "./cell";
import type { ColumnPlan } from "./columns";
import type { Item, ItemSink } from "./content";
import type { ResolvedLayoutOptions } from "./options";
import { markInset } from "./text/ink-extent";
import { sanitizeText, wrapText } from "./text/index";
import type { FontSpec, WrappedText } from "./text/types";
import type { LayoutCell } from "./types";

/** Wraps one paragraph: sanitised, to `width`, with the layout's `maxLines` and `measureText`. */
export type Wrap = (text: string, width: number, font: FontSpec) => WrappedText;

/** Returns the {@link Wrap} function for the resolved options. */
export function makeWrap(options: ResolvedLayoutOptions): Wrap {
  const maxLines = options.maxLines;
  const measureText = options.measureText;
  return (text, width, font) => {
    const clean = sanitizeText(text);
    return wrapText(clean, measureText ? { width, font, maxLines, measureText } : { width, font, maxLines });
  };
}

/**
 * Wraps every paragraph of `item` to `width` and returns the widest line, with the room a
 * paragraph keeps on each side for combining marks that reach past its letters.
 */
export function wrapItem(item: Item, width: number, wrap: Wrap): number {
  let widest = 0;
  for (const p of item.paragraphs) {
    const inset = markInset(p.text, p.font);
    p.inset = inset;
    p.wrapped = wrap(p.text, width - 2 * inset, p.font);
    const w = p.wrapped.width + 2 * inset;
    if (w > widest) widest = w;
  }
  return widest;
}

/**
 * One lane, measured: cells of column items (made at `0, 0`, placed by the geometry phase)
 * and the items that span a stage (wrapped again once the stage's width is known).
 *
 * Column cells are one flat list with the column of each beside it, rather than a list per
 * column: on a 10,000-touchpoint map that is some 50,000 small arrays fewer, each of which
 * would live until the geometry phase and be copied by every scavenge it survived.
 */
export interface LaneContent {
  span: (Item[] | undefined)[];
  /** Column cells in the order they were made. */
  cells: LayoutCell[];
  /** The column of each of `cells`. */
  columns: number[];
  /** Whether `columns` never decreases, so `cells` are already in column order. */
  ordered: boolean;
}

/** The widest line wanted by each column and by the spanning items of each group. */
export interface Natural {
  columns: number[];
  groups: number[];
}

/** Returns empty {@link Natural} widths for `plan`. */
export function naturalWidths(plan: ColumnPlan): Natural {
  return { columns: new Array<number>(plan.kinds.length).fill(0), groups: new Array<number>(plan.groups.length).fill(0) };
}

/**
 * The measure phase for one lane: returns an {@link ItemSink} that wraps each item to the
 * widest a column may be, makes its cell at once, and records the widest line of each
 * column and stage in `natural`; and the {@link LaneContent} it fills. Wrapping once at the
 * maximum is enough: a line that fits the widest column fits the column it ends up in,
 * which is at least as wide as that line.
 */
export function measureLane(laneId: string, options: ResolvedLayoutOptions, wrap: Wrap, natural: Natural): { sink: ItemSink; content: LaneContent } {
  const inner = options.columnMax - 2 * options.padding;
  const content: LaneContent = { span: [], cells: [], columns: [], ordered: true };
  let last = 0;
  const sink: ItemSink = {
    col(column, item) {
      const w = wrapItem(item, inner, wrap);
      if (w > (natural.columns[column] as number)) natural.columns[column] = w;
      content.cells.push(makeCell(item, laneId, 0, 0, 0, options.padding));
      content.columns.push(column);
      if (column < last) content.ordered = false;
      last = column;
    },
    span(group, item) {
      const w = wrapItem(item, inner, wrap);
      if (w > (natural.groups[group] as number)) natural.groups[group] = w;
      const list = content.span[group];
      if (list) list.push(item);
      else content.span[group] = [item];
    },
  };
  return { sink, content };
}

/**
 * Returns the width of each column: as wide as its widest line plus padding, within
 * `columnWidth.min…max`, whole pixels. A stage whose spanning text (its name, its metrics)
 * wants more room than its columns give widens them, each up to the maximum.
 */
export function columnWidths(plan: ColumnPlan, natural: Natural, options: ResolvedLayoutOptions): number[] {
  const { columnMin, columnMax, padding, gap } = options;
  const widths = natural.columns.map((w) => clamp(Math.ceil(w + 2 * padding), columnMin, columnMax));
  plan.groups.forEach((group, g) => {
    const need = Math.ceil((natural.groups[g] as number) + 2 * padding);
    const count = group.last - group.first + 1;
    let have = gap * (count - 1);
    for (let c = group.first; c <= group.last; c++) have += widths[c] as number;
    if (need <= have) return;
    const extra = Math.ceil((need - have) / count);
    for (let c = group.first; c <= group.last; c++) widths[c] = Math.min(columnMax, (widths[c] as number) + extra);
  });
  return widths;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
