/*
 * Turns the rows of a CSV into the collections of a map document. Entity rows (a `kind`
 * other than touchpoint) are read first, so that a touchpoint's `stage`, `channel` and
 * `owner` cells can name them; a name no row defines creates the entity, in order of
 * first appearance. Where several entities share a name, the id in the touchpoint's
 * `data` picks among them. Every entity remembers the row and column it came from, so
 * that validation issues can point at a cell.
 */
import type { JourneyMapIssue } from "../../validate/issue";
import { suggestNearest } from "../../validate/suggest";
import { CSV_ROW_KINDS, type CsvField, type CsvRowKind } from "./csv-columns";
import { type CsvHeader, cellIssue } from "./csv-header";
import { isNextSteps, nextForCell, readNextCell, sameSteps } from "./csv-next";
import { unguardFormula } from "./formula";

type Json = Record<string, unknown>;
/** Where an entity came from: the row (header = 1) and the column (1-based). */
export interface CellPlace {
  row: number;
  column: number;
}

/** The state of one import: the header, the ids handed out, the collections and where each entry came from. */
export interface CsvContext {
  header: CsvHeader;
  nextId: (prefix: string, name: string) => string;
  painPointSeverity: number;
  issues: JourneyMapIssue[];
  collections: Record<string, Json[]>;
  places: Record<string, CellPlace[]>;
  byName: Record<string, Map<string, Json[]>>;
  columnLanes: string[];
  mapFields: Json;
  mapId?: string;
  mapPlace?: CellPlace;
}

const YES = new Set(["yes", "true", "1", "x", "y"]);
const NO = new Set(["no", "false", "0", "n", ""]);
const KINDS = Object.keys(CSV_ROW_KINDS);

const items = (text: string) =>
  text
    .split(/\r\n?|\n/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Returns a cell's text without its formula guard, trimmed; `""` where the column is absent. */
export function cell(ctx: CsvContext, row: readonly string[], field: CsvField): string {
  const i = ctx.header.index.get(field);
  return i === undefined ? "" : unguardFormula(row[i] ?? "").trim();
}

const columnOf = (ctx: CsvContext, field: CsvField) => (ctx.header.index.get(field) ?? 0) + 1;

/** How a name is matched: as a cell holds it (trimmed; a pain point's line breaks as spaces, as in its multi-value cell). */
const nameKey = (collection: string, name: string) => (collection === "painPoints" ? name.replace(/\r\n?|\n/g, " ") : name).trim();

function add(ctx: CsvContext, collection: string, entity: Json, place: CellPlace): void {
  const list = ctx.collections[collection] ?? [];
  ctx.collections[collection] = list;
  list.push(entity);
  const places = ctx.places[collection] ?? [];
  ctx.places[collection] = places;
  places.push(place);
  if (collection === "touchpoints") return;
  const name = typeof entity.name === "string" ? entity.name : typeof entity.title === "string" ? entity.title : undefined;
  if (name === undefined) return;
  const names = ctx.byName[collection] ?? new Map<string, Json[]>();
  ctx.byName[collection] = names;
  const namesakes = names.get(nameKey(collection, name));
  if (namesakes) namesakes.push(entity);
  else names.set(nameKey(collection, name), [entity]);
}

/** Returns the `data` cell as an object (`{}` when empty), or undefined after an `invalid_json` issue. */
function readData(ctx: CsvContext, row: readonly string[], r: number): Json | undefined {
  const text = cell(ctx, row, "data");
  if (text === "") return {};
  const column = columnOf(ctx, "data");
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Json;
    ctx.issues.push(cellIssue("invalid_type", r, column, "data", "expected a JSON object"));
  } catch (error) {
    ctx.issues.push(cellIssue("invalid_json", r, column, "data", `not JSON: ${(error as Error).message}`));
  }
  return undefined;
}

/** Reads a row whose `kind` is not a touchpoint: its `data` is the entity, its `id` cell the id. */
export function readEntityRow(ctx: CsvContext, row: readonly string[], r: number, kind: string): void {
  const place = { row: r, column: columnOf(ctx, "data") };
  if (!KINDS.includes(kind)) {
    const suggestion = suggestNearest(kind, KINDS);
    const text = `unknown kind of row ${JSON.stringify(kind)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`;
    ctx.issues.push(cellIssue("invalid_value", r, columnOf(ctx, "kind"), "kind", text));
    return;
  }
  const data = readData(ctx, row, r);
  if (data === undefined) return;
  const id = cell(ctx, row, "id");
  const collection = CSV_ROW_KINDS[kind as CsvRowKind];
  if (collection === undefined) {
    ctx.mapFields = data;
    ctx.mapPlace = place;
    if (id) ctx.mapId = id;
    return;
  }
  const entity: Json = { ...data, id: id || (typeof data.id === "string" ? data.id : ctx.nextId(kind.replace(" ", "-"), String(data.name ?? data.title ?? ""))) };
  if (collection === "painPoints" && !Array.isArray(entity.touchpointIds)) entity.touchpointIds = [];
  add(ctx, collection, entity, place);
}

/** Returns the id of the entity a cell names (preferring `preferred` among namesakes), creating it when no row defines it. */
function named(ctx: CsvContext, collection: string, prefix: string, name: string, preferred: unknown, place: CellPlace): string {
  const namesakes = ctx.byName[collection]?.get(nameKey(collection, name));
  if (namesakes) return String((namesakes.find((e) => e.id === preferred) ?? namesakes[0])?.id);
  const id = ctx.nextId(prefix, name);
  add(ctx, collection, { id, name }, place);
  return id;
}

function number(ctx: CsvContext, row: readonly string[], r: number, field: CsvField): number | undefined {
  const value = cell(ctx, row, field);
  if (value === "") return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) ctx.issues.push(cellIssue("invalid_type", r, columnOf(ctx, field), field, `expected a number, got ${JSON.stringify(value)}`));
  return n;
}

function linkPainPoints(ctx: CsvContext, row: readonly string[], r: number, touchpointId: string): void {
  for (const title of items(cell(ctx, row, "pain points"))) {
    const named = ctx.byName.painPoints?.get(nameKey("painPoints", title)) ?? [];
    // Pain points of one title: the one whose own row already names this touchpoint is the one meant.
    if (named.some((p) => (p.touchpointIds as unknown[]).includes(touchpointId))) continue;
    const known = named[0];
    if (known) {
      const ids = known.touchpointIds as unknown[];
      if (!ids.includes(touchpointId)) ids.push(touchpointId);
    } else {
      const place = { row: r, column: columnOf(ctx, "pain points") };
      add(ctx, "painPoints", { id: ctx.nextId("pp", title), title, touchpointIds: [touchpointId], severity: ctx.painPointSeverity }, place);
    }
  }
}

/** Reads a touchpoint row: the columns the header has, over what its `data` holds. */
export function readTouchpointRow(ctx: CsvContext, row: readonly string[], r: number): void {
  const data = readData(ctx, row, r) ?? {};
  const { stageId, channelId, ownerId, ...rest } = data;
  const has = (field: CsvField) => ctx.header.index.has(field);
  const text = (field: CsvField) => cell(ctx, row, field);
  // `data` holds the exact text where a cell cannot (surrounding space, blank items): it counts while the cell still reads the same.
  const exact = (key: string, cellText: string) => (typeof rest[key] === "string" && (rest[key] as string).trim() === cellText ? (rest[key] as string) : undefined);
  const name = exact("name", text("touchpoint")) ?? text("touchpoint");
  if (name === "") ctx.issues.push(cellIssue("too_small", r, columnOf(ctx, "touchpoint"), "touchpoint", "the touchpoint's name is empty"));
  const stage = has("stage") ? text("stage") : "Journey";
  const blankRow = (collection: string, preferred: unknown) => preferred !== undefined && ctx.byName[collection]?.has("") === true;
  if (stage === "" && !blankRow("stages", stageId)) ctx.issues.push(cellIssue("too_small", r, columnOf(ctx, "stage"), "stage", "the stage's name is empty"));
  const id = text("id") || (typeof rest.id === "string" ? rest.id : ctx.nextId("tp", name));
  const tp: Json = { ...rest, id, name, stageId: named(ctx, "stages", "s", stage, stageId, { row: r, column: columnOf(ctx, "stage") }) };
  for (const [field, key] of [
    ["description", "description"],
    ["channel", "channelId"],
    ["owner", "ownerId"],
  ] as const) {
    if (has(field)) delete tp[key];
  }
  if (!has("channel") && channelId !== undefined) tp.channelId = channelId;
  if (!has("owner") && ownerId !== undefined) tp.ownerId = ownerId;
  const place = (field: CsvField) => ({ row: r, column: columnOf(ctx, field) });
  const description = exact("description", text("description")) ?? text("description");
  if (description !== "" || (has("description") && rest.description === "")) tp.description = description;
  if (text("channel") || blankRow("channels", channelId)) tp.channelId = named(ctx, "channels", "ch", text("channel"), channelId, place("channel"));
  if (text("owner") || blankRow("teams", ownerId)) tp.ownerId = named(ctx, "teams", "team", text("owner"), ownerId, place("owner"));
  for (const field of ["actions", "thoughts", "feelings", "tags"] as const) {
    if (!has(field)) continue;
    const cellItems = items(text(field));
    const kept = rest[field];
    const same =
      Array.isArray(kept) &&
      kept.every((i) => typeof i === "string") &&
      JSON.stringify(items(kept.map((i: string) => i.replace(/\r\n?|\n/g, " ")).join("\n"))) === JSON.stringify(cellItems);
    tp[field] = same ? kept : cellItems;
  }
  for (const [field, key] of [
    ["emotion", "emotion"],
    ["expected emotion", "expectedEmotion"],
  ] as const) {
    if (!has(field)) continue;
    const value = number(ctx, row, r, field);
    if (value === undefined) delete tp[key];
    else tp[key] = value;
  }
  if (has("moment of truth")) readMomentOfTruth(ctx, tp, text("moment of truth").toLowerCase(), r);
  if (has("next")) readNext(ctx, tp, row, r);
  const notes = ctx.header.lanes.flatMap((lane, i) => {
    const laneItems = items(unguardFormula(row[lane.index] ?? ""));
    return laneItems.length ? [{ laneId: ctx.columnLanes[i], items: laneItems }] : [];
  });
  if (notes.length) tp.notes = [...(Array.isArray(rest.notes) ? rest.notes : []), ...notes];
  linkPainPoints(ctx, row, r, id);
  add(ctx, "touchpoints", tp, { row: r, column: columnOf(ctx, "touchpoint") });
}

/** Reads the `next` cell; the edges kept in `data` count while the cell still reads the same. */
function readNext(ctx: CsvContext, tp: Json, row: readonly string[], r: number): void {
  const kept = tp.next;
  delete tp.next;
  const read = readNextCell(cell(ctx, row, "next"), { row: r, column: columnOf(ctx, "next"), name: "next" });
  if ("issues" in read) {
    ctx.issues.push(...read.issues);
    return;
  }
  if (isNextSteps(kept) && sameSteps(nextForCell(kept), read.next)) tp.next = kept;
  else if (read.next.length > 0) tp.next = read.next;
}

function readMomentOfTruth(ctx: CsvContext, tp: Json, mot: string, r: number): void {
  delete tp.momentOfTruth;
  if (YES.has(mot)) tp.momentOfTruth = true;
  else if (mot !== "" && NO.has(mot)) tp.momentOfTruth = false;
  else if (!NO.has(mot)) ctx.issues.push(cellIssue("invalid_value", r, columnOf(ctx, "moment of truth"), "moment of truth", `expected yes or no, got ${JSON.stringify(mot)}`));
}
