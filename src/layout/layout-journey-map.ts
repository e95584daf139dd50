import type { JourneyMap } from "../model/journey-map";
import { layoutBlueprint } from "./blueprint/layout-blueprint";
import { round2 } from "./cell";
import { type ColumnPlan, planColumns } from "./columns";
import { type EmotionValues, emotionValues } from "./emotion-values";
import { makeFonts } from "./fonts";
import { flowSummary, layoutFlow } from "./flow/layout-flow";
import { planFlow } from "./flow/plan-flow";
import { type LaneModule, laneModule } from "./lanes/index";
import { columnWidths, type MeasuredLane, measureLane, naturalWidths } from "./measure";
import { type Placing, placeRows } from "./place-rows";
import { planRows, type Row } from "./rows";
import { MANY, textCell } from "./measured-items";
import { normalizeLayoutOptions } from "./normalize-options";
import type { Placements } from "./placement";
import type { LayoutJourneyMapOptions } from "./options";
import type { LayoutCache } from "./cache/layout-cache";
import { type ColumnScale, columnScale } from "./scales";
import { summarize } from "./summary";
import { FONT_FAMILY } from "./text/index";
import type { JourneyLayout, LayoutCell, LayoutColumn, LayoutStage } from "./types";
import { makeWrap } from "./wrap";

/**
 * Returns the layout of `map`: every box, wrapped line and curve with its position, as
 * plain serialisable data (see {@link JourneyLayout}). Columns are stages and their
 * touchpoints, rows are the chosen lanes; every row grows to fit its tallest cell, so
 * nothing is clipped and no two boxes of a lane overlap. Pain points sit in the column of
 * the first touchpoint they name, else across their stage, else in a trailing "Across the
 * journey" column; opportunities sit with the first touchpoint they name, else with their
 * first pain point, else in that trailing column. Expects a valid map (as
 * {@link parseJourneyMap} returns); throws a `TypeError` or `RangeError` naming the option
 * when an option is invalid.
 *
 * One way through, each phase reading only what the ones before made: options are
 * normalised; the column plan (with the journey column, if any) and the emotion values are
 * decided from the map; every lane's boxes are measured once (`measure.ts`); with
 * `lanes: "auto"` (the default) the lanes with nothing in them are left out; the columns
 * get their widths, the stages their rows (`rows.ts`: one row, or rows of at most
 * `wrap.maxWidth`) and the columns their positions (`scales.ts`); and each cell is made
 * once, in its place, row by row (`place-rows.ts`, `geometry.ts`, and `emotion.ts` for the
 * lane that lays itself out). Each lane is a module of `lanes/`, listed in `lanes/registry.ts`.
 *
 * @example
 * ```ts
 * import { layoutJourneyMap, parseJourneyMap } from "journeykit";
 *
 * const map = parseJourneyMap(json);
 * const layout = layoutJourneyMap(map, { lanes: ["stages", "touchpoints", "emotion", "painPoints"], maxLines: 3 });
 * const readme = layoutJourneyMap(map, { wrap: { maxWidth: 880 }, density: "compact" }); // rows of stages, readme.rows
 * for (const cell of layout.cells) {
 *   const { entityId, laneId, x, y, width, height } = cell; // the box, and what it shows
 *   const text = cell.lines.map((line) => line.text); // its wrapped lines
 * }
 * ```
 */
export function layoutJourneyMap(map: JourneyMap, options?: LayoutJourneyMapOptions): JourneyLayout {
  return layoutWithCache(map, options, undefined);
}

/**
 * Returns {@link layoutJourneyMap}'s layout of `map`, equal to it in every field, reusing
 * what `cache` kept from the previous call (see {@link LayoutCache}) when one is given.
 */
export function layoutWithCache(map: JourneyMap, options: LayoutJourneyMapOptions | undefined, cache: LayoutCache | undefined): JourneyLayout {
  const asked = normalizeLayoutOptions(map, options);
  const fonts = makeFonts(asked);
  const wrap = cache ? cache.begin(asked) : makeWrap(asked);
  const askedModules = asked.lanes.map(laneModule);
  const needsJourneyColumn = (places: Placements) => askedModules.some((m) => m.needsJourneyColumn?.(places) ?? false);
  const plan = cache ? cache.plan(map, needsJourneyColumn, () => planColumns(map, needsJourneyColumn)) : planColumns(map, needsJourneyColumn);
  const emotions = cache ? cache.emotions(map, plan, asked.personaIds, () => emotionValues(map, plan, asked.personaIds)) : emotionValues(map, plan, asked.personaIds);
  const flow = cache ? cache.flow(map, plan) : planFlow(map, plan);

  const natural = naturalWidths(plan);
  const askedMeasured = asked.lanes.map((lane, i) => {
    const module = askedModules[i] as LaneModule;
    if (!module.items) return undefined;
    const context = { map, plan, fonts, laneId: lane.id };
    return cache ? cache.measure(module, context, asked, wrap, natural) : measureLane(module, context, asked, wrap, natural);
  });
  // With "auto", lanes with nothing in them are left out; their (empty) measures changed no width.
  const shown = asked.lanes.map((lane, i) => !asked.autoLanes || hasContent(lane.id, askedMeasured[i], map, emotions, askedModules[i]?.hasContent?.(map, plan)));
  const resolved = { ...asked, lanes: asked.lanes.filter((_, i) => shown[i]) };
  const modules = askedModules.filter((_, i) => shown[i]);
  const measured = askedMeasured.filter((_, i) => shown[i]);
  const widths = columnWidths(plan, natural, resolved);
  const rows = planRows(plan, widths, resolved);
  const columns = columnScale(plan, widths, resolved, rows);
  const width = round2(columns.right + resolved.margin);

  const phase: Placing = { map, plan, columns, options: resolved, fonts, wrap, emotions };
  if (flow) phase.flow = flow;
  const title = resolved.title ? titleCell(phase, width) : undefined;
  const top = title ? round2(title.y + title.height + resolved.gap) : resolved.margin;
  const placed = placeRows(phase, rows, modules, measured, top, cache ? { draw: cache.draw, placeFlow: cache.placeFlow } : {});
  const wrapping = resolved.maxWidth !== undefined;
  const rowOf = wrapping ? rowsOfColumns(rows, plan.kinds.length) : undefined;

  const layout: JourneyLayout = {
    mapId: map.id,
    width,
    height: round2(placed.bottom + resolved.margin),
    fontFamily: FONT_FAMILY,
    padding: resolved.padding,
    summary: summarize(map, emotions),
    columns: layoutColumns(map, plan, columns, rowOf),
    stages: layoutStages(map, plan, rows, columns, wrapping),
    lanes: placed.lanes,
    cells: placed.cells,
  };
  if (title) layout.title = title;
  if (placed.emotion) layout.emotion = placed.emotion;
  if (wrapping) layout.rows = placed.rows;
  if (flow) {
    layout.summary.flow = flowSummary(map, flow);
    if (modules.some((m) => m.id === "touchpoints")) layout.flow = cache ? cache.layoutFlow(flow, placed.edges) : layoutFlow(flow, placed.edges);
  }
  const blueprint = cache ? cache.blueprint(map, layout, resolved) : layoutBlueprint(map, layout, resolved);
  if (blueprint) layout.blueprint = blueprint;
  cache?.commit();
  return layout;
}

function rowsOfColumns(rows: readonly Row[], count: number): number[] {
  const rowOf = new Array<number>(count).fill(0);
  rows.forEach((row, r) => {
    for (let c = row.first; c <= row.last; c++) rowOf[c] = r;
  });
  return rowOf;
}

function titleCell({ map, options, fonts, wrap }: Placing, width: number): LayoutCell {
  const { margin, padding } = options;
  const place = { laneId: "title", x: margin, y: margin, width: width - 2 * margin, padding };
  return textCell(wrap, "title", map.id, [{ text: map.title, font: fonts.title }], place);
}

/** Whether a lane has something to show: boxes, what a lane with a layout of its own says (`own`), or for the emotion lane a value or a moment of truth. Stages and touchpoints always do. */
function hasContent(id: string, content: MeasuredLane | undefined, map: JourneyMap, emotions: EmotionValues, own: boolean | undefined): boolean {
  if (id === "stages" || id === "touchpoints") return true;
  if (content) return content.columns.length > 0 || content.spans.length > 0;
  if (own !== undefined) return own;
  return emotions.series.some((s) => s.values.some((v) => v !== undefined)) || map.touchpoints.some((tp) => tp.momentOfTruth === true);
}

function layoutColumns(map: JourneyMap, plan: ColumnPlan, columns: ColumnScale, rowOf: readonly number[] | undefined): LayoutColumn[] {
  // The columns of a large map are made at a site of their own (see MANY).
  const many = plan.kinds.length >= MANY;
  return plan.kinds.map((kind, c) => {
    const x = columns.xs[c] as number;
    const width = columns.widths[c] as number;
    const s = map.stages[plan.stageOf[c] as number];
    const t = plan.touchpointOf[c];
    // A touchpoint's column (nearly every one) in one literal: keys added afterwards would
    // need a properties array of their own, which V8 never allocates in the old generation.
    if (!rowOf && s && t !== undefined) {
      const stageId = s.id;
      const touchpointId = (map.touchpoints[t] as { id: string }).id;
      return many ? { kind, x, width, stageId, touchpointId } : { kind, x, width, stageId, touchpointId };
    }
    const column: LayoutColumn = many ? { kind, x, width } : { kind, x, width };
    if (rowOf) column.row = rowOf[c] as number;
    if (s) column.stageId = s.id;
    if (t !== undefined) column.touchpointId = (map.touchpoints[t] as { id: string }).id;
    return column;
  });
}

function layoutStages(map: JourneyMap, plan: ColumnPlan, rows: readonly Row[], columns: ColumnScale, wrapping: boolean): LayoutStage[] {
  return rows.flatMap((row, r) =>
    row.pieces.flatMap((p) => {
      const s = map.stages[(plan.groups[p.group] as ColumnPlan["groups"][number]).stageIndex];
      if (!s) return [];
      const x = columns.xs[p.first] as number;
      const stage: LayoutStage = { stageId: s.id, x, width: (columns.xs[p.last] as number) + (columns.widths[p.last] as number) - x };
      if (wrapping) stage.row = r;
      return [stage];
    }),
  );
}
