/**
 * What {@link fromMermaid} keeps under `extensions.mermaid` so that {@link toMermaid}
 * writes the diagram back as it was: on the map, `implicitTitle` (the diagram had no
 * `title`; the map's title was made up); on a stage, `implicit` (the tasks written before
 * any `section`); on a touchpoint, `score` (a score outside 1–5 or not a number, as
 * written) and `actors` (the persona ids of such a task, which `personaEmotions` cannot
 * hold without an emotion).
 */
export interface MermaidExtension {
  implicitTitle?: boolean;
  implicit?: boolean;
  score?: string;
  actors?: string[];
}

/** The title a map gets from a diagram without one (its `accTitle` first). */
export const UNTITLED = "Untitled journey";
/** The name of the stage of the tasks written before any `section`. */
export const IMPLICIT_SECTION = "Journey";

/** Returns the `extensions.mermaid` of an entity, keeping only well-formed fields; `{}` when there is none. */
export function mermaidExtension(extensions: Record<string, unknown> | undefined): MermaidExtension {
  const value = extensions?.mermaid;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const x = value as Record<string, unknown>;
  const out: MermaidExtension = {};
  if (x.implicitTitle === true) out.implicitTitle = true;
  if (x.implicit === true) out.implicit = true;
  // A score is written back only where it cannot break the line it goes into.
  if (typeof x.score === "string" && /^[^:#;\r\n]*$/.test(x.score)) out.score = x.score.trim();
  if (Array.isArray(x.actors) && x.actors.every((a) => typeof a === "string")) out.actors = x.actors as string[];
  return out;
}
