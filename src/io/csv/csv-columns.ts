/**
 * The CSV format: one row per touchpoint, in journey order, with this header. Multi-value
 * cells (actions, thoughts, feelings, pain points, tags) hold one item per line inside the
 * quoted cell; an item's own line breaks become spaces on export.
 *
 * | column | holds |
 * | --- | --- |
 * | `id` | the touchpoint's id (generated on import when empty) |
 * | `stage` | the stage's name (stages are created in order of first appearance) |
 * | `touchpoint` | the touchpoint's name |
 * | `description` | the touchpoint's description |
 * | `channel` | the channel's name |
 * | `owner` | the owning team's name |
 * | `actions`, `thoughts`, `feelings` | one item per line |
 * | `emotion`, `expected emotion` | numbers from 1 to 5 |
 * | `moment of truth` | `yes` or empty (`true`, `1`, `x` also read as yes; `no`, `false`, `0` as no) |
 * | `pain points` | titles of the pain points at this touchpoint, one per line |
 * | `tags` | one tag per line |
 *
 * A map whose touchpoints have `next` edges gets the column `next` after `tags`
 * ({@link CSV_FLOW_COLUMNS}): one edge per line, `<touchpoint id> (<share>) <label>`, the
 * share and the label optional (`tp-app (0.4) In the app`).
 *
 * A map with more than this grid holds (stage goals and metrics, personas, opportunities,
 * evidence, lanes, touchpoint metrics and notes, ids, extensions…) is written with two more
 * columns, {@link CSV_EXTRA_COLUMNS}: `kind` says what a row is (empty or `touchpoint`, or one
 * of {@link CSV_ROW_KINDS}), and `data` holds, as a JSON object, what the other columns of
 * the row do not: the rest of a touchpoint, or the whole entity of another kind of row (its
 * id in the `id` column). Nothing is then lost between {@link toCsv} and {@link fromCsv}.
 */
export const CSV_COLUMNS = [
  "id",
  "stage",
  "touchpoint",
  "description",
  "channel",
  "owner",
  "actions",
  "thoughts",
  "feelings",
  "emotion",
  "expected emotion",
  "moment of truth",
  "pain points",
  "tags",
] as const;

/** A column of the CSV format. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The columns a CSV gets when the map holds more than the grid (see {@link CSV_COLUMNS}). */
export const CSV_EXTRA_COLUMNS = ["kind", "data"] as const;

/** The column a CSV gets when a touchpoint has `next` edges (see {@link CSV_COLUMNS}). */
export const CSV_FLOW_COLUMNS = ["next"] as const;

/** Every column {@link fromCsv} reads. */
export type CsvField = CsvColumn | (typeof CSV_EXTRA_COLUMNS)[number] | (typeof CSV_FLOW_COLUMNS)[number];

/**
 * The kinds of row besides touchpoints, and the map collection each fills (`map`: the
 * map's own fields, and any collection that has no kind of its own).
 */
export const CSV_ROW_KINDS = {
  map: undefined,
  stage: "stages",
  persona: "personas",
  channel: "channels",
  team: "teams",
  "pain point": "painPoints",
  opportunity: "opportunities",
  evidence: "evidence",
  lane: "lanes",
} as const;

/** A kind of CSV row other than a touchpoint. */
export type CsvRowKind = keyof typeof CSV_ROW_KINDS;
