import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { fromMermaidLabel, toMermaidLabel } from "../../src/io/mermaid/mermaid-text";
import { toMermaid } from "../../src/io/mermaid/to-mermaid";
import { createJourneyMap } from "../../src/model/create-journey-map";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";

const load = (name: string) => parseJourneyMap(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8"));

describe("fromMermaid", () => {
  it("reads Mermaid's own example", () => {
    const result = fromMermaid(`journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me`);
    expect(result.success).toBe(true);
    const map = result.data!;
    expect(map.title).toBe("My working day");
    expect(map.stages.map((s) => [s.id, s.name])).toEqual([["s-go-to-work", "Go to work"], ["s-go-home", "Go home"]]);
    expect(map.touchpoints.map((t) => [t.name, t.emotion, t.stageId])).toEqual([
      ["Make tea", 5, "s-go-to-work"],
      ["Go upstairs", 3, "s-go-to-work"],
      ["Do work", 1, "s-go-to-work"],
      ["Go downstairs", 5, "s-go-home"],
      ["Sit down", 5, "s-go-home"],
    ]);
    expect(map.personas.map((p) => [p.id, p.name])).toEqual([["persona-me", "Me"], ["persona-cat", "Cat"]]);
    expect(map.touchpoints[2]?.personaEmotions).toEqual([
      { personaId: "persona-me", emotion: 1 },
      { personaId: "persona-cat", emotion: 1 },
    ]);
  });

  it("accepts front matter, directives, comments, accessibility statements, <br> and any indentation", () => {
    const result = fromMermaid(`---
title: "From front matter"
config:
  theme: dark
---
%%{init: {"theme": "forest"}}%%
journey
accTitle: Accessible title
  accDescr {
    A description
    on two lines
  }
      %% a comment
  section Arrive # a comment after a section
Knock<br>twice: 4
\t\tWait:2:Me ,  Dog   `);
    expect(result.success).toBe(true);
    const map = result.data!;
    expect(map.title).toBe("From front matter");
    expect(map.description).toBe("A description\non two lines");
    expect(map.stages.map((s) => s.name)).toEqual(["Arrive"]);
    expect(map.touchpoints.map((t) => t.name)).toEqual(["Knock\ntwice", "Wait"]);
    expect(map.touchpoints[0]?.personaEmotions).toEqual([]);
    expect(map.personas.map((p) => p.name)).toEqual(["Me", "Dog"]);
  });

  it("puts tasks before any section into one stage", () => {
    const result = fromMermaid("journey\n  Solo task: 3");
    expect(result.data?.stages.map((s) => s.name)).toEqual(["Journey"]);
  });

  it("gives the same map for the same text", () => {
    const text = toMermaid(load("coffee-shop"));
    expect(fromMermaid(text)).toEqual(fromMermaid(text));
  });

  it.each([
    ["a diagram that is not a journey", "graph TD\n  A-->B", 1, 'expected "journey"'],
    ["a score that is not a number", "journey\n  section S\n    Task: high: Me", 3, 'the score "high" is not a number'],
    ["a task without a score", "journey\n  section S\n    Task", 3, "expected a task"],
    ["a semicolon", "journey\n  section S\n    Task: 3; Other: 2", 3, "';' is not allowed"],
    ["an unclosed accDescr block", "journey\n  accDescr {\n  text", 2, "never closed"],
  ])("refuses %s with its line number", (_, text, line, message) => {
    const result = fromMermaid(text);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.line).toBe(line);
    expect(issue.message).toContain(message);
    expect(issue.message.startsWith(`line ${line}: `)).toBe(true);
  });

  it("refuses a score outside 1–5 with the task's line and path", () => {
    const result = fromMermaid("journey\n  section S\n    Fine: 3\n    Too good: 9");
    expect(result.error?.issues[0]).toMatchObject({ code: "too_big", path: ["touchpoints", 1, "emotion"], line: 4 });
    expect(result.error?.issues[0]?.message).toBe("line 4: touchpoints[1].emotion: must be at most 5, got 9");
  });

  it("refuses text over the length limit", () => {
    expect(fromMermaid("journey\n".repeat(20), { maxLength: 100 }).error?.issues[0]?.code).toBe("limit_exceeded");
  });

  it("never throws and finishes quickly on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const result = fromMermaid(`journey\n${text}`);
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
    const started = performance.now();
    fromMermaid(`journey\n${"  section ".repeat(20_000)}\n${"a:".repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("toMermaid", () => {
  it("writes a section per stage and a task per touchpoint with the first persona and personaEmotions as actors", () => {
    const text = toMermaid(load("coffee-shop"));
    expect(text.startsWith("journey\n  title Morning coffee at Bean There\n")).toBe(true);
    expect(text).toContain("  section Purchase\n    Joins the morning queue: 1: Leo‚ the commuter, Maya‚ the remote worker\n");
  });

  it("keeps empty stages and writes 3 for a touchpoint without emotion", () => {
    const map = createJourneyMap({ title: "T", id: "m", stages: ["Empty", "Full"] });
    map.touchpoints.push({ ...emptyTouchpoint("tp-1", map.stages[1]!.id), name: "No feeling" });
    expect(toMermaid(map)).toBe("journey\n  title T\n  section Empty\n  section Full\n    No feeling: 3\n");
  });

  it.each(["coffee-shop", "saas-onboarding"])("round-trips %s: stage names, touchpoint names and scores", (name) => {
    const map = load(name);
    const back = fromMermaid(toMermaid(map));
    expect(back.success).toBe(true);
    expect(back.data!.stages.map((s) => s.name)).toEqual(map.stages.map((s) => s.name));
    expect(back.data!.touchpoints.map((t) => [t.name, t.emotion])).toEqual(map.touchpoints.map((t) => [t.name, t.emotion]));
  });

  it("round-trips names with the characters Mermaid gives meaning to", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim().length > 0 && !/[\u2236\uff03\uff1b\uff05\u2060]|<br/i.test(s) && !/[\r\n]/.test(s)), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (names, score) => {
          const map = createJourneyMap({ title: "Names", id: "m", stages: ["Stage: one #1; %x"] });
          for (const [i, name] of names.entries()) map.touchpoints.push({ ...emptyTouchpoint(`tp-${i}`, map.stages[0]!.id), name, emotion: score });
          const back = fromMermaid(toMermaid(map));
          expect(back.success, JSON.stringify(back.error?.issues)).toBe(true);
          expect(back.data!.stages[0]?.name).toBe("Stage: one #1; %x");
          expect(back.data!.touchpoints.map((t) => [t.name, t.emotion])).toEqual(names.map((n) => [n, score]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("Mermaid labels", () => {
  it("swaps the characters Mermaid gives meaning to and swaps them back", () => {
    const label = toMermaidLabel("title: #1; a\nb");
    expect(label).not.toMatch(/[:#;\n]/);
    expect(fromMermaidLabel(label)).toBe("title: #1; a\nb");
  });
});

function emptyTouchpoint(id: string, stageId: string) {
  return { id, stageId, name: id, actions: [], thoughts: [], feelings: [], personaEmotions: [], goalIds: [], evidenceIds: [], metrics: [], notes: [], tags: [] };
}
