import Papa from "papaparse";
import type { JourneyMapInput } from "../../model/journey-map";
import { formatPath, type JourneyMapIssue } from "../../validate/issue";
import { type SafeParseJourneyMapResult, safeParseJourneyMap } from "../../validate/safe-parse-journey-map";
import { failImport as fail } from "../formats/validate-import";
import { uniqueIds } from "../unique-ids";
import { type CsvField, CSV_ROW_KINDS } from "./csv-columns";
import { type CsvUnknownColumns, cellIssue, checkColumnMapping, readCsvHeader } from "./csv-header";
import { type CellPlace, type CsvContext, cell, readEntityRow, readTouchpointRow } from "./csv-rows";
import { unguardFormula } from "./formula";

/** Options of {@link fromCsv}. */
export interface FromCsvOptions {
  /** The new map's title. @defaultValue the title in a `map` row, else `"Imported journey"` */
  title?: string;
  /** The new map's id. @defaultValue the id of a `map` row, else `"map-"` plus a slug of the title */
  id?: string;
  /**
   * Which field each of the file's own columns holds, by header text (matched as written,
   * then without regard to case or surrounding space): a column of {@link CSV_COLUMNS},
   * `kind`, `data`, `"ignore"` or `"lane"` (kept as a custom lane). A target that is none
   * of these throws a `TypeError`.
   * @defaultValue `{}`: journeykit's own header names only
   */
  columns?: Readonly<Record<string, CsvField | "ignore" | "lane">>;
  /**
   * What to do with a column that is neither journeykit's nor in `columns`: `"error"` (an
   * `unrecognized_keys` issue), `"ignore"`, or `"lane"` (a custom lane named after the
   * header, each cell's lines as the touchpoint's notes in it).
   * @defaultValue "error"
   */
  unknownColumns?: CsvUnknownColumns;
  /** The character between cells. @defaultValue detected among `,` `;` tab and `|`, else `,` */
  delimiter?: string;
  /** The severity given to pain points created from the `pain points` column. @defaultValue 3 */
  painPointSeverity?: number;
  /** Longest text accepted, in characters. @defaultValue 10_000_000 */
  maxInputLength?: number;
}

/**
 * Reads CSV into a journey map and validates it, returning the shape of
 * `safeParseJourneyMap`'s result (never throwing for bad data; a bad option throws a
 * `TypeError`). Every issue names its row and column (`line` and `column`, header = row 1).
 *
 * The format is {@link toCsv}'s (see {@link CSV_COLUMNS}): header names are matched without
 * regard to case, columns may come in any order, only `touchpoint` is required (without a
 * `stage` column every touchpoint goes to one stage, "Journey"). A file with its own header
 * maps its columns with `columns` (`{ Step: "touchpoint", Feeling: "feelings" }`) and keeps,
 * skips or refuses the rest with `unknownColumns`. Stages, channels, teams and pain points
 * are created from their names in order of first appearance (pain points named on several
 * rows become one); rows of another `kind` and the `data` column bring back everything else
 * `toCsv` wrote. Quoting follows RFC 4180.
 *
 * @example
 * ```ts
 * import { fromCsv } from "journeykit";
 *
 * const result = fromCsv("Phase,Step,Feeling,Notes\nPurchase,Queue,annoyed,busy at 8\n", {
 *   title: "Coffee",
 *   columns: { Phase: "stage", Step: "touchpoint", Feeling: "feelings" },
 *   unknownColumns: "lane",
 * });
 * const feelings = result.success ? result.data.touchpoints[0]?.feelings : undefined; // ["annoyed"]
 * ```
 */
export function fromCsv(text: string, options: FromCsvOptions = {}): SafeParseJourneyMapResult {
  const { painPointSeverity = 3, unknownColumns = "error", maxInputLength = 10_000_000 } = options;
  checkColumnMapping(options.columns);
  if (!["error", "ignore", "lane"].includes(unknownColumns)) throw new TypeError(`invalid unknownColumns: ${JSON.stringify(unknownColumns)}; expected "error", "ignore" or "lane"`);
  if (typeof text !== "string") return fail([{ code: "invalid_type", path: [], message: "(root): expected CSV text (a string)" }]);
  if (text.length > maxInputLength) {
    const message = `(root): the text of ${text.length} characters exceeds the limit maxInputLength = ${maxInputLength}`;
    return fail([{ code: "limit_exceeded", path: [], message, limit: "maxInputLength", maximum: maxInputLength }]);
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    header: false,
    skipEmptyLines: "greedy",
    delimiter: options.delimiter ?? "",
    delimitersToGuess: [",", ";", "\t", "|"],
  });
  // A file of one column has no delimiter to detect: papaparse reads it with "," and says so; the header check says what is missing.
  const issues: JourneyMapIssue[] = parsed.errors
    .filter((error) => error.code !== "UndetectableDelimiter")
    .map((error) => cellIssue("invalid_format", (error.row ?? 0) + 1, 1, "row", error.message));
  const [header = [], ...rows] = parsed.data;
  const ctx = context(header, rows, options, painPointSeverity, unknownColumns);
  issues.push(...ctx.header.issues);
  if (issues.length > 0) return fail(issues);
  rows.forEach((row, i) => {
    const kind = cell(ctx, row, "kind").toLowerCase();
    if (kind !== "" && kind !== "touchpoint") readEntityRow(ctx, row, i + 2, kind);
  });
  rows.forEach((row, i) => {
    const kind = cell(ctx, row, "kind").toLowerCase();
    if (kind === "" || kind === "touchpoint") readTouchpointRow(ctx, row, i + 2);
  });
  if (ctx.issues.length > 0) return fail(ctx.issues);
  const result = safeParseJourneyMap(assemble(ctx, options));
  return result.success ? result : fail(result.error.issues.map((issue) => placed(ctx, issue)));
}

function context(header: string[], rows: string[][], options: FromCsvOptions, painPointSeverity: number, unknown: CsvUnknownColumns): CsvContext {
  const csvHeader = readCsvHeader(header, options.columns, unknown);
  const idColumn = csvHeader.index.get("id");
  const taken = idColumn === undefined ? [] : rows.map((row) => unguardFormula(row[idColumn] ?? "").trim()).filter(Boolean);
  const nextId = uniqueIds(taken);
  const ctx: CsvContext = { header: csvHeader, nextId, painPointSeverity, issues: [], collections: {}, places: {}, byName: {}, columnLanes: [], mapFields: {} };
  ctx.columnLanes = csvHeader.lanes.map((lane) => nextId("lane", lane.name));
  return ctx;
}

function assemble(ctx: CsvContext, options: FromCsvOptions): JourneyMapInput {
  const { schemaVersion: _version, id: _id, ...fields } = ctx.mapFields;
  const title = options.title ?? (typeof fields.title === "string" ? fields.title : "Imported journey");
  const lanes = [...(ctx.collections.lanes ?? []), ...ctx.header.lanes.map((lane, i) => ({ id: ctx.columnLanes[i], name: lane.name }))];
  const collections = Object.fromEntries(
    Object.values(CSV_ROW_KINDS)
      .filter((c) => c !== undefined)
      .map((c) => [c, ctx.collections[c] ?? []]),
  );
  return {
    ...fields,
    ...collections,
    schemaVersion: 1,
    id: options.id ?? ctx.mapId ?? ctx.nextId("map", title),
    title,
    touchpoints: ctx.collections.touchpoints ?? [],
    lanes,
  } as JourneyMapInput;
}

const FIELD_COLUMN: Record<string, CsvField> = {
  id: "id",
  name: "touchpoint",
  stageId: "stage",
  description: "description",
  channelId: "channel",
  ownerId: "owner",
  actions: "actions",
  thoughts: "thoughts",
  feelings: "feelings",
  emotion: "emotion",
  expectedEmotion: "expected emotion",
  momentOfTruth: "moment of truth",
  tags: "tags",
  next: "next",
};

/** Gives a validation issue the row and column of the cell it is about. */
function placed(ctx: CsvContext, issue: JourneyMapIssue): JourneyMapIssue {
  const [collection, index, field] = issue.path;
  let place: CellPlace = ctx.mapPlace ?? { row: 1, column: 1 };
  if (typeof collection === "string" && typeof index === "number") place = ctx.places[collection]?.[index] ?? place;
  if (collection === "touchpoints" && typeof field === "string") {
    const column = ctx.header.index.get(FIELD_COLUMN[field] as CsvField) ?? ctx.header.index.get("data");
    if (column !== undefined) place = { row: place.row, column: column + 1 };
  }
  const name = ctx.header.names[place.column - 1] || formatPath(issue.path);
  return { ...issue, line: place.row, column: place.column, message: `row ${place.row}, column ${place.column} (${name}): ${issue.message}` };
}
