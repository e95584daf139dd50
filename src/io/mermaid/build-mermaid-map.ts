import type { JourneyMapInput } from "../../model/journey-map";
import { type JourneyMapIssue, makeIssue } from "../../validate/issue";
import { uniqueIds } from "../unique-ids";
import { IMPLICIT_SECTION, UNTITLED } from "./mermaid-extensions";
import { readFlows } from "./mermaid-flow";
import { fromMermaidLabel } from "./mermaid-text";
import type { MermaidTask, ParsedMermaid } from "./parse-mermaid";

/** A map document built from a parsed diagram, the warnings about its scores, and the line each stage and touchpoint came from. */
export interface MermaidBuild {
  doc: JourneyMapInput;
  warnings: JourneyMapIssue[];
  /** The line each stage and touchpoint came from, and the line of each touchpoint's flow comment (by index). */
  lines: { stages: number[]; touchpoints: number[]; flows: Map<number, number> };
}

type TouchpointInput = NonNullable<JourneyMapInput["touchpoints"]>[number];

/** Gives the touchpoints the flow their `%% journeykit:flow` comments keep; returns the warnings and the comments' lines. */
function applyFlows(parsed: ParsedMermaid, touchpoints: TouchpointInput[]): { warnings: JourneyMapIssue[]; lines: Map<number, number> } {
  const { flows, warnings } = readFlows(parsed.flows, touchpoints.length);
  const lines = new Map<number, number>();
  for (const [task, flow] of flows) {
    const tp = touchpoints[task - 1];
    // readFlows keeps only task numbers within the diagram.
    if (tp === undefined) continue;
    lines.set(task - 1, flow.line);
    if (flow.next) tp.next = flow.next.map(({ task: to, ...step }) => ({ touchpointId: touchpoints[to - 1]?.id ?? "", ...step }));
    if (flow.optional !== undefined) tp.optional = flow.optional;
    if (flow.terminal !== undefined) tp.terminal = flow.terminal;
  }
  return { warnings, lines };
}

/** Returns the emotion a score means, or the warning why it means none (Mermaid draws any number; journeykit's scale is 1–5). */
function readScore(task: MermaidTask, path: (string | number)[]): number | JourneyMapIssue {
  const score = Number(task.scoreText);
  const where = { line: task.line, column: task.scoreColumn };
  const kept = "imported without an emotion; the score is kept under extensions.mermaid for export";
  if (task.scoreText === "" || !Number.isFinite(score)) {
    return makeIssue("invalid_type", path, `the score ${JSON.stringify(task.scoreText)} is not a number: ${kept}`, where);
  }
  if (score < 1) return makeIssue("too_small", path, `the score ${task.scoreText} is below 1 (emotions are 1–5): ${kept}`, where);
  if (score > 5) return makeIssue("too_big", path, `the score ${task.scoreText} is above 5 (emotions are 1–5): ${kept}`, where);
  return score;
}

/**
 * Returns the map document a parsed diagram describes. Every actor of a task gets a
 * `personaEmotions` entry with the task's score, in the order written; `emotion` (the
 * first persona's experience) is set where the first persona is an actor of the task or
 * the task has no actors.
 */
export function buildMermaidMap(parsed: ParsedMermaid, id: string | undefined): MermaidBuild {
  const nextId = uniqueIds();
  const written = fromMermaidLabel(parsed.title ?? "");
  // One line, its white space collapsed, as the export writes it back: the round trip then changes nothing.
  const accTitle = restoreDirectives(parsed.accTitle?.replace(/\s+/g, " ").trim() ?? "") || undefined;
  const title = written || accTitle || UNTITLED;
  const personaIds = new Map<string, string>();
  const personaOf = (name: string) => personaIds.get(name) ?? (personaIds.set(name, nextId("persona", name)).get(name) as string);
  const sections = parsed.sections;
  const stages = sections.map((s) => ({
    id: nextId("s", s.name),
    name: s.name || "Untitled section",
    ...(s.implicit && s.name === IMPLICIT_SECTION ? { extensions: { mermaid: { implicit: true } } } : {}),
  }));
  const tasks = sections.flatMap((s, i) => s.tasks.map((task) => ({ task, stageId: stages[i]!.id, actors: task.actors.map(personaOf) })));
  const first = personaIds.values().next().value;
  const warnings: JourneyMapIssue[] = [];
  const touchpoints = tasks.map(({ task, stageId, actors }, i): TouchpointInput => {
    const base = { id: nextId("tp", task.name), stageId, name: task.name };
    const score = readScore(task, ["touchpoints", i, "emotion"]);
    if (typeof score !== "number") {
      warnings.push(score);
      return { ...base, extensions: { mermaid: { score: task.scoreText, ...(actors.length ? { actors } : {}) } } };
    }
    const own = actors.length === 0 || actors.includes(first as string);
    return { ...base, ...(own ? { emotion: score } : {}), personaEmotions: actors.map((personaId) => ({ personaId, emotion: score })) };
  });
  const flow = applyFlows(parsed, touchpoints);
  warnings.push(...flow.warnings);
  const doc: JourneyMapInput = {
    schemaVersion: 1,
    id: id ?? nextId("map", title),
    title,
    ...(accTitle ? { accTitle } : {}),
    ...(parsed.accDescr && accDescrText(parsed.accDescr) ? { description: accDescrText(parsed.accDescr) } : {}),
    personas: [...personaIds].map(([name, personaId]) => ({ id: personaId, name })),
    stages,
    touchpoints,
    ...(written ? {} : { extensions: { mermaid: { implicitTitle: true } } }),
  };
  return { doc, warnings, lines: { stages: sections.map((s) => s.line), touchpoints: tasks.map((t) => t.task.line), flows: flow.lines } };
}

/**
 * The description of an `accDescr`, as `toMermaid` writes it back: a block's lines trimmed
 * without empty ones, or one line with its white space collapsed. Normalised on the way in,
 * so that a second round trip changes nothing.
 */
function accDescrText(text: string): string {
  if (/[\r\n]/.test(text.trim()) && !text.includes("}")) {
    return text
      .split(/\r\n?|\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join("\n");
  }
  return restoreDirectives(text.replace(/\s+/g, " ").trim());
}

/** Reverses the export's `％%{` (a `%%{` that Mermaid would have stripped as a directive). */
const restoreDirectives = (text: string) => text.replace(/％(?=%\{)/g, "%");
