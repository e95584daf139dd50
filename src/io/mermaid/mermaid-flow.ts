/*
 * The flow of a map in a Mermaid diagram. A `journey` diagram is one line of tasks, so
 * `toMermaid` writes the touchpoints in journey order (the main path) and keeps what
 * Mermaid cannot draw — `next` with its labels and shares, `optional`, `terminal` — in
 * comment lines that Mermaid ignores and `fromMermaid` reads back:
 *
 *   %% journeykit:flow {"task":2,"next":[{"task":4,"label":"In the app","share":0.6},{"task":3}]}
 *   %% journeykit:flow {"task":3,"optional":true}
 *
 * Tasks are numbered from 1 in the order they are written, because the import makes ids
 * from the names: a number survives the trip where an id would not. `%` inside the JSON is
 * written `\u0025`, so no text in it can look like a `%%{…}%%` directive, which Mermaid
 * strips anywhere, comments included.
 */
import type { Touchpoint } from "../../model/touchpoint";
import { issueAt, type JourneyMapIssue } from "../../validate/issue";

/** The marker that starts a flow comment. */
const MARKER = "journeykit:flow";

/** A flow comment as read: where it is and its text after the marker. */
export interface MermaidFlowLine {
  line: number;
  column: number;
  text: string;
}

/** What a flow comment says about one task (numbered from 1). */
export interface MermaidFlow {
  task: number;
  next?: { task: number; label?: string; share?: number }[];
  optional?: boolean;
  terminal?: boolean;
}

/** Returns the text after `%% journeykit:flow`, or undefined for any other comment. */
export function flowCommentText(comment: string): string | undefined {
  const match = /^%%\s*journeykit:flow\b\s*(.*)$/s.exec(comment);
  return match ? (match[1] as string) : undefined;
}

/** Returns the flow comment lines of touchpoints written in this order (empty when none has a flow). */
export function flowComments(touchpoints: readonly Touchpoint[]): string[] {
  const task = new Map(touchpoints.map((tp, i) => [tp.id, i + 1]));
  const lines: string[] = [];
  touchpoints.forEach((tp, i) => {
    if (tp.next === undefined && tp.optional === undefined && tp.terminal === undefined) return;
    const flow: MermaidFlow = { task: i + 1 };
    if (tp.next !== undefined) {
      flow.next = tp.next.flatMap((step) => {
        const to = task.get(step.touchpointId);
        if (to === undefined) return [];
        return [{ task: to, ...(step.label === undefined ? {} : { label: step.label }), ...(step.share === undefined ? {} : { share: step.share }) }];
      });
    }
    if (tp.optional !== undefined) flow.optional = tp.optional;
    if (tp.terminal !== undefined) flow.terminal = tp.terminal;
    lines.push(`  %% ${MARKER} ${JSON.stringify(flow).replace(/%/g, "\\u0025")}`);
  });
  return lines;
}

const isTask = (value: unknown, tasks: number) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= tasks;

/** Why a parsed flow comment is not one `toMermaid` writes, or undefined when it is one. */
function flowProblem(value: unknown, tasks: number): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "expected a JSON object";
  const flow = value as Record<string, unknown>;
  const unknown = Object.keys(flow).find((key) => !["task", "next", "optional", "terminal"].includes(key));
  if (unknown !== undefined) return `unknown key ${JSON.stringify(unknown)}`;
  if (!isTask(flow.task, tasks)) return `"task" must be a task number from 1 to ${tasks}`;
  for (const key of ["optional", "terminal"] as const) if (key in flow && typeof flow[key] !== "boolean") return `"${key}" must be true or false`;
  if (!("next" in flow)) return undefined;
  if (!Array.isArray(flow.next)) return `"next" must be an array`;
  for (const step of flow.next as unknown[]) {
    if (typeof step !== "object" || step === null || Array.isArray(step)) return `each step of "next" must be an object`;
    const s = step as Record<string, unknown>;
    if (Object.keys(s).some((key) => !["task", "label", "share"].includes(key))) return `a step of "next" has only "task", "label" and "share"`;
    if (!isTask(s.task, tasks)) return `a step of "next" must name a task number from 1 to ${tasks}`;
    if ("label" in s && typeof s.label !== "string") return `a step's "label" must be a string`;
    if ("share" in s && typeof s.share !== "number") return `a step's "share" must be a number`;
  }
  return undefined;
}

/**
 * Reads flow comments against a diagram of `tasks` tasks: the flows, and a warning
 * (`invalid_format`, with its line and column) for each comment that is not one the
 * export writes, which is then left out — Mermaid ignores comments, so the diagram is
 * imported all the same. A later comment about the same task wins.
 */
export function readFlows(lines: readonly MermaidFlowLine[], tasks: number): { flows: Map<number, MermaidFlow & { line: number }>; warnings: JourneyMapIssue[] } {
  const flows = new Map<number, MermaidFlow & { line: number }>();
  const warnings: JourneyMapIssue[] = [];
  for (const { line, column, text } of lines) {
    let value: unknown;
    let problem: string | undefined;
    try {
      value = JSON.parse(text);
      problem = flowProblem(value, tasks);
    } catch (error) {
      problem = `not JSON (${(error as Error).message})`;
    }
    if (problem === undefined) {
      const flow = value as MermaidFlow;
      flows.set(flow.task, { ...flow, line });
    } else warnings.push(issueAt("invalid_format", [], { line, column }, `the ${MARKER} comment is left out: ${problem}`));
  }
  return { flows, warnings };
}
