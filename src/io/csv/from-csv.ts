import Papa from "papaparse";
import type { JourneyMapInput } from "../../model/journey-map";
import type { JourneyMapIssue } from "../../validate/issue";
import type { SafeParseJourneyMapResult } from "../../validate/safe-parse-journey-map";
import { suggestNearest } from "../../validate/suggest";
import { failImport as fail, validateImport } from "../formats/validate-import";
import { uniqueIds } from "../unique-ids";
import { CSV_COLUMNS, type CsvColumn } from "./csv-columns";
import { unguardFormula } from "./formula";

/** Options of {@link fromCsv}. */
export interface FromCsvOptions {
  /** The new map's title. @defaultValue `"Imported journey"` */
  title?: string;
  /** The new map's id. @defaultValue `"map-"` plus a slug of the title */
  id?: string;
  /** The severity given to pain points created from the `pain points` column. @defaultValue 3 */
  painPointSeverity?: number;
  /** Longest text accepted, in characters. @defaultValue 10_000_000 */
  maxLength?: number;
}

const YES = new Set(["yes", "true", "1", "x", "y"]);
const NO = new Set(["no", "false", "0", "n", ""]);

/** An issue at a cell: `line` is the row as a spreadsheet numbers it (header = 1), `column` 1-based. */
function cellIssue(code: JourneyMapIssue["code"], row: number, column: number, name: string, text: string): JourneyMapIssue {
  return { code, path: [], message: `row ${row}, column ${column} (${name}): ${text}`, line: row, column };
}

const items = (cell: string) =>
  cell
    .split(/\r\n?|\n/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Reads CSV in the format of {@link toCsv} (see {@link CSV_COLUMNS}; header names are
 * matched without regard to case, columns may come in any order, only `stage` and
 * `touchpoint` are required) into a journey map, and validates it. Stages, channels,
 * teams and pain points are created from their names in order of first appearance; pain
 * points named on several rows become one pain point. Issues name the row and column
 * (`line` and `column`), and quoting follows RFC 4180.
 *
 * @example
 * ```ts
 * import { fromCsv } from "journeykit";
 *
 * const result = fromCsv("stage,touchpoint,emotion\nPurchase,Queue,2\n", { title: "Coffee" });
 * const emotion = result.success ? result.data.touchpoints[0]?.emotion : undefined; // 2
 * ```
 */
export function fromCsv(text: string, options: FromCsvOptions = {}): SafeParseJourneyMapResult {
  const { title = "Imported journey", painPointSeverity = 3, maxLength = 10_000_000 } = options;
  if (typeof text !== "string") return fail([{ code: "invalid_type", path: [], message: "(root): expected CSV text (a string)" }]);
  if (text.length > maxLength) {
    return fail([
      { code: "limit_exceeded", path: [], message: `(root): the text of ${text.length} characters exceeds the limit maxLength = ${maxLength}`, limit: "maxLength", maximum: maxLength },
    ]);
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: "greedy" });
  const issues: JourneyMapIssue[] = parsed.errors.map((error) => ({
    code: "invalid_format",
    path: [],
    message: `row ${(error.row ?? 0) + 1}: ${error.message}`,
    line: (error.row ?? 0) + 1,
  }));
  const [header = [], ...rows] = parsed.data;
  const columns = new Map<CsvColumn, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if ((CSV_COLUMNS as readonly string[]).includes(key)) columns.set(key as CsvColumn, i);
    else {
      const suggestion = suggestNearest(key, CSV_COLUMNS);
      issues.push(cellIssue("unrecognized_keys", 1, i + 1, name, `unknown column${suggestion ? `; did you mean "${suggestion}"?` : ""}`));
    }
  });
  for (const required of ["stage", "touchpoint"] as const) {
    if (!columns.has(required)) issues.push(cellIssue("invalid_type", 1, header.length + 1, required, "the required column is missing"));
  }
  if (issues.length > 0) return fail(issues);

  const cell = (row: string[], column: CsvColumn) => {
    const i = columns.get(column);
    return i === undefined ? "" : unguardFormula(row[i] ?? "").trim();
  };
  const nextId = uniqueIds(rows.map((row) => cell(row, "id")).filter(Boolean));
  const stages = new Map<string, string>();
  const channels = new Map<string, string>();
  const teams = new Map<string, string>();
  const painPoints = new Map<string, { id: string; touchpointIds: string[] }>();
  const idFor = (table: Map<string, string>, prefix: string, name: string) => {
    const known = table.get(name);
    if (known) return known;
    const id = nextId(prefix, name);
    table.set(name, id);
    return id;
  };
  const number = (row: string[], r: number, column: CsvColumn): number | undefined => {
    const value = cell(row, column);
    if (value === "") return undefined;
    const n = Number(value);
    if (!Number.isFinite(n)) issues.push(cellIssue("invalid_type", r, (columns.get(column) ?? 0) + 1, column, `expected a number, got ${JSON.stringify(value)}`));
    return n;
  };
  const touchpoints = rows.map((row, index) => {
    const r = index + 2;
    const name = cell(row, "touchpoint");
    const id = cell(row, "id") || nextId("tp", name);
    const mot = cell(row, "moment of truth").toLowerCase();
    if (!YES.has(mot) && !NO.has(mot)) {
      issues.push(cellIssue("invalid_value", r, (columns.get("moment of truth") ?? 0) + 1, "moment of truth", `expected yes or no, got ${JSON.stringify(mot)}`));
    }
    for (const title of items(cell(row, "pain points"))) {
      const pp = painPoints.get(title);
      if (pp) pp.touchpointIds.push(id);
      else painPoints.set(title, { id: nextId("pp", title), touchpointIds: [id] });
    }
    const channel = cell(row, "channel");
    const owner = cell(row, "owner");
    const description = cell(row, "description");
    const emotion = number(row, r, "emotion");
    const expectedEmotion = number(row, r, "expected emotion");
    return {
      id,
      stageId: idFor(stages, "s", cell(row, "stage")),
      name,
      ...(description ? { description } : {}),
      ...(channel ? { channelId: idFor(channels, "ch", channel) } : {}),
      ...(owner ? { ownerId: idFor(teams, "team", owner) } : {}),
      actions: items(cell(row, "actions")),
      thoughts: items(cell(row, "thoughts")),
      feelings: items(cell(row, "feelings")),
      ...(emotion === undefined ? {} : { emotion }),
      ...(expectedEmotion === undefined ? {} : { expectedEmotion }),
      ...(YES.has(mot) ? { momentOfTruth: true } : mot === "" ? {} : { momentOfTruth: false }),
      tags: items(cell(row, "tags")),
    };
  });
  if (issues.length > 0) return fail(issues);
  const doc: JourneyMapInput = {
    schemaVersion: 1,
    id: options.id ?? nextId("map", title),
    title,
    stages: [...stages].map(([name, id]) => ({ id, name })),
    channels: [...channels].map(([name, id]) => ({ id, name })),
    teams: [...teams].map(([name, id]) => ({ id, name })),
    touchpoints,
    painPoints: [...painPoints].map(([title, pp]) => ({ id: pp.id, title, touchpointIds: pp.touchpointIds, severity: painPointSeverity })),
  };
  return validateImport(doc, { unit: "row", places: { touchpoints: rows.map((_, index) => index + 2) } });
}
