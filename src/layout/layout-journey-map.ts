import type { JourneyMap } from "../model/journey-map";
import { round2 } from "./cell";
import { type ColumnPlan, planColumns } from "./columns";
import { type EmotionValues, emotionValues } from "./emotion-values";
import { type Fonts, makeFonts } from "./fonts";
import { placeLane } from "./geometry";
import { type LaneModule, laneModule } from "./lanes/index";
import { columnWidths, type MeasuredLane, measureLane, naturalWidths } from "./measure";
import { textCell } from "./measured-items";
import { normalizeLayoutOptions } from "./normalize-options";
import type { LayoutJourneyMapOptions, ResolvedLayoutOptions } from "./options";
import { type ColumnScale, columnScale } from "./scales";
import { summarize } from "./summary";
import { FONT_FAMILY } from "./text/index";
import type { JourneyLayout, LayoutCell, LayoutColumn, LayoutEmotion, LayoutLane, LayoutStage } from "./types";
import { makeWrap, type Wrap } from "./wrap";

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
 * decided from the map; every lane's boxes are measured once (`measure.ts`); the columns
 * get their widths and positions (`scales.ts`); and each cell is made once, in its place
 * (`geometry.ts`, and `emotion.ts` for the lane that lays itself out). Each lane is a module
 * of `lanes/`, listed in `lanes/registry.ts`.
 *
 * @example
 * ```ts
 * import { layoutJourneyMap, parseJourneyMap } from "journeykit";
 *
 * const map = parseJourneyMap(json);
 * const layout = layoutJourneyMap(map, { lanes: ["stages", "touchpoints", "emotion", "painPoints"], maxLines: 3 });
 * for (const cell of layout.cells) {
 *   const { entityId, laneId, x, y, width, height } = cell; // the box, and what it shows
 *   const text = cell.lines.map((line) => line.text); // its wrapped lines
 * }
 * ```
 */
export function layoutJourneyMap(map: JourneyMap, options?: LayoutJourneyMapOptions): JourneyLayout {
  const resolved = normalizeLayoutOptions(map, options);
  const fonts = makeFonts(resolved);
  const wrap = makeWrap(resolved);
  const modules = resolved.lanes.map(laneModule);
  const plan = planColumns(map, (places) => modules.some((m) => m.needsJourneyColumn?.(places) ?? false));
  const emotions = emotionValues(map, plan, resolved.personaIds);

  const natural = naturalWidths(plan);
  const measured = resolved.lanes.map((lane, i) => {
    const module = modules[i] as LaneModule;
    return module.items ? measureLane(module, { map, plan, fonts, laneId: lane.id }, resolved, wrap, natural) : undefined;
  });
  const widths = columnWidths(plan, natural, resolved);
  const columns = columnScale(plan, widths, resolved);
  const width = round2(columns.right + resolved.margin);

  const phase: Placing = { map, plan, columns, options: resolved, fonts, wrap, emotions };
  const title = resolved.title ? titleCell(phase, width) : undefined;
  const top = title ? round2(title.y + title.height + resolved.gap) : resolved.margin;
  const { lanes, cells, emotion, bottom } = placeLanes(phase, modules, measured, top);

  const layout: JourneyLayout = {
    mapId: map.id,
    width,
    height: round2(bottom + resolved.margin),
    fontFamily: FONT_FAMILY,
    padding: resolved.padding,
    summary: summarize(map, emotions),
    columns: layoutColumns(map, plan, columns),
    stages: layoutStages(map, plan, columns),
    lanes,
    cells,
  };
  if (title) layout.title = title;
  if (emotion) layout.emotion = emotion;
  return layout;
}

/** What placing needs: everything decided before it. */
interface Placing {
  map: JourneyMap;
  plan: ColumnPlan;
  columns: ColumnScale;
  options: ResolvedLayoutOptions;
  fonts: Fonts;
  wrap: Wrap;
  emotions: EmotionValues;
}

function titleCell({ map, options, fonts, wrap }: Placing, width: number): LayoutCell {
  const { margin, padding } = options;
  const place = { laneId: "title", x: margin, y: margin, width: width - 2 * margin, padding };
  return textCell(wrap, "title", map.id, [{ text: map.title, font: fonts.title }], place);
}

/** Places the lanes top to bottom from `top`: each lane's cells and label, made in place. */
function placeLanes(phase: Placing, modules: readonly LaneModule[], measured: readonly (MeasuredLane | undefined)[], top: number) {
  const { plan, columns, options, fonts, wrap } = phase;
  const { margin, gap, padding, labelWidth } = options;
  const cells: LayoutCell[] = [];
  const lanes: LayoutLane[] = [];
  let emotion: LayoutEmotion | undefined;
  let y = top;
  options.lanes.forEach((lane, i) => {
    const content = measured[i];
    const module = modules[i] as LaneModule;
    let height: number;
    let label: LayoutCell;
    if (content === undefined) {
      const drawn = (module.draw as NonNullable<LaneModule["draw"]>)({ ...phase, top: y, name: lane.name });
      if (drawn.emotion) emotion = drawn.emotion;
      if (drawn.cells) for (const c of drawn.cells) cells.push(c);
      ({ height, label } = drawn);
    } else {
      height = placeLane(content, lane.id, y, plan, columns, options, wrap, cells);
      const place = { laneId: lane.id, x: margin, y: y + gap, width: labelWidth, padding };
      label = textCell(wrap, "lane", lane.id, [{ text: lane.name, font: fonts.heading }], place);
      height = Math.max(height, round2(label.height + 2 * gap));
    }
    lanes.push({ id: lane.id, custom: lane.custom, name: lane.name, y, height, label });
    y = round2(y + height);
  });
  return { lanes, cells, emotion, bottom: y };
}

function layoutColumns(map: JourneyMap, plan: ColumnPlan, columns: ColumnScale): LayoutColumn[] {
  return plan.kinds.map((kind, c) => {
    const column: LayoutColumn = { kind, x: columns.xs[c] as number, width: columns.widths[c] as number };
    const s = map.stages[plan.stageOf[c] as number];
    if (s) column.stageId = s.id;
    const t = plan.touchpointOf[c];
    if (t !== undefined) column.touchpointId = (map.touchpoints[t] as { id: string }).id;
    return column;
  });
}

function layoutStages(map: JourneyMap, plan: ColumnPlan, columns: ColumnScale): LayoutStage[] {
  return plan.groups.flatMap((g, i) => {
    const s = map.stages[g.stageIndex];
    return s ? [{ stageId: s.id, x: columns.groupX[i] as number, width: columns.groupWidth[i] as number }] : [];
  });
}
