/**
 * The digits of the fallback metrics (fallback-metrics.ts, written by
 * scripts/generate-fallback-metrics.ts): the character at index `w` stands for an advance of
 * `w`/32 em. Printable ASCII from "#" on, without the run syntax (":" and ";") and the
 * backslash, so that the table is a plain string literal; "!" (not a digit) escapes the
 * rare wider advance, written as two base-36 digits.
 */
export const WIDTH_DIGITS = "#$%&'()*+,-./0123456789<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
