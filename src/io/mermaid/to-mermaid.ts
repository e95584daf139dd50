import type { JourneyMap } from "../../model/journey-map";
import type { Touchpoint } from "../../model/touchpoint";
import { IMPLICIT_SECTION, mermaidExtension, UNTITLED } from "./mermaid-extensions";
import { flowComments } from "./mermaid-flow";
import { toMermaidLabel } from "./mermaid-text";

/** Options of {@link toMermaid}. */
export interface ToMermaidOptions {
  /** The score written for touchpoints without an emotion (Mermaid needs one). @defaultValue 3 */
  missingScore?: number;
}

/**
 * Returns the map as a Mermaid `journey` diagram (throwing only a `RangeError` for a bad
 * `missingScore`): the title, `accTitle`, the description (or `accDescr`) as `accDescr`
 * (a `{ … }` block when it has line breaks), a `section` per stage and a task per
 * touchpoint, `name: score: actors`.
 *
 * The actors are the personas of the touchpoint's `personaEmotions`, in order. In a map
 * that never lists its first persona in `personaEmotions` (where `emotion` alone says
 * what that persona feels), the first persona comes first wherever the touchpoint has an
 * `emotion`. The score is the `emotion`, else the first `personaEmotions` entry's, else
 * the score kept by {@link fromMermaid} under `extensions.mermaid`, else `missingScore`;
 * Mermaid has one score per task, so different emotions of several personas become one.
 * What `fromMermaid` made up is left out again: the title of a diagram without one and
 * the section of the tasks written before any. Characters Mermaid gives meaning to (`:`,
 * `#`, `;`, line breaks, a task name's leading `%` or keyword) are swapped for look-alikes
 * that `fromMermaid` swaps back. Channels, pain points, opportunities and the rest are left out.
 *
 * The tasks are the touchpoints in journey order: the main path, the one line a `journey`
 * diagram draws. The rest of the flow — `next` (with each edge's `label` and `share`),
 * `optional` and `terminal` — follows as `%% journeykit:flow {…}` comment lines, one per
 * touchpoint that has any, naming tasks by their number (from 1): Mermaid ignores them and
 * `fromMermaid` reads them back, so the flow survives the round trip. A map without flow
 * fields gets no such line.
 *
 * @example
 * ```ts
 * import { createJourneyMap, toMermaid } from "journeykit";
 *
 * const text = toMermaid(createJourneyMap({ title: "Coffee", stages: ["Order"] }));
 * // journey
 * //   title Coffee
 * //   section Order
 * ```
 */
export function toMermaid(map: JourneyMap, options: ToMermaidOptions = {}): string {
  const { missingScore = 3 } = options;
  if (!Number.isFinite(missingScore)) throw new RangeError(`invalid missingScore: ${missingScore}; expected a finite number`);
  const out = ["journey", ...header(map)];
  const byStage = new Map<string, Touchpoint[]>();
  for (const tp of map.touchpoints) {
    const list = byStage.get(tp.stageId);
    if (list) list.push(tp);
    else byStage.set(tp.stageId, [tp]);
  }
  const first = map.personas[0]?.id;
  const task = taskWriter(map, missingScore, first !== undefined && !listsFirstPersona(map, first) ? first : undefined);
  const written: Touchpoint[] = [];
  map.stages.forEach((stage, i) => {
    const touchpoints = byStage.get(stage.id) ?? [];
    const implicit = i === 0 && touchpoints.length > 0 && stage.name === IMPLICIT_SECTION && mermaidExtension(stage.extensions).implicit;
    if (!implicit) out.push(`  section ${toMermaidLabel(stage.name, "section")}`);
    for (const tp of touchpoints) out.push(`    ${task(tp)}`);
    written.push(...touchpoints);
  });
  out.push(...flowComments(written));
  return `${out.join("\n")}\n`;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** Mermaid reads the rest of an `accTitle:`/`accDescr:` line as it is, but strips `%%{…}%%` directives anywhere first. */
const breakDirectives = (text: string) => text.replace(/%(?=%\{)/g, "％");

function header(map: JourneyMap): string[] {
  const lines: string[] = [];
  const accTitle = map.accTitle === undefined ? "" : oneLine(map.accTitle);
  const madeUp = mermaidExtension(map.extensions).implicitTitle && map.title === (accTitle || UNTITLED);
  const title = toMermaidLabel(map.title, "title");
  // An empty `title` line is a syntax error in Mermaid: a title of spaces is written as an invisible one.
  if (!madeUp) lines.push(`  title ${title || "\u2060"}`);
  if (accTitle) lines.push(`  accTitle: ${breakDirectives(accTitle)}`);
  const description = map.accDescr ?? map.description ?? "";
  if (/[\r\n]/.test(description.trim()) && !description.includes("}")) {
    const body = description
      .split(/\r\n?|\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    lines.push("  accDescr {", ...body.map((l) => `    ${l}`), "  }");
  } else if (description !== "") lines.push(`  accDescr: ${breakDirectives(oneLine(description))}`);
  return lines;
}

function listsFirstPersona(map: JourneyMap, first: string): boolean {
  return map.touchpoints.some((tp) => tp.personaEmotions.some((pe) => pe.personaId === first) || mermaidExtension(tp.extensions).actors?.includes(first));
}

/** Returns the writer of task lines; `implied` is the first persona where `emotion` alone stands for it. */
function taskWriter(map: JourneyMap, missingScore: number, implied: string | undefined): (tp: Touchpoint) => string {
  const personaName = new Map(map.personas.map((p) => [p.id, p.name]));
  const first = map.personas[0]?.id;
  // Mermaid orders personas as their names first appear: the first task with actors names the
  // map's first persona first, or the import would take another persona for the first one.
  let metFirst = first === undefined;
  return (tp) => {
    const kept = mermaidExtension(tp.extensions);
    let ids = tp.personaEmotions.map((pe) => pe.personaId);
    if (ids.length === 0 && tp.emotion === undefined && kept.actors) ids = kept.actors;
    if (implied !== undefined && tp.emotion !== undefined && !ids.includes(implied)) ids = [implied, ...ids];
    // An emotion with other actors but not the first persona: Mermaid has one score per task, so the first
    // persona is written first, or the import would read the score as theirs alone and lose the emotion.
    else if (first !== undefined && tp.emotion !== undefined && ids.length > 0 && !ids.includes(first)) ids = [first, ...ids];
    if (!metFirst && ids.length > 0) {
      metFirst = true;
      if (ids[0] !== first) ids = [first as string, ...ids.filter((id) => id !== first)];
    }
    const names = ids.flatMap((id) => {
      const name = personaName.has(id) ? toMermaidLabel(personaName.get(id) as string, "actor") : "";
      return name ? [name] : [];
    });
    const score = String(tp.emotion ?? tp.personaEmotions[0]?.emotion ?? kept.score ?? missingScore);
    const tail = names.length > 0 ? `: ${names.join(", ")}` : score === "" ? ":" : "";
    return `${toMermaidLabel(tp.name, "task")}: ${score}${tail}`;
  };
}
