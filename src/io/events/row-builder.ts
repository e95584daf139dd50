import type { EventRow } from "../../measure/event-row";
import { FORBIDDEN_KEYS } from "../../validate/limits";
import type { ResolvedColumns } from "./event-columns";

/** Builds event rows from the fields of a header's columns, as returned by {@link rowBuilder}. */
export interface RowBuilder {
  /** The row of one record's fields. */
  build(fields: readonly string[], line: number): EventRow;
}

/** A row that a reader could not read: the analyzer rejects it with `error`. */
export function errorRow(line: number, error: string): EventRow {
  return { caseId: "", event: "", time: "", line, error };
}

/**
 * Returns a builder for the columns of `header`, or the reason it cannot be one (a mapped
 * column is missing).
 */
export function rowBuilder(header: readonly string[], columns: ResolvedColumns, properties: readonly string[] | "rest"): RowBuilder | string {
  const at = (name: string) => header.indexOf(name);
  const missing = [columns.case, columns.event, columns.time, columns.url, columns.segment].filter((c): c is string => c !== undefined && at(c) === -1);
  if (properties !== "rest") missing.push(...properties.filter((p) => at(p) === -1));
  if (missing.length > 0)
    return `missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => JSON.stringify(m)).join(", ")}; the header has ${header.map((h) => JSON.stringify(h)).join(", ")}`;
  const c = at(columns.case);
  const e = at(columns.event);
  const t = at(columns.time);
  const u = at(columns.url ?? "url");
  const s = at(columns.segment ?? "segment");
  const mapped = new Set([c, e, t, u, s]);
  const props = (properties === "rest" ? header.map((_, i) => i).filter((i) => !mapped.has(i)) : properties.map(at)).filter((i) => !FORBIDDEN_KEYS.has(header[i] as string));
  const names = props.map((i) => header[i] as string);
  const width = header.length;
  return {
    build(fields, line) {
      if (fields.length !== width) return errorRow(line, `expected ${width} fields, found ${fields.length}`);
      const row: EventRow = { caseId: fields[c] as string, event: fields[e] as string, time: fields[t] as string, line };
      if (u !== -1 && fields[u] !== "") row.url = fields[u] as string;
      if (s !== -1 && fields[s] !== "") row.segment = fields[s] as string;
      if (props.length > 0) {
        const p: Record<string, string> = {};
        for (let k = 0; k < props.length; k++) p[names[k] as string] = fields[props[k] as number] as string;
        row.properties = p;
      }
      return row;
    },
  };
}
