import Papa from "papaparse";
import type { JourneyMap } from "../../model/journey-map";
import { CSV_COLUMNS } from "./csv-columns";
import { guardFormula } from "./formula";

const list = (items: readonly string[]) => items.map((item) => item.replace(/\r\n?|\n/g, " ")).join("\n");
const num = (value: number | undefined) => (value === undefined ? "" : String(value));

/**
 * Returns the map's touchpoints as CSV (RFC 4180, CRLF line ends, header first), one row
 * per touchpoint in journey order, with the columns of {@link CSV_COLUMNS}. Stages without
 * touchpoints, personas, opportunities, evidence and metrics are not carried: CSV is for
 * the touchpoint grid teams keep in spreadsheets. A cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return (after any `'`s) gets a leading `'` so spreadsheets never
 * run it as a formula; {@link fromCsv} removes exactly that `'` again, so text round-trips.
 *
 * @example
 * ```ts
 * import { createJourneyMap, toCsv } from "journeykit";
 *
 * toCsv(createJourneyMap({ title: "Empty" })); // the header line only
 * ```
 */
export function toCsv(map: JourneyMap): string {
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  const channelName = new Map(map.channels.map((c) => [c.id, c.name]));
  const teamName = new Map(map.teams.map((t) => [t.id, t.name]));
  const painTitles = new Map<string, string[]>();
  for (const pp of map.painPoints) {
    for (const id of pp.touchpointIds) painTitles.set(id, [...(painTitles.get(id) ?? []), pp.title]);
  }
  const order = new Map(map.stages.map((s, i) => [s.id, i]));
  const touchpoints = map.touchpoints
    .map((tp, i) => ({ tp, i }))
    .sort((a, b) => (order.get(a.tp.stageId) ?? 0) - (order.get(b.tp.stageId) ?? 0) || a.i - b.i)
    .map(({ tp }) => tp);
  const data = touchpoints.map((tp) =>
    [
    tp.id,
    stageName.get(tp.stageId) ?? "",
    tp.name,
    tp.description ?? "",
    tp.channelId ? (channelName.get(tp.channelId) ?? "") : "",
    tp.ownerId ? (teamName.get(tp.ownerId) ?? "") : "",
    list(tp.actions),
    list(tp.thoughts),
    list(tp.feelings),
    num(tp.emotion),
    num(tp.expectedEmotion),
    tp.momentOfTruth === true ? "yes" : tp.momentOfTruth === false ? "no" : "",
    list(painTitles.get(tp.id) ?? []),
    list(tp.tags),
    ].map(guardFormula),
  );
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: "\r\n", quotes: false })}\r\n`;
}
