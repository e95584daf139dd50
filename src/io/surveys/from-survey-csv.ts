import Papa from "papaparse";
import type { IdGenerator } from "../../model/create-id";
import type { JourneyMap } from "../../model/journey-map";
import type { Survey } from "../../model/survey";
import { type JourneyMapIssue, makeIssue } from "../../validate/issue";
import { suggestNearest } from "../../validate/suggest";
import { unguardFormula } from "../csv/formula";
import { readQualtrics } from "./qualtrics";
import { SurveyTally, answerValue, cellIssue, resolveName, resolvePersona, unknownScale } from "./survey-tally";

/** Where the answers of one column of a Qualtrics export go. */
export interface SurveyQuestion {
  /** The touchpoint the question is about (give this or `stageId`). */
  touchpointId?: string;
  /** The stage the question is about (give this or `touchpointId`). */
  stageId?: string;
  /** The scale of the answers: a built-in id or one of the map's scales. */
  scaleId: string;
}

/** Options of {@link fromSurveyCsv}. */
export interface FromSurveyCsvOptions {
  /** The layout of the file. @defaultValue `"qualtrics"` when `questions` is given, else `"long"` */
  format?: "long" | "qualtrics";
  /** The map the answers belong to: touchpoints, stages and personas may then be named by name, and its scales used. @defaultValue none: cells are ids */
  map?: JourneyMap;
  /** Qualtrics: which columns to read, and where their answers go. @defaultValue none (required for Qualtrics) */
  questions?: Record<string, SurveyQuestion>;
  /** Qualtrics: the column that says who answered (a persona's id or name). @defaultValue none: no persona split */
  personaColumn?: string;
  /** What the persona column's answers mean: answer text → persona id, tried before ids and names. @defaultValue none: ids and names only */
  personas?: Readonly<Record<string, string>>;
  /** Answers that mean "no answer", skipped (compared without regard to case). @defaultValue {@link DEFAULT_NA_CODES} */
  naCodes?: readonly string[];
  /** The `collectedAt` of every survey. @defaultValue none */
  collectedAt?: string;
  /** Makes survey ids. @defaultValue `survey-` plus a slug of the target, scale and persona */
  generateId?: IdGenerator;
  /** Longest text accepted, in characters. @defaultValue 10_000_000 */
  maxInputLength?: number;
}

/** Why {@link fromSurveyCsv} read no surveys: every issue found, each with its row and column. */
export interface FromSurveyCsvError {
  /** The problems found, in the order of the file. */
  issues: JourneyMapIssue[];
}

/** The result of {@link fromSurveyCsv}: the shape of `safeParseJourneyMap` (`{ success, data }` or `{ success, error }`). */
export type FromSurveyCsvResult = { success: true; data: Survey[]; error?: undefined } | { success: false; error: FromSurveyCsvError; data?: undefined };

/** Cells that mean "no answer" unless `naCodes` says otherwise: empty cells, NA codes, Qualtrics' −99 (seen, not answered). */
export const DEFAULT_NA_CODES: readonly string[] = ["", "na", "n/a", "-99", "not applicable", "don't know", "prefer not to say"];

/** The cells of a parsed CSV, rows of strings, with the spreadsheet formula guard removed. */
export type Rows = string[][];

function parseRows(text: string): { rows: Rows; issues: JourneyMapIssue[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: "greedy" });
  const issues = parsed.errors.map(
    (error): JourneyMapIssue => ({ code: "invalid_format", path: [], message: `row ${(error.row ?? 0) + 1}: ${error.message}`, line: (error.row ?? 0) + 1 }),
  );
  return { rows: parsed.data.map((row) => row.map(unguardFormula)), issues };
}

const LONG_COLUMNS = ["touchpoint", "stage", "scale", "value", "persona", "weight"] as const;

/** The long format: one answer per row, `touchpoint` (or `stage`), `scale`, `value`, optional `persona` and `weight`. */
function readLong(rows: Rows, tally: SurveyTally, options: FromSurveyCsvOptions, naCodes: ReadonlySet<string>, issues: JourneyMapIssue[]): void {
  const [header = [], ...data] = rows;
  const at = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if ((LONG_COLUMNS as readonly string[]).includes(key)) at.set(key, i);
    else {
      const suggestion = suggestNearest(key, LONG_COLUMNS);
      const text = `unknown column${suggestion ? `; did you mean "${suggestion}"?` : ""}`;
      issues.push(cellIssue("unrecognized_keys", 1, i + 1, name, text, { keys: [name], ...(suggestion ? { suggestion } : {}) }));
    }
  });
  if (at.has("touchpoint") === at.has("stage")) issues.push(cellIssue("invalid_type", 1, header.length + 1, "touchpoint", "expected a touchpoint column or a stage column"));
  for (const required of ["scale", "value"]) if (!at.has(required)) issues.push(cellIssue("invalid_type", 1, header.length + 1, required, "the required column is missing"));
  if (issues.length > 0) return;
  const { map } = options;
  const targetColumn = at.has("touchpoint") ? "touchpoint" : "stage";
  for (let index = 0; index < data.length; index++) {
    const row = data[index]!;
    const line = index + 2;
    const cell = (name: string) => (row[at.get(name) ?? -1] ?? "").trim();
    const column = (name: string) => (at.get(name) ?? 0) + 1;
    const problem = (name: string, text: string) => issues.push(cellIssue("invalid_value", line, column(name), name, text));
    const target = resolveName(cell(targetColumn), targetColumn === "touchpoint" ? map?.touchpoints : map?.stages, targetColumn);
    if ("problem" in target) {
      problem(targetColumn, target.problem);
      continue;
    }
    const scale = tally.scale(cell("scale"));
    if (!scale) {
      const unknown = unknownScale(cell("scale"), map);
      issues.push(cellIssue("unknown_reference", line, column("scale"), "scale", unknown.text, unknown.fields));
      continue;
    }
    let personaId: string | undefined;
    if (at.has("persona") && cell("persona") !== "") {
      const persona = resolvePersona(cell("persona"), options);
      if ("problem" in persona) {
        problem("persona", persona.problem);
        continue;
      }
      personaId = persona.id;
    }
    const weight = at.has("weight") && cell("weight") !== "" ? Number(cell("weight")) : 1;
    if (!(weight >= 0 && Number.isFinite(weight))) {
      problem("weight", `expected a weight of 0 or more, got ${JSON.stringify(cell("weight"))}`);
      continue;
    }
    const value = answerValue(cell("value"), scale, naCodes);
    if (value === null) continue;
    if (value === undefined) {
      problem("value", `${JSON.stringify(cell("value"))} is neither a point nor a label of the scale ${JSON.stringify(scale.id)} (${scale.min}…${scale.max}), nor an N/A code`);
      continue;
    }
    tally.add({ [targetColumn === "touchpoint" ? "touchpointId" : "stageId"]: target.id, scaleId: scale.id, ...(personaId ? { personaId } : {}) }, scale, value, weight);
  }
}

/**
 * Reads survey answers from CSV into surveys — one histogram per touchpoint or stage,
 * scale and persona — or returns `{ success: false, error }` with every issue in
 * `error.issues`, each with its row (`line`, header = 1) and column. Two layouts: the long format, one answer per row with the columns `touchpoint`
 * (or `stage`), `scale`, `value` and optionally `persona` and `weight`; and a Qualtrics
 * export (column names, then a row of question texts and usually a row of import ids),
 * where `questions` names the columns to read and where their answers go, and
 * `personaColumn` the column that says who answered (its answers mapped by `personas`,
 * or naming personas by id or name). Answers may be numbers or the
 * scale's labels; N/A codes are skipped; weights give the surveys an `effectiveN`. With
 * `map`, touchpoints, stages and personas may be named by name and the map's scales used.
 * Throws a `TypeError` or `RangeError` for bad options (a question naming no scale, a
 * target that is not exactly one of touchpoint or stage).
 *
 * @example
 * ```ts
 * import { fromSurveyCsv } from "journeykit";
 *
 * const result = fromSurveyCsv("touchpoint,scale,value\ntp-queue,csat-5,4\ntp-queue,csat-5,Extremely satisfied\ntp-queue,csat-5,N/A\n");
 * if (result.success) result.data[0]; // { id: "survey-tp-queue-csat-5", scaleId: "csat-5", touchpointId: "tp-queue", counts: [0, 0, 0, 1, 1] }
 * else result.error.issues.map((issue) => issue.message);
 * ```
 */
export function fromSurveyCsv(text: string, options: FromSurveyCsvOptions = {}): FromSurveyCsvResult {
  const { maxInputLength = 10_000_000 } = options;
  const format = options.format ?? (options.questions ? "qualtrics" : "long");
  if (format !== "long" && format !== "qualtrics") throw new RangeError(`invalid format: ${JSON.stringify(format)}; expected "long" or "qualtrics"`);
  if (typeof text !== "string") return fail([makeIssue("invalid_type", [], "expected CSV text (a string)")]);
  if (text.length > maxInputLength) {
    const limit = { limit: "maxInputLength", maximum: maxInputLength };
    return fail([makeIssue("limit_exceeded", [], `the text of ${text.length} characters exceeds the limit maxInputLength = ${maxInputLength}`, limit)]);
  }
  const naCodes = new Set((options.naCodes ?? DEFAULT_NA_CODES).map((code) => code.trim().toLowerCase()));
  const tally = new SurveyTally(options.map);
  const { rows, issues } = parseRows(text);
  if (format === "long") readLong(rows, tally, options, naCodes, issues);
  else readQualtrics(rows, tally, options, naCodes, issues);
  if (issues.length > 0) return fail(issues);
  return { success: true, data: tally.result(options.generateId, options.collectedAt) };
}

const fail = (issues: JourneyMapIssue[]): FromSurveyCsvResult => ({ success: false, error: { issues } });
