/*
 * The `next` column: where customers go from a touchpoint, one edge per line of the cell,
 * each line `<touchpoint id>`, then optionally ` (<share>)`, then optionally ` <label>`:
 *
 *   tp-app (0.4) In the app
 *   tp-counter (0.6)
 *   tp-menu payment failed
 *
 * Ids never hold white space, so the first word is the id, and a parenthesised number
 * after it the share (ids may hold `:`, which rules out `id:share`). A label the cell
 * cannot hold exactly (line breaks, surrounding white space, an empty label, or one that
 * starts with `(` on an edge without a share) is written into the row's `data` as well,
 * as the other text cells are, and the cell holds what it can ({@link nextForCell}).
 */
import type { NextStep } from "../../model/touchpoint";
import type { JourneyMapIssue } from "../../validate/issue";
import { cellIssue } from "./csv-header";

/** Returns the text of a `next` cell: one edge per line. */
export function nextCell(next: readonly NextStep[]): string {
  return next.map((step) => `${step.touchpointId}${step.share === undefined ? "" : ` (${step.share})`}${step.label === undefined ? "" : ` ${step.label}`}`).join("\n");
}

/**
 * Returns the edges as a cell holds them: each label on one line, trimmed, left out where
 * empty or where it would read as a share (a label starting with `(` on an edge without
 * one). The map's own edges go into the row's `data` when they differ from these.
 */
export function nextForCell(next: readonly NextStep[]): NextStep[] {
  return next.map((step) => {
    const label = step.label?.replace(/\s+/g, " ").trim();
    const keep = label !== undefined && label !== "" && (step.share !== undefined || !label.startsWith("("));
    return { touchpointId: step.touchpointId, ...(step.share === undefined ? {} : { share: step.share }), ...(keep ? { label } : {}) };
  });
}

/** Whether two lists of edges are the same: the same targets, labels and shares, in order. */
export function sameSteps(a: readonly NextStep[], b: readonly NextStep[]): boolean {
  return a.length === b.length && a.every((s, i) => s.touchpointId === b[i]?.touchpointId && s.label === b[i]?.label && s.share === b[i]?.share);
}

/** Whether a value kept in a row's `data` is a list of edges (then compared with the cell). */
export function isNextSteps(value: unknown): value is NextStep[] {
  return (
    Array.isArray(value) &&
    value.every((step: unknown) => {
      if (typeof step !== "object" || step === null) return false;
      const s = step as Record<string, unknown>;
      return typeof s.touchpointId === "string" && (s.label === undefined || typeof s.label === "string") && (s.share === undefined || typeof s.share === "number");
    })
  );
}

/** Where a `next` cell is, for its issues: the row (header = 1), the column (1-based) and the column's name. */
export interface NextCellPlace {
  row: number;
  column: number;
  name: string;
}

/** Reads one line of a `next` cell: the edge, or why it is not one. */
function readLine(line: string): NextStep | string {
  const id = /^\S+/.exec(line)?.[0] ?? "";
  let rest = line.slice(id.length).trim();
  let share: number | undefined;
  if (rest.startsWith("(")) {
    const close = rest.indexOf(")");
    const inner = close === -1 ? rest.slice(1) : rest.slice(1, close);
    if (close === -1 || inner.trim() === "" || !Number.isFinite(Number(inner))) {
      return `expected the share of the edge to ${JSON.stringify(id)} as a number in parentheses, as in "${id} (0.5)", got ${JSON.stringify(rest.slice(0, close === -1 ? 20 : close + 1))}`;
    }
    share = Number(inner);
    rest = rest.slice(close + 1).trim();
  }
  return { touchpointId: id, ...(share === undefined ? {} : { share }), ...(rest === "" ? {} : { label: rest }) };
}

/**
 * Returns the edges a `next` cell lists (blank lines skipped), or the issues of its
 * malformed lines (`invalid_type`, at the cell's row and column). Ids are checked later,
 * by validation, like every other reference.
 */
export function readNextCell(text: string, place: NextCellPlace): { next: NextStep[] } | { issues: JourneyMapIssue[] } {
  const next: NextStep[] = [];
  const issues: JourneyMapIssue[] = [];
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const step = readLine(line);
    if (typeof step === "string") issues.push(cellIssue("invalid_type", place.row, place.column, place.name, `line ${i + 1} of the cell: ${step}`));
    else next.push(step);
  });
  return issues.length > 0 ? { issues } : { next };
}
