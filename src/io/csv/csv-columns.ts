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
