import type { JourneyMap } from "../model/journey-map";
import { makeCell, round2 } from "./cell";
import { addJourneyColumn, planColumns } from "./columns";
import { type Item, laneContent, makeFonts, needsJourneyColumn, placeOpportunities, placePainPoints } from "./content";
import { layoutEmotion } from "./emotion";
import { layoutLane } from "./geometry";
import { columnWidths, type LaneContent, makeWrap, measureLane, naturalWidths, wrapItem } from "./measure";
import { normalizeLayoutOptions } from "./normalize-options";
import type { LayoutOptions } from "./options";
import { columnScale } from "./scales";
import { summarize } from "./summary";
import { FONT_FAMILY } from "./text/index";
import type { JourneyLayout, LayoutCell, LayoutColumn, LayoutEmotion, LayoutLane } from "./types";

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
 * Four phases, one file each: options are normalised (`normalize-options.ts`), text is
 * measured and wrapped (`measure.ts`), columns and the emotion axes get their scales
 * (`scales.ts`), and boxes, lines and paths get their positions (`geometry.ts`,
 * `emotion.ts`).
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
export function layoutJourneyMap(map: JourneyMap, options?: LayoutOptions): JourneyLayout {
  const resolved = normalizeLayoutOptions(map, options);
  const { margin, gap, padding, labelWidth } = resolved;
  const fonts = makeFonts(resolved);
  const wrap = makeWrap(resolved);

  // What goes where.
  const plan = planColumns(map);
  const pain = placePainPoints(map, plan);
  const opportunity = placeOpportunities(map, plan, pain);
  if (needsJourneyColumn(resolved.lanes, pain, opportunity)) addJourneyColumn(plan);
  const places = { pain, opportunity };
  // Measure every item as it is made, then place the columns.
  const natural = naturalWidths(plan);
  const contents: (LaneContent | undefined)[] = resolved.lanes.map((lane) => {
    if (!lane.custom && lane.id === "emotion") return undefined;
    const { sink, content } = measureLane(lane.id, resolved, wrap, natural);
    laneContent(map, lane.id, lane.custom, plan, fonts, places, sink);
    return content;
  });
  const widths = columnWidths(plan, natural, resolved);
  const columns = columnScale(plan, widths, resolved);
  const width = round2(columns.right + margin);

  // The title, then the lanes top to bottom.
  let y = margin;
  let title: LayoutCell | undefined;
  if (resolved.title) {
    const item: Item = { kind: "title", entityId: map.id, paragraphs: [{ text: map.title, font: fonts.title, muted: false }] };
    const titleWidth = width - 2 * margin;
    wrapItem(item, titleWidth - 2 * padding, wrap);
    title = makeCell(item, "title", margin, y, titleWidth, padding);
    y = round2(y + title.height + gap);
  }
  const cells: LayoutCell[] = [];
  const lanes: LayoutLane[] = [];
  let emotion: LayoutEmotion | undefined;
  let firstPoints: { touchpointId: string; emotion: number }[] | undefined;
  resolved.lanes.forEach((lane, i) => {
    const content = contents[i];
    let height: number;
    let label: LayoutCell;
    if (content === undefined) {
      const drawn = layoutEmotion({ map, plan, columns, options: resolved, fonts, wrap, top: y, name: lane.name });
      emotion = drawn.emotion;
      firstPoints = drawn.emotion.series[0]?.points;
      ({ height, label } = drawn);
    } else {
      height = layoutLane(content, lane.id, y, plan, columns, resolved, wrap, cells);
      const item: Item = { kind: "lane", entityId: lane.id, paragraphs: [{ text: lane.name, font: fonts.heading, muted: false }] };
      wrapItem(item, labelWidth - 2 * padding, wrap);
      label = makeCell(item, lane.id, margin, y + gap, labelWidth, padding);
      height = Math.max(height, round2(label.height + 2 * gap));
    }
    lanes.push({ id: lane.id, custom: lane.custom, name: lane.name, y, height, label });
    y = round2(y + height);
  });

  const layoutColumns: LayoutColumn[] = plan.kinds.map((kind, c) => {
    const column: LayoutColumn = { kind, x: columns.xs[c] as number, width: widths[c] as number };
    const s = map.stages[plan.stageOf[c] as number];
    if (s) column.stageId = s.id;
    const t = plan.touchpointOf[c];
    if (t !== undefined) column.touchpointId = (map.touchpoints[t] as { id: string }).id;
    return column;
  });
  const stages = plan.groups.flatMap((g, i) => {
    const s = map.stages[g.stageIndex];
    return s ? [{ stageId: s.id, x: columns.groupX[i] as number, width: columns.groupWidth[i] as number }] : [];
  });

  const layout: JourneyLayout = {
    mapId: map.id,
    width,
    height: round2(y + margin),
    fontFamily: FONT_FAMILY,
    padding,
    summary: summarize(map, firstPoints ?? ownEmotions(map, plan.touchpointOf)),
    columns: layoutColumns,
    stages,
    lanes,
    cells,
  };
  if (title) layout.title = title;
  if (emotion) layout.emotion = emotion;
  return layout;
}

function ownEmotions(map: JourneyMap, order: readonly (number | undefined)[]): { touchpointId: string; emotion: number }[] {
  const points: { touchpointId: string; emotion: number }[] = [];
  for (const t of order) {
    const tp = t === undefined ? undefined : map.touchpoints[t];
    if (tp?.emotion !== undefined) points.push({ touchpointId: tp.id, emotion: tp.emotion });
  }
  return points;
}
