/**
 * Spreadsheet formula guard. A cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (after any number of `'`) gets one more leading `'`, so spreadsheets
 * never run it as a formula; reading removes exactly one again. Because cells that already
 * start with `'` before such a character are escaped too, the pair is lossless:
 * `unguardFormula(guardFormula(s)) === s` for every string.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

/** Prefixes `'` to a cell a spreadsheet would read as a formula. */
export const guardFormula = (cell: string): string => (NEEDS_GUARD.test(cell) ? `'${cell}` : cell);

/** Removes the `'` that {@link guardFormula} added. */
export const unguardFormula = (cell: string): string => (cell.startsWith("'") && NEEDS_GUARD.test(cell.slice(1)) ? cell.slice(1) : cell);
