/*
 * Reads the statements of a Mermaid `journey` diagram the way Mermaid's own lexer does
 * (case-insensitive keywords, `#` and `%` comments, `accDescr { … }` blocks that may end
 * mid-line), without judging the scores: a task keeps the score as written, and the
 * importer decides what it means. Syntax errors are collected in one pass, each with the
 * 1-based line and column where it starts.
 */
import type { JourneyMapIssue } from "../../validate/issue";
import { flowCommentText, type MermaidFlowLine } from "./mermaid-flow";
import { fromMermaidLabel } from "./mermaid-text";

/** A task as written: `name: score: actor, actor`. */
export interface MermaidTask {
  name: string;
  /** The score as written, trimmed (Mermaid reads it with `Number`). */
  scoreText: string;
  actors: string[];
  line: number;
  /** The column where the score starts. */
  scoreColumn: number;
}

/** A section and its tasks; `implicit` for the tasks written before any `section`. */
export interface MermaidSection {
  name: string;
  line: number;
  implicit: boolean;
  tasks: MermaidTask[];
}

/** What a diagram says, and the syntax errors found in it. */
export interface ParsedMermaid {
  title?: string;
  accTitle?: string;
  accDescr?: string;
  sections: MermaidSection[];
  /** The `%% journeykit:flow` comments, as written (see mermaid-flow.ts). */
  flows: MermaidFlowLine[];
  issues: JourneyMapIssue[];
}

interface State {
  lines: string[];
  index: number;
  sawJourney: boolean;
  stop: boolean;
  parsed: ParsedMermaid;
}

/** Returns the statements of a journey diagram and its syntax errors (see the file comment). */
export function parseMermaid(text: string): ParsedMermaid {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  const state: State = { lines, index: 0, sawJourney: false, stop: false, parsed: { sections: [], flows: [], issues: [] } };
  frontMatter(state);
  for (; state.index < lines.length && !state.stop; state.index++) {
    const raw = lines[state.index] as string;
    statement(state, raw.trim(), raw.length - raw.trimStart().length + 1);
  }
  if (!state.sawJourney && !state.stop) syntax(state, lines.length, 1, 'expected "journey" to start the diagram');
  return state.parsed;
}

function syntax(state: State, line: number, column: number, message: string): void {
  state.parsed.issues.push({ code: "invalid_format", path: [], message, line, column });
}

/** YAML front matter: `---` lines that are not indented, as Mermaid requires; only `title` is read. */
function frontMatter(state: State): void {
  if (state.lines[0]?.trimEnd() !== "---") return;
  const end = state.lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
  if (end === -1) {
    syntax(state, 1, 1, "front matter opened with '---' is never closed (an unindented '---' line)");
    state.stop = true;
    return;
  }
  for (const line of state.lines.slice(1, end)) {
    const match = /^title\s*:\s*(.*)$/s.exec(line.trimEnd());
    if (match) state.parsed.title = (match[1] as string).replace(/^(['"])(.*)\1$/s, "$2").trim();
  }
  state.index = end + 1;
}

function statement(state: State, text: string, column: number): void {
  const line = state.index + 1;
  if (text === "") return;
  if (text.startsWith("%")) {
    const flow = flowCommentText(text);
    if (flow !== undefined) state.parsed.flows.push({ line, column, text: flow });
    return;
  }
  const acc = /^(accTitle|accDescr)\s*(:|\{)\s*(.*)$/is.exec(text);
  if (acc && state.sawJourney) {
    accessibility(state, acc, column);
    return;
  }
  const body = text.replace(/#.*$/s, "").trim();
  if (body === "") return;
  if (!state.sawJourney) {
    if (/^journey$/i.test(body)) state.sawJourney = true;
    else {
      syntax(state, line, column, `expected "journey" to start the diagram, found ${JSON.stringify(body.slice(0, 40))}`);
      state.stop = true;
    }
    return;
  }
  const semicolon = body.indexOf(";");
  if (semicolon !== -1) {
    syntax(state, line, column + semicolon, "';' is not allowed in a journey diagram");
    return;
  }
  const keyword = /^(title|section)\s+(\S.*)$/is.exec(body);
  if (keyword && (keyword[1] as string).toLowerCase() === "title") {
    state.parsed.title = (keyword[2] as string).trim();
    return;
  }
  if (keyword) section(state, keyword[2] as string, line, column + body.length - (keyword[2] as string).length);
  else task(state, body, line, column);
}

function section(state: State, name: string, line: number, column: number): void {
  const colon = name.indexOf(":");
  if (colon !== -1) {
    syntax(state, line, column + colon, `a section name cannot contain ':' (Mermaid reads what follows as a score): ${JSON.stringify(name.slice(0, 40))}`);
    return;
  }
  state.parsed.sections.push({ name: fromMermaidLabel(name), line, implicit: false, tasks: [] });
}

function task(state: State, body: string, line: number, column: number): void {
  const colon = body.indexOf(":");
  if (colon <= 0) {
    syntax(state, line, column, `expected a task "name: score: actors", found ${JSON.stringify(body.slice(0, 40))}`);
    return;
  }
  const rest = body.slice(colon + 1);
  if (rest.trim() === "") {
    syntax(state, line, column + colon, `the task ${JSON.stringify(body.slice(0, colon).trim().slice(0, 40))} has no score after ':'`);
    return;
  }
  const [scoreText = "", actorText] = rest.split(":");
  const sections = state.parsed.sections;
  if (sections.length === 0) sections.push({ name: "Journey", line, implicit: true, tasks: [] });
  (sections[sections.length - 1] as MermaidSection).tasks.push({
    name: fromMermaidLabel(body.slice(0, colon)),
    scoreText: scoreText.trim(),
    scoreColumn: column + colon + 1 + (scoreText.length - scoreText.trimStart().length),
    actors:
      actorText === undefined
        ? []
        : actorText
            .split(",")
            .map((a) => fromMermaidLabel(a, "actor"))
            .filter(Boolean),
    line,
  });
}

/** `accTitle: …`, `accDescr: …` (the rest of the line, `#` included) and `accDescr { … }`. */
function accessibility(state: State, acc: RegExpExecArray, column: number): void {
  const isTitle = (acc[1] as string).toLowerCase() === "acctitle";
  const value = acc[3] as string;
  if (acc[2] === ":") {
    if (isTitle) state.parsed.accTitle = value.trim();
    else state.parsed.accDescr = value.trim();
    return;
  }
  if (isTitle) {
    syntax(state, state.index + 1, column, "accTitle takes a value after ':'");
    return;
  }
  const first = state.index + 1;
  const parts: string[] = [];
  let rest = value;
  for (;;) {
    const close = rest.indexOf("}");
    if (close !== -1) {
      parts.push(rest.slice(0, close));
      break;
    }
    parts.push(rest);
    if (++state.index >= state.lines.length) {
      syntax(state, first, column, "accDescr { is never closed with }");
      state.stop = true;
      return;
    }
    rest = state.lines[state.index] as string;
  }
  state.parsed.accDescr = parts
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
  // Mermaid reads on after the brace: `}title …` is a title.
  const after = rest.slice(rest.indexOf("}") + 1).trim();
  const raw = (state.lines[state.index] as string).trimEnd();
  if (after !== "") statement(state, after, raw.length - after.length + 1);
}
