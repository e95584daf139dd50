import Papa from "papaparse";
import type { JourneyMap } from "../../model/journey-map";
import type { Touchpoint } from "../../model/touchpoint";
import { CSV_COLUMNS, CSV_EXTRA_COLUMNS, CSV_FLOW_COLUMNS, CSV_ROW_KINDS } from "./csv-columns";
import { nextCell, nextForCell, sameSteps } from "./csv-next";
import { guardFormula } from "./formula";

const list = (items: readonly string[]) => items.map((item) => item.replace(/\r\n?|\n/g, " ")).join("\n");
const num = (value: number | undefined) => (value === undefined ? "" : String(value));
/** The touchpoint fields the grid's columns hold. */
const GRID_FIELDS = new Set([
  "id",
  "stageId",
  "name",
  "description",
  "channelId",
  "ownerId",
  "actions",
  "thoughts",
  "feelings",
  "emotion",
  "expectedEmotion",
  "momentOfTruth",
  "tags",
]);
const ENTITY_KINDS = Object.entries(CSV_ROW_KINDS).filter((e): e is [string, Exclude<(typeof CSV_ROW_KINDS)[keyof typeof CSV_ROW_KINDS], undefined>] => e[1] !== undefined);

/** Returns what a value holds beyond defaults: the object without empty arrays, or undefined when nothing is left. */
function rest(value: object, skip: (key: string) => boolean): Record<string, unknown> | undefined {
  const out = Object.fromEntries(Object.entries(value).filter(([k, v]) => !skip(k) && v !== undefined && !(Array.isArray(v) && v.length === 0)));
  return Object.keys(out).length ? out : undefined;
}

/**
 * Returns the map as CSV (RFC 4180, CRLF line ends, header first; never throws): one row
 * per touchpoint in journey order, with the columns of {@link CSV_COLUMNS}. When the map
 * holds more than that grid (stage goals and metrics, empty stages, personas,
 * opportunities, evidence, lanes, pain points beyond a title at a touchpoint, touchpoint
 * metrics and notes, ids, extensions…), the columns `kind` and `data` are added, a row of
 * its kind for every other entity (and one `map` row), and {@link fromCsv} reads back the
 * same map: nothing is dropped silently. A cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (after any `'`s) gets a leading `'` so spreadsheets never run it as
 * a formula; `fromCsv` removes exactly that `'` again, so text round-trips.
 *
 * @example
 * ```ts
 * import { createJourneyMap, toCsv } from "journeykit";
 *
 * toCsv(createJourneyMap({ title: "Empty", stages: [] })); // the header line only
 * ```
 */
export function toCsv(map: JourneyMap): string {
  const touchpoints = inJourneyOrder(map);
  const painTitles = new Map<string, string[]>();
  for (const pp of map.painPoints) {
    for (const id of pp.touchpointIds) {
      const titles = painTitles.get(id);
      if (titles) titles.push(pp.title);
      else painTitles.set(id, [pp.title]);
    }
  }
  const names = {
    stages: new Map(map.stages.map((x) => [x.id, x.name])),
    channels: new Map(map.channels.map((x) => [x.id, x.name])),
    teams: new Map(map.teams.map((x) => [x.id, x.name])),
  };
  // The flow gets its column only where some touchpoint has edges: other maps keep the header they always had.
  const flow = touchpoints.some((tp) => (tp.next?.length ?? 0) > 0);
  const columns: string[] = [...CSV_COLUMNS, ...(flow ? CSV_FLOW_COLUMNS : [])];
  const grid = touchpoints.map((tp) => [...gridRow(names, tp, painTitles.get(tp.id) ?? []), ...(flow ? [nextCell(nextForCell(tp.next ?? []))] : [])]);
  const extra = touchpoints.map((tp) => {
    const more = { ...rest(tp, (k) => GRID_FIELDS.has(k) || (flow && k === "next")), ...inexact(tp) };
    return Object.keys(more).length ? more : undefined;
  });
  const full = extra.some(Boolean) || !fitsGrid(map, touchpoints);
  if (!full) return unparse(columns, grid);
  const blank = columns.map(() => "");
  const entityRow = (kind: string, id: string, data: unknown) => [id, ...blank.slice(1), kind, JSON.stringify(data)];
  const { schemaVersion: _v, id, ...mapFields } = map;
  const mapData = rest(mapFields, (k) => k === "touchpoints" || ENTITY_KINDS.some(([, c]) => c === k)) ?? {};
  const rows = [entityRow("map", id, mapData)];
  for (const [kind, collection] of ENTITY_KINDS) {
    for (const entity of map[collection] as { id: string }[]) rows.push(entityRow(kind, entity.id, rest(entity, (k) => k === "id") ?? {}));
  }
  touchpoints.forEach((tp, i) => {
    const data = { ...(extra[i] ?? {}), stageId: tp.stageId, ...(tp.channelId ? { channelId: tp.channelId } : {}), ...(tp.ownerId ? { ownerId: tp.ownerId } : {}) };
    rows.push([...(grid[i] as string[]), "", JSON.stringify(data)]);
  });
  return unparse([...columns, ...CSV_EXTRA_COLUMNS], rows);
}

/** The touchpoint's text that cells cannot hold exactly (surrounding space, an empty description, blank items, line breaks inside items, labels of `next` edges), to write into `data` as well. */
function inexact(tp: Touchpoint): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (tp.next && tp.next.length > 0 && !sameSteps(nextForCell(tp.next), tp.next)) out.next = tp.next;
  if (tp.name !== tp.name.trim()) out.name = tp.name;
  if (tp.description !== undefined && (tp.description === "" || tp.description !== tp.description.trim())) out.description = tp.description;
  for (const key of ["actions", "thoughts", "feelings", "tags"] as const) {
    if (tp[key].some((item) => item === "" || item !== item.trim() || /[\r\n]/.test(item))) out[key] = tp[key];
  }
  return out;
}

function unparse(fields: string[], rows: string[][]): string {
  return `${Papa.unparse({ fields, data: rows.map((row) => row.map(guardFormula)) }, { newline: "\r\n", quotes: false })}\r\n`;
}

function inJourneyOrder(map: JourneyMap): Touchpoint[] {
  const order = new Map(map.stages.map((s, i) => [s.id, i]));
  return map.touchpoints
    .map((tp, i) => ({ tp, i }))
    .sort((a, b) => (order.get(a.tp.stageId) ?? 0) - (order.get(b.tp.stageId) ?? 0) || a.i - b.i)
    .map(({ tp }) => tp);
}

type Names = Record<"stages" | "channels" | "teams", Map<string, string>>;

function gridRow(names: Names, tp: Touchpoint, painTitles: readonly string[]): string[] {
  const nameOf = (table: Map<string, string>, id: string | undefined) => (id === undefined ? "" : (table.get(id) ?? ""));
  return [
    tp.id,
    nameOf(names.stages, tp.stageId),
    tp.name,
    tp.description ?? "",
    nameOf(names.channels, tp.channelId),
    nameOf(names.teams, tp.ownerId),
    list(tp.actions),
    list(tp.thoughts),
    list(tp.feelings),
    num(tp.emotion),
    num(tp.expectedEmotion),
    tp.momentOfTruth === true ? "yes" : tp.momentOfTruth === false ? "no" : "",
    list(painTitles),
    list(tp.tags),
  ];
}

/**
 * Whether the grid alone holds the map as `fromCsv` rebuilds it: every stage, channel and
 * team a bare name that some touchpoint uses (each name once), every pain point a unique
 * title of severity 3 at touchpoints only, nothing else in the map.
 */
function fitsGrid(map: JourneyMap, touchpoints: readonly Touchpoint[]): boolean {
  const { schemaVersion: _v, id: _id, title: _t, stages, channels, teams, touchpoints: _tps, painPoints, ...others } = map;
  if (Object.values(others).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0))) return false;
  const bare = (list: readonly { id: string; name: string }[], used: (string | undefined)[]) => {
    const ids = new Set(used);
    const names = new Set(list.map((x) => x.name));
    return names.size === list.length && list.every((x) => ids.has(x.id) && x.name.trim() === x.name && x.name !== "" && rest(x, (k) => k === "id" || k === "name") === undefined);
  };
  if (
    !bare(
      stages,
      touchpoints.map((tp) => tp.stageId),
    )
  )
    return false;
  if (
    !bare(
      channels,
      touchpoints.map((tp) => tp.channelId),
    ) ||
    !bare(
      teams,
      touchpoints.map((tp) => tp.ownerId),
    )
  )
    return false;
  const titles = new Set(painPoints.map((pp) => pp.title));
  const plain = (text: string) => text.trim() === text && !/[\r\n]/.test(text);
  return (
    titles.size === painPoints.length &&
    painPoints.every(
      (pp) => plain(pp.title) && pp.touchpointIds.length > 0 && pp.severity === 3 && rest(pp, (k) => ["id", "title", "touchpointIds", "severity"].includes(k)) === undefined,
    )
  );
}
