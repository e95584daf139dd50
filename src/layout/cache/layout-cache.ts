import type { DrawLane, DrawLaneInput, DrawnLane, ItemLane, LaneContext } from "../lanes/lane";
import { type MeasuredLane, measureLane, type Natural } from "../measure";
import type { ResolvedLayoutOptions } from "../options";
import type { Wrap } from "../wrap";
import { type LaneRecord, reuseCells } from "./cell-reuse";
import { DRAW_KEYS, sameKey } from "./draw-keys";
import { sameOutput } from "./same-output";
import { WrapMemo } from "./wrap-memo";

/** Raises each of `into` to the matching entry of `from`, as measuring the lane would have. */
function widen(into: number[], from: readonly number[]): void {
  for (let i = 0; i < into.length; i++) if ((from[i] as number) > (into[i] as number)) into[i] = from[i] as number;
}

interface DrawRecord {
  key: unknown[];
  drawn: DrawnLane;
}

/**
 * What one layout keeps for the next, so that an edit costs what it changed: wrapped
 * paragraphs (by font, width and text), each lane's boxes and the cells made of them (a
 * box whose content, place and width are the previous call's gets the previous cell, the
 * same object), and the drawings of lanes that lay themselves out and have a key in
 * {@link DRAW_KEYS} (the emotion curve). A lane of boxes is cached by what its module hands
 * the layout, so a new lane in `lanes/registry.ts` is cached with no code here.
 *
 * One cache belongs to one set of layout options: make a new one when they change. The
 * cells and drawings it hands back are shared between the layouts that contain them, which
 * is why a layout made with a cache must be treated as read-only.
 */
export class LayoutCache {
  private readonly wraps = new WrapMemo();
  private lanes = new Map<string, LaneRecord>();
  private nextLanes = new Map<string, LaneRecord>();
  private draws = new Map<string, DrawRecord[]>();
  private nextDraws = new Map<string, DrawRecord[]>();

  /** Starts a layout call: returns its memoised wrap and forgets what an unfinished call left. */
  begin(options: ResolvedLayoutOptions): Wrap {
    this.nextLanes = new Map();
    this.nextDraws = new Map();
    return this.wraps.wrap(options);
  }

  /**
   * The measure phase of one lane of boxes ({@link measureLane}), reusing the previous
   * call's measured lane when the lane hands over the same boxes (see {@link sameOutput}),
   * and letting its boxes reuse the previous call's cells where their place is unchanged.
   */
  measure(lane: ItemLane, context: LaneContext, options: ResolvedLayoutOptions, wrap: Wrap, natural: Natural): MeasuredLane {
    const previous = this.lanes.get(context.laneId);
    const fits = previous && previous.natural.columns.length === natural.columns.length && previous.natural.groups.length === natural.groups.length;
    let measured: MeasuredLane;
    let own: Natural;
    if (previous && fits && sameOutput(lane, context, previous.measured)) {
      measured = previous.measured;
      own = previous.natural;
    } else {
      own = { columns: new Array<number>(natural.columns.length).fill(0), groups: new Array<number>(natural.groups.length).fill(0) };
      measured = measureLane(lane, context, options, wrap, own);
    }
    widen(natural.columns, own.columns);
    widen(natural.groups, own.groups);
    this.nextLanes.set(context.laneId, reuseCells(measured, own, previous));
    return measured;
  }

  /** Draws a lane that lays itself out, or hands back the previous call's drawing of it when its key is unchanged. */
  readonly draw = (module: DrawLane, input: DrawLaneInput): DrawnLane => {
    const key = DRAW_KEYS[module.id]?.(input);
    if (key === undefined) return module.draw(input);
    const done = this.nextDraws.get(module.id) ?? [];
    this.nextDraws.set(module.id, done);
    // With `wrap`, a lane is drawn once per row: the n-th drawing of this call matches the n-th of the last.
    const previous = this.draws.get(module.id)?.[done.length];
    const drawn = previous && sameKey(previous.key, key) ? previous.drawn : module.draw(input);
    done.push({ key, drawn });
    return drawn;
  };

  /** Ends a layout call: what it made is what the next call reuses. */
  commit(): void {
    this.lanes = this.nextLanes;
    this.draws = this.nextDraws;
    this.nextLanes = new Map();
    this.nextDraws = new Map();
    this.wraps.sweep();
  }
}
