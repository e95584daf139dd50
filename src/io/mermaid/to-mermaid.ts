import type { JourneyMap } from "../../model/journey-map";
import { toMermaidLabel } from "./mermaid-text";

/** Options of {@link toMermaid}. */
export interface ToMermaidOptions {
  /** The score written for touchpoints without an emotion (Mermaid needs one). @defaultValue 3 */
  missingScore?: number;
}

/**
 * Returns the map as a Mermaid `journey` diagram: the title, the description as
 * `accDescr`, a `section` per stage and a task per touchpoint, `name: emotion: actors`.
 * The actors are the map's first persona (whose experience `emotion` is) and every persona
 * in the touchpoint's `personaEmotions`. Characters Mermaid gives meaning to (`:`, `#`,
 * `;`, line breaks, a leading `%` or keyword) are swapped for look-alikes that
 * {@link fromMermaid} swaps back, so stage names, touchpoint names and scores survive the
 * round trip. Everything Mermaid cannot show (channels, pain points, opportunities…) is
 * left out.
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
  if (!Number.isFinite(missingScore)) throw new RangeError(`invalid missingScore: ${missingScore}`);
  const personaName = new Map(map.personas.map((p) => [p.id, p.name]));
  const firstPersona = map.personas[0];
  const out = ["journey", `  title ${toMermaidLabel(map.title, { colon: false })}`];
  if (map.description) out.push(`  accDescr: ${map.description.replace(/\s+/g, " ").trim()}`);
  for (const stage of map.stages) {
    out.push(`  section ${toMermaidLabel(stage.name)}`);
    for (const tp of map.touchpoints) {
      if (tp.stageId !== stage.id) continue;
      const actors = new Set<string>();
      if (firstPersona && tp.emotion !== undefined) actors.add(firstPersona.name);
      for (const pe of tp.personaEmotions) actors.add(personaName.get(pe.personaId) ?? pe.personaId);
      const names = [...actors].map((name) => toMermaidLabel(name).replace(/,/g, "‚"));
      const score = tp.emotion ?? missingScore;
      out.push(`    ${toMermaidLabel(tp.name)}: ${score}${names.length ? `: ${names.join(", ")}` : ""}`);
    }
  }
  return `${out.join("\n")}\n`;
}
