import { type IssueFieldsArgument, issueAt, type JourneyMapIssue, type JourneyMapIssueCode, type JourneyMapIssueOf } from "../../validate/issue";
import { suggestNearest } from "../../validate/suggest";
import { CSV_COLUMNS, CSV_EXTRA_COLUMNS, CSV_FLOW_COLUMNS, type CsvField } from "./csv-columns";

/** What to do with a column that is neither journeykit's nor mapped: refuse it, skip it, or keep it as a custom lane. */
export type CsvUnknownColumns = "error" | "ignore" | "lane";

/** Where each field is in a CSV's rows, and the columns kept as custom lanes. */
export interface CsvHeader {
  index: Map<CsvField, number>;
  lanes: { index: number; name: string }[];
  names: string[];
  issues: JourneyMapIssue[];
}

const FIELDS: readonly string[] = [...CSV_COLUMNS, ...CSV_FLOW_COLUMNS, ...CSV_EXTRA_COLUMNS];
const TARGETS: readonly string[] = [...FIELDS, "ignore", "lane"];

/** An issue at a cell: `line` is the row as a spreadsheet numbers it (header = 1), `column` 1-based. */
export function cellIssue<C extends JourneyMapIssueCode>(
  code: C,
  row: number,
  column: number,
  name: string,
  text: string,
  ...extra: IssueFieldsArgument<C, "line" | "column">
): JourneyMapIssueOf<C> {
  return issueAt(code, [], { line: row, column }, `row ${row}, column ${column} (${name}): ${text}`, ...extra);
}

/** Throws a `TypeError` for a mapping that names no field (a programmer's mistake, not the data's). */
export function checkColumnMapping(columns: Readonly<Record<string, string>> | undefined): void {
  if (columns === undefined) return;
  if (typeof columns !== "object" || columns === null) throw new TypeError(`invalid columns: ${String(columns)}; expected an object`);
  for (const [name, target] of Object.entries(columns)) {
    if (TARGETS.includes(target)) continue;
    const suggestion = suggestNearest(String(target), TARGETS);
    throw new TypeError(`invalid columns[${JSON.stringify(name)}]: ${JSON.stringify(target)}${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
  }
}

/** Looks a header cell up in the mapping: as written, then trimmed, then without regard to case. */
function mapped(columns: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  if (!columns) return undefined;
  if (Object.hasOwn(columns, name)) return columns[name];
  const key = name.trim().toLowerCase();
  return Object.entries(columns).find(([k]) => k.trim().toLowerCase() === key)?.[1];
}

/** Returns where each field is, from the header row, the mapping and the choice for unknown columns. */
export function readCsvHeader(header: readonly string[], columns: Readonly<Record<string, string>> | undefined, unknown: CsvUnknownColumns): CsvHeader {
  const out: CsvHeader = { index: new Map(), lanes: [], names: header.map((h) => h.trim()), issues: [] };
  header.forEach((raw, i) => {
    const name = raw.trim();
    const own = name.toLowerCase();
    const target = mapped(columns, raw) ?? (FIELDS.includes(own) ? own : unknown === "error" ? undefined : unknown);
    if (target === "ignore") return;
    if (target === "lane") {
      out.lanes.push({ index: i, name: name || `Column ${i + 1}` });
      return;
    }
    if (target === undefined) {
      const suggestion = suggestNearest(own, FIELDS);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : "";
      const text = `unknown column${hint} (map it with the columns option, or set unknownColumns to "ignore" or "lane")`;
      out.issues.push(cellIssue("unrecognized_keys", 1, i + 1, name, text, { keys: [name], ...(suggestion ? { suggestion } : {}) }));
      return;
    }
    const field = target as CsvField;
    const seen = out.index.get(field);
    if (seen !== undefined) out.issues.push(cellIssue("invalid_value", 1, i + 1, name, `a second column for "${field}" (the first is column ${seen + 1})`));
    else out.index.set(field, i);
  });
  if (!out.index.has("touchpoint")) {
    out.issues.push(cellIssue("invalid_type", 1, header.length + 1, "touchpoint", "the required column is missing (map a column to it with the columns option)"));
  }
  return out;
}
