import type { placeLane } from "./geometry";
import type { ColumnPlan } from "./columns";
import type { ItemLane, LaneContext } from "./lanes/lane";
import { type ItemSink, MeasuredItems, type TextSpec } from "./measured-items";
import type { ResolvedLayoutOptions } from "./options";
import { markInset } from "./text/ink-extent";
import type { CellKind, LayoutCell } from "./types";
import type { Wrap } from "./wrap";

/** A box across a stage: its text waits to be wrapped, once, to the stage's width. */
export interface SpanItem {
  kind: CellKind;
  entityId: string;
  group: number;
  paragraphs: TextSpec[];
}

/**
 * One lane, measured: the boxes of its columns wrapped to the widest a column may be (a
 * line that fits the widest column fits the column it ends up in, which is at least as
 * wide as that line), and the boxes across stages, in the order the lane made them.
 */
export interface MeasuredLane {
  columns: MeasuredItems;
  spans: SpanItem[];
  /** Whether the column boxes came in column order (so placement needs no sort). */
  ordered: boolean;
  /** The column boxes in column order, and the spans by group: made by the first row that places the lane. */
  order?: ArrayLike<number>;
  spansByGroup?: Map<number, SpanItem[]>;
  /**
   * Makes the cell of column box `i` in its place (a {@link MeasuredItems.cell} without
   * indent or glyphs); set by a layout cache to hand back the previous call's cell where
   * nothing about it changed.
   */
  cell?: (i: number, laneId: string, x: number, y: number, width: number, padding: number) => LayoutCell;
  /** Places the lane in one row, as `placeLane` does; set by a layout cache to hand back the previous call's placement where nothing about it changed. */
  place?: typeof placeLane;
}

/** The widest line wanted by each column and by the boxes across each group. */
export interface Natural {
  columns: number[];
  groups: number[];
}

/** Returns empty {@link Natural} widths for `plan`. */
export function naturalWidths(plan: ColumnPlan): Natural {
  return { columns: new Array<number>(plan.kinds.length).fill(0), groups: new Array<number>(plan.groups.length).fill(0) };
}

/**
 * The measure phase for one lane of boxes: runs the lane module's `items` into a sink that
 * wraps each paragraph as it comes, and records the widest line of each column and stage in
 * `natural`.
 */
export function measureLane(lane: ItemLane, context: LaneContext, options: ResolvedLayoutOptions, wrap: Wrap, natural: Natural): MeasuredLane {
  const inner = options.columnMax - 2 * options.padding;
  const measured: MeasuredLane = { columns: new MeasuredItems(wrap, inner), spans: [], ordered: true };
  const { columns, spans } = measured;
  let last = 0;
  let span: SpanItem | undefined;
  const sink: ItemSink = {
    col(column, kind, entityId) {
      span = undefined;
      columns.start(kind as CellKind, entityId, column);
      if (column < last) measured.ordered = false;
      last = column;
    },
    span(group, kind, entityId) {
      span = { kind: kind as CellKind, entityId, group, paragraphs: [] };
      spans.push(span);
    },
    text(text, font, muted = false) {
      if (span) {
        span.paragraphs.push({ text, font, muted });
        // The stage's natural width: its text wrapped as one maximal column would wrap it.
        const inset = markInset(text, font);
        const w = wrap(text, inner - 2 * inset, font).width + 2 * inset;
        if (w > (natural.groups[span.group] as number)) natural.groups[span.group] = w;
        return;
      }
      const column = columns.slotOf(columns.length - 1);
      const w = columns.text(text, font, muted);
      if (w > (natural.columns[column] as number)) natural.columns[column] = w;
    },
  };
  lane.items(context, sink);
  return measured;
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
