import { escapeText as esc } from "../../render/escape";

/** A scalar cell as text: strings as they are, anything else as JSON. */
function cellText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  const json = JSON.stringify(value);
  return json === undefined ? "" : json;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A table with a header row: one row per record, one column per key any record has. */
function recordsTable(rows: readonly Record<string, unknown>[], maxRows: number): string {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const head = `<tr>${keys.map((key) => `<th scope="col">${esc(key)}</th>`).join("")}</tr>`;
  const body = rows
    .slice(0, maxRows)
    .map((row) => `<tr>${keys.map((key) => `<td${typeof row[key] === "number" ? ' class="jk-number"' : ""}>${esc(cellText(row[key]))}</td>`).join("")}</tr>`)
    .join("");
  const more = rows.length > maxRows ? `<p class="jk-lead">… and ${rows.length - maxRows} more rows</p>` : "";
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>${more}`;
}

/**
 * Returns loose data (measurements another module made) as HTML tables, every string
 * escaped; never throws for any JSON-like value. An array of objects is a table with a
 * column per key; an object is a two-column table of its keys, where a key holding an
 * array of objects gets its own table under a heading; anything else is one line of JSON.
 * Nested values show as JSON in their cell. `undefined` gives `""`.
 *
 * @example
 * ```ts
 * import { renderHtmlDataTable } from "./html-data-table"; // internal: not exported from "journeykit"
 *
 * renderHtmlDataTable([{ touchpoint: "Order", visits: 120 }]); // "<table>…</table>"
 * ```
 */
export function renderHtmlDataTable(data: unknown, maxRows = 200): string {
  if (data === undefined) return "";
  if (Array.isArray(data)) {
    if (data.length > 0 && data.every(isRecord)) return recordsTable(data, maxRows);
    return `<p>${esc(cellText(data))}</p>`;
  }
  if (!isRecord(data)) return `<p>${esc(cellText(data))}</p>`;
  const entries = Object.entries(data);
  const tables = entries.filter(([, value]) => Array.isArray(value) && value.length > 0 && value.every(isRecord));
  const scalars = entries.filter((entry) => !tables.includes(entry));
  const pairs =
    scalars.length === 0
      ? ""
      : `<table><tbody>${scalars.map(([key, value]) => `<tr><th scope="row">${esc(key)}</th><td>${esc(cellText(value))}</td></tr>`).join("")}</tbody></table>`;
  return pairs + tables.map(([key, value]) => `<h3>${esc(key)}</h3>${recordsTable(value as Record<string, unknown>[], maxRows)}`).join("");
}
