import type { JourneyMapInput } from "../../model/journey-map";
import { type JourneyMapIssue, makeIssue } from "../../validate/issue";
import type { SafeParseJourneyMapResult } from "../../validate/safe-parse-journey-map";
import { failImport as fail, validateImport } from "../formats/validate-import";
import { uniqueIds } from "../unique-ids";
import { fromMermaidLabel } from "./mermaid-text";

/** Options of {@link fromMermaid}. */
export interface FromMermaidOptions {
  /** Longest text accepted, in characters. @defaultValue 1_000_000 */
  maxLength?: number;
  /** The id of the new map. @defaultValue `"map-"` plus a slug of the title */
  id?: string;
}

interface Task {
  name: string;
  score: number;
  actors: string[];
  line: number;
}

interface Section {
  name: string;
  line: number;
  tasks: Task[];
}

const STATEMENT = /^(title|section)(?:\s+(.*))?$/is;

function lineIssue(line: number, text: string): JourneyMapIssue {
  return { code: "custom", path: [], message: `line ${line}: ${text}`, line };
}

/** Reads `title: …` from YAML front matter; other keys (config) are read and ignored. */
function frontMatterTitle(lines: string[]): string | undefined {
  for (const line of lines) {
    const match = /^title\s*:\s*(.*)$/s.exec(line.trim());
    if (match) return match[1]!.replace(/^(['"])(.*)\1$/s, "$2").trim();
  }
  return undefined;
}

/**
 * Reads a Mermaid `journey` diagram into a journey map and validates it: the result has
 * the shape of {@link safeParseJourneyMap}'s, and each issue that comes from a line of the
 * text carries its `line` (1-based) and starts its message with it.
 *
 * Accepted: YAML front matter (`title`), `%%{init: …}%%` directives and `%%` comments
 * (ignored), `#` comments, `journey`, `title`, `accTitle`, `accDescr` (one line or a
 * `{ … }` block), `section`, tasks `name: score: actor, actor` (actors optional), `<br>`
 * line breaks, blank lines and any indentation. Sections become stages, tasks
 * touchpoints with `emotion` = score, actors personas; each actor of a task also gets a
 * `personaEmotions` entry with the task's score. Ids are slugs of the names, so the same
 * text always gives the same map. Scores must be 1–5 (journeykit's emotion scale).
 *
 * @example
 * ```ts
 * import { fromMermaid } from "journeykit";
 *
 * const result = fromMermaid(`journey
 *   title My working day
 *   section Go to work
 *     Make tea: 5: Me
 *     Go upstairs: 3: Me, Cat`);
 * const names = result.success ? result.data.touchpoints.map((t) => t.name) : []; // ["Make tea", "Go upstairs"]
 * ```
 */
export function fromMermaid(text: string, options: FromMermaidOptions = {}): SafeParseJourneyMapResult {
  const { maxLength = 1_000_000 } = options;
  if (typeof text !== "string") return fail([makeIssue("invalid_type", [], "expected Mermaid text (a string)")]);
  if (text.length > maxLength) {
    return fail([
      makeIssue("limit_exceeded", [], `the text of ${text.length} characters exceeds the limit maxLength = ${maxLength}`, {
        limit: "maxLength",
        maximum: maxLength,
      }),
    ]);
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  const issues: JourneyMapIssue[] = [];
  let index = 0;
  let title: string | undefined;
  let accTitle: string | undefined;
  let accDescr: string | undefined;

  // Front matter: only as the very first line.
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
    if (end === -1) return fail([lineIssue(1, "front matter opened with '---' is never closed")]);
    title = frontMatterTitle(lines.slice(1, end));
    index = end + 1;
  }

  let sawJourney = false;
  const sections: Section[] = [];
  let current: Section | undefined;
  for (; index < lines.length; index++) {
    const lineNumber = index + 1;
    const raw = lines[index]!;
    const trimmed = raw.trim();
    // Comments and directives (`%%…`, `%%{init: …}%%`) and blank lines.
    if (trimmed === "" || trimmed.startsWith("%")) continue;

    // accTitle / accDescr keep the whole rest of the line, `#` included.
    const acc = /^(accTitle|accDescr)\s*(:|\{)\s*(.*)$/is.exec(trimmed);
    if (acc && sawJourney) {
      const isTitle = acc[1]!.toLowerCase() === "acctitle";
      if (acc[2] === ":") {
        if (isTitle) accTitle = acc[3]!.trim();
        else accDescr = acc[3]!.trim();
        continue;
      }
      if (isTitle) {
        issues.push(lineIssue(lineNumber, "accTitle takes a value after ':'"));
        continue;
      }
      // accDescr { … } may close on the same line or a later one.
      const block: string[] = [];
      let rest = acc[3]!;
      for (;;) {
        const close = rest.indexOf("}");
        if (close !== -1) {
          block.push(rest.slice(0, close));
          break;
        }
        block.push(rest);
        index++;
        if (index >= lines.length) {
          issues.push(lineIssue(lineNumber, "accDescr { is never closed with }"));
          break;
        }
        rest = lines[index]!;
      }
      accDescr = block.map((l) => l.trim()).filter(Boolean).join("\n");
      continue;
    }

    const statement = trimmed.replace(/#.*$/s, "").trim();
    if (statement === "") continue;
    if (!sawJourney) {
      if (/^journey$/i.test(statement)) {
        sawJourney = true;
        continue;
      }
      return fail([...issues, lineIssue(lineNumber, `expected "journey" to start the diagram, found ${JSON.stringify(statement.slice(0, 40))}`)]);
    }
    if (statement.includes(";")) {
      issues.push(lineIssue(lineNumber, "';' is not allowed in a journey diagram"));
      continue;
    }
    const keyword = STATEMENT.exec(statement);
    if (keyword && keyword[1]!.toLowerCase() === "title" && keyword[2]) {
      title = keyword[2].trim();
      continue;
    }
    if (keyword && keyword[1]!.toLowerCase() === "section" && keyword[2] && !keyword[2].includes(":")) {
      current = { name: fromMermaidLabel(keyword[2]), line: lineNumber, tasks: [] };
      sections.push(current);
      continue;
    }
    const colon = statement.indexOf(":");
    if (colon <= 0) {
      issues.push(lineIssue(lineNumber, `expected a task "name: score: actors", found ${JSON.stringify(statement.slice(0, 40))}`));
      continue;
    }
    const [scoreText = "", actorText] = statement.slice(colon + 1).split(":");
    const score = Number(scoreText.trim());
    if (scoreText.trim() === "" || !Number.isFinite(score)) {
      issues.push(lineIssue(lineNumber, `the score ${JSON.stringify(scoreText.trim())} is not a number`));
      continue;
    }
    if (!current) {
      current = { name: "Journey", line: lineNumber, tasks: [] };
      sections.push(current);
    }
    current.tasks.push({
      name: fromMermaidLabel(statement.slice(0, colon)),
      score,
      actors: actorText === undefined ? [] : actorText.split(",").map((a) => fromMermaidLabel(a).replace(/‚/g, ",")).filter(Boolean),
      line: lineNumber,
    });
  }
  if (!sawJourney) issues.push(lineIssue(lines.length, 'expected "journey" to start the diagram'));
  if (issues.length > 0) return fail(issues);
  return build({ title, accTitle, accDescr, sections, id: options.id });
}

function build(parsed: {
  title: string | undefined;
  accTitle: string | undefined;
  accDescr: string | undefined;
  sections: Section[];
  id: string | undefined;
}): SafeParseJourneyMapResult {
  const nextId = uniqueIds();
  const title = fromMermaidLabel(parsed.title ?? parsed.accTitle ?? "") || "Untitled journey";
  const personaIds = new Map<string, string>();
  const personaOf = (name: string) => {
    const known = personaIds.get(name);
    if (known) return known;
    const id = nextId("persona", name);
    personaIds.set(name, id);
    return id;
  };
  // Where each stage and touchpoint came from, to give validation issues their line.
  const lines = { stages: parsed.sections.map((s) => s.line), touchpoints: parsed.sections.flatMap((s) => s.tasks.map((t) => t.line)) };
  const stages = parsed.sections.map((section) => ({ id: nextId("s", section.name), name: section.name || "Untitled section" }));
  const touchpoints = parsed.sections.flatMap((section, s) =>
    section.tasks.map((task) => ({
        id: nextId("tp", task.name),
        stageId: stages[s]!.id,
        name: task.name,
        emotion: task.score,
        personaEmotions: task.actors.map((actor) => ({ personaId: personaOf(actor), emotion: task.score })),
      })),
  );
  const doc: JourneyMapInput = {
    schemaVersion: 1,
    id: parsed.id ?? nextId("map", title),
    title,
    ...(parsed.accDescr ? { description: parsed.accDescr } : {}),
    personas: [...personaIds].map(([name, id]) => ({ id, name })),
    stages,
    touchpoints,
  };
  return validateImport(doc, { unit: "line", places: lines });
}
