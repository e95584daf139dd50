import type { JourneyMap } from "../../model/journey-map";
import type { ColumnPlan } from "../columns";
import type { EmotionValues } from "../emotion-values";
import type { FlowLaneInput, FlowLanePlacement } from "../flow/place-flow-lane";
import { layoutFlow } from "../flow/layout-flow";
import { type FlowPlan, planFlow } from "../flow/plan-flow";
import { layoutBlueprint, showsBlueprint } from "../blueprint/layout-blueprint";
import type { Placements } from "../placement";
import type { DrawLane, DrawLaneInput, DrawnLane, ItemLane, LaneContext } from "../lanes/lane";
import { type MeasuredLane, measureLane, type Natural } from "../measure";
import type { ResolvedLayoutOptions } from "../options";
import type { LayoutBlueprint } from "../blueprint/types";
import type { JourneyLayout, LayoutCell, LayoutFlow, LayoutFlowEdge } from "../types";
import type { Wrap } from "../wrap";
import { StackedCellMemo } from "./box-memo";
import { type LaneRecord, reuseCells } from "./cell-reuse";
import { DRAW_KEYS, sameKey } from "./draw-keys";
import { placeFlowLaneAgain } from "./flow-lane-memo";
import { type FlowRecord, memoFlow } from "./flow-memo";
import { blueprintKey } from "./blueprint-key";
import { memoPlacement } from "./lane-placement";
import { patchLane } from "./patch-lane";
import { memoPlan, type PlanRecord, sameEmotionInputs } from "./plan-memo";
import { diffLane } from "./same-output";
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
 * paragraphs (by font, width and text); the column plan and the emotion values; each lane's
 * boxes, the cells made of them (a box whose content, place and width are the previous
 * call's gets the previous cell, the same object) and its placement in each row; and the
 * drawings of lanes that lay themselves out and have a key in {@link DRAW_KEYS} (the
 * emotion curve, the lanes of service steps and time); a drawn flow's plan, and the tracks
 * and edges of its touchpoints lane in each row while their boxes keep their heights and
 * columns; and a blueprint's lines, arrows and badges while what they read is unchanged.
 * A lane of boxes is cached by what its module hands the layout, so a new lane in
 * `lanes/registry.ts` is cached with no code here; a new lane that lays itself out is
 * drawn anew every call until it has a key.
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
  /** The cells of each drawing of a lane that lays itself out, by lane id and drawing (one a row). */
  private boxes = new Map<string, StackedCellMemo[]>();
  private nextBoxes = new Map<string, StackedCellMemo[]>();
  private planned: PlanRecord | undefined;
  private nextPlanned: Partial<PlanRecord> = {};
  private flowRecord: FlowRecord | undefined;
  private nextFlowRecord: FlowRecord | undefined;
  private flowPlacements: FlowLanePlacement[] = [];
  private nextFlowPlacements: FlowLanePlacement[] = [];
  private drawnFlow: LayoutFlow | undefined;
  private nextDrawnFlow: LayoutFlow | undefined;
  private drawnBlueprint: { key: unknown[]; blueprint: LayoutBlueprint | undefined } | undefined;
  private nextDrawnBlueprint: { key: unknown[]; blueprint: LayoutBlueprint | undefined } | undefined;

  /** The answers for arrays of column positions compared in this call, by the new array: every lane of a call compares the same ones. */
  private compared = new WeakMap<readonly number[], { with: readonly number[]; same: boolean }>();

  private readonly sameNumbers = (a: readonly number[], b: readonly number[]): boolean => {
    if (a === b) return true;
    const known = this.compared.get(b);
    if (known?.with === a) return known.same;
    let same = a.length === b.length;
    for (let i = 0; same && i < a.length; i++) same = a[i] === b[i];
    this.compared.set(b, { with: a, same });
    return same;
  };

  /** Starts a layout call: returns its memoised wrap and forgets what an unfinished call left. */
  begin(options: ResolvedLayoutOptions): Wrap {
    this.nextLanes = new Map();
    this.nextDraws = new Map();
    this.nextBoxes = new Map();
    this.nextPlanned = {};
    this.nextFlowRecord = undefined;
    this.nextFlowPlacements = [];
    this.nextDrawnFlow = undefined;
    this.nextDrawnBlueprint = undefined;
    return this.wraps.wrap(options);
  }

  /** The column plan of `map`: the previous call's when what it depends on is unchanged (see {@link samePlanInputs}), else `make`'s. */
  plan(map: JourneyMap, needsJourneyColumn: (places: Placements) => boolean, make: () => ColumnPlan): ColumnPlan {
    const plan = memoPlan(map, this.planned, needsJourneyColumn, make);
    this.nextPlanned = { map, plan, journeyColumn: plan.kinds[plan.kinds.length - 1] === "journey" };
    return plan;
  }

  /** The emotion values of `map` over `plan`: the previous call's when the plan, the persona ids and the touchpoints' emotions are unchanged, else `make`'s. */
  emotions(map: JourneyMap, plan: ColumnPlan, personaIds: readonly string[], make: () => EmotionValues): EmotionValues {
    const before = this.planned;
    const same = before && before.plan === plan && sameKey(before.personaIds, personaIds) && sameEmotionInputs(map, before.map);
    const emotions = same ? before.emotions : make();
    Object.assign(this.nextPlanned, { personaIds, emotions });
    return emotions;
  }

  /** The flow plan of `map` over `plan`: the previous call's when `plan` is and no touchpoint's flow fields changed (see {@link sameFlowInputs}), else {@link planFlow}'s. */
  flow(map: JourneyMap, plan: ColumnPlan): FlowPlan | undefined {
    this.nextFlowRecord = memoFlow(map, plan, this.flowRecord, () => planFlow(map, plan));
    return this.nextFlowRecord.flow;
  }

  /** The layout's drawn flow: the previous call's (the same object) when the plan and every edge are the previous call's, else {@link layoutFlow}'s. */
  layoutFlow(flow: FlowPlan, edges: LayoutFlowEdge[]): LayoutFlow {
    const before = this.drawnFlow;
    const same = before !== undefined && this.flowRecord?.flow === flow && before.edges.length === edges.length && before.edges.every((e, i) => e === edges[i]);
    this.nextDrawnFlow = same ? before : layoutFlow(flow, edges);
    return this.nextDrawnFlow;
  }

  /** The lines, arrows and badges of a blueprint shown in `layout` ({@link layoutBlueprint}): the previous call's (the same object) when what they read is unchanged (see {@link blueprintKey}). */
  blueprint(map: JourneyMap, layout: JourneyLayout, options: ResolvedLayoutOptions): LayoutBlueprint | undefined {
    if (!showsBlueprint(options)) return undefined;
    const key = blueprintKey(map, layout);
    const before = this.drawnBlueprint;
    this.nextDrawnBlueprint = before && sameKey(before.key, key) ? { key, blueprint: before.blueprint } : { key, blueprint: layoutBlueprint(map, layout, options) };
    return this.nextDrawnBlueprint.blueprint;
  }

  /** Places the touchpoints lane of a drawn flow in one row, reusing the previous call's placement of the row where it can (see {@link placeFlowLaneAgain}). */
  readonly placeFlow = (input: FlowLaneInput, cells: LayoutCell[], edges: LayoutFlowEdge[]): FlowLanePlacement => {
    const placed = placeFlowLaneAgain(input, cells, edges, this.flowPlacements[this.nextFlowPlacements.length], this.sameNumbers);
    this.nextFlowPlacements.push(placed);
    return placed;
  };

  /**
   * The measure phase of one lane of boxes ({@link measureLane}), reusing the previous
   * call's measured lane when the lane hands over the same boxes (see {@link diffLane}),
   * or its other boxes when only some boxes' paragraphs changed; and letting the boxes
   * reuse the previous call's cells where their place is unchanged.
   */
  measure(lane: ItemLane, context: LaneContext, options: ResolvedLayoutOptions, wrap: Wrap, natural: Natural): MeasuredLane {
    const previous = this.lanes.get(context.laneId);
    const fits = previous && previous.natural.columns.length === natural.columns.length && previous.natural.groups.length === natural.groups.length;
    const diff = previous && fits ? diffLane(lane, context, previous.measured) : undefined;
    let record: LaneRecord;
    if (previous && diff?.same) record = reuseCells(previous.measured, previous.natural, previous);
    else if (previous && diff && !diff.same) {
      const patched = patchLane(previous, diff.boxes, wrap, options.columnMax - 2 * options.padding);
      record = reuseCells(patched.measured, patched.natural, previous, diff.boxes);
    } else {
      const own = { columns: new Array<number>(natural.columns.length).fill(0), groups: new Array<number>(natural.groups.length).fill(0) };
      record = reuseCells(measureLane(lane, context, options, wrap, own), own, previous);
    }
    memoPlacement(record.measured, previous?.measured === record.measured ? previous.placements : undefined, record.placements, this.sameNumbers);
    widen(natural.columns, record.natural.columns);
    widen(natural.groups, record.natural.groups);
    this.nextLanes.set(context.laneId, record);
    return record.measured;
  }

  /**
   * Draws a lane that lays itself out, or hands back the previous call's drawing of it when
   * its key is unchanged; a lane drawn again gets the previous drawing's cells of the boxes
   * that did not change (see {@link StackedCellMemo}).
   */
  readonly draw = (module: DrawLane, input: DrawLaneInput): DrawnLane => {
    // With `wrap`, a lane is drawn once per row: the n-th drawing of this call matches the n-th of the last.
    const memos = this.nextBoxes.get(module.id) ?? [];
    this.nextBoxes.set(module.id, memos);
    const memo = this.boxes.get(module.id)?.[memos.length] ?? new StackedCellMemo();
    memos.push(memo);
    const redraw = () => {
      memo.begin();
      return module.draw({ ...input, boxes: memo });
    };
    const key = DRAW_KEYS[module.id]?.(input);
    if (key === undefined) return redraw();
    const done = this.nextDraws.get(module.id) ?? [];
    this.nextDraws.set(module.id, done);
    const previous = this.draws.get(module.id)?.[done.length];
    const drawn = previous && sameKey(previous.key, key) ? previous.drawn : redraw();
    done.push({ key, drawn });
    return drawn;
  };

  /** Ends a layout call: what it made is what the next call reuses. */
  commit(): void {
    this.lanes = this.nextLanes;
    this.draws = this.nextDraws;
    this.boxes = this.nextBoxes;
    const planned = this.nextPlanned;
    this.planned = planned.map && planned.plan && planned.emotions && planned.personaIds ? (planned as PlanRecord) : undefined;
    this.nextLanes = new Map();
    this.nextDraws = new Map();
    this.nextBoxes = new Map();
    this.flowRecord = this.nextFlowRecord;
    this.flowPlacements = this.nextFlowPlacements;
    this.drawnFlow = this.nextDrawnFlow;
    this.drawnBlueprint = this.nextDrawnBlueprint;
    this.nextFlowRecord = undefined;
    this.nextFlowPlacements = [];
    let live = 0;
    for (const record of this.lanes.values()) live += record.measured.columns.paragraphCount + record.measured.spans.length;
    this.wraps.sweep(live);
  }
}
