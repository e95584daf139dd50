import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { fromMermaidLabel, toMermaidLabel } from "../../src/io/mermaid/mermaid-text";
import { toMermaid } from "../../src/io/mermaid/to-mermaid";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
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
    expect(map.stages.map((s) => [s.id, s.name])).toEqual([
      ["s-go-to-work", "Go to work"],
      ["s-go-home", "Go home"],
    ]);
    expect(map.touchpoints.map((t) => [t.name, t.emotion, t.stageId])).toEqual([
      ["Make tea", 5, "s-go-to-work"],
      ["Go upstairs", 3, "s-go-to-work"],
      ["Do work", 1, "s-go-to-work"],
      ["Go downstairs", 5, "s-go-home"],
      ["Sit down", 5, "s-go-home"],
    ]);
    expect(map.personas.map((p) => [p.id, p.name])).toEqual([
      ["persona-me", "Me"],
      ["persona-cat", "Cat"],
    ]);
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
    ["a diagram that is not a journey", "graph TD\n  A-->B", 1, 1, 'expected "journey"'],
    ["a task without a score", "journey\n  section S\n    Task", 3, 5, "expected a task"],
    ["a task with nothing after its colon", "journey\n  section S\n    Task:", 3, 9, "has no score"],
    ["a semicolon", "journey\n  section S\n    Task: 3; Other: 2", 3, 12, "';' is not allowed"],
    ["an unclosed accDescr block", "journey\n  accDescr {\n  text", 2, 3, "never closed"],
    ["a section name with a colon", "journey\n  section Step 1: Context\n    Task: 3", 2, 17, "cannot contain ':'"],
  ])("refuses %s with its line and column, coded invalid_format", (_, text, line, column, message) => {
    const result = fromMermaid(text);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue).toMatchObject({ code: "invalid_format", line, column });
    expect(issue.message).toContain(message);
    expect(issue.message).not.toMatch(/line \d/);
  });

  it("reports every error of a diagram in one pass", () => {
    const result = fromMermaid("journey\n  section A: B\n    Task: 3; x\n    Other\n    Fine: 9: Me");
    expect(result.error?.issues.map((i) => i.line)).toEqual([2, 3, 4]);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([["too_big", 5]]);
  });

  it.each([
    ["-10", "too_small"],
    ["23", "too_big"],
    ["6", "too_big"],
    ["0", "too_small"],
    ["Hello", "invalid_type"],
    ["X", "invalid_type"],
    ["2rem", "invalid_type"],
  ])("imports the score %s with a warning, no emotion, and writes it back", (score, code) => {
    const text = `journey\n  section S\n    Task: ${score}: Me, You\n    Fine: 4: Me\n`;
    const result = fromMermaid(text);
    expect(result.success).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code, path: ["touchpoints", 0, "emotion"], line: 3, column: 11 });
    const task = result.data!.touchpoints[0]!;
    expect(task.emotion).toBeUndefined();
    expect(task.extensions).toEqual({ mermaid: { score, actors: ["persona-me", "persona-you"] } });
    expect(toMermaid(result.data!)).toBe(text);
  });

  it("keeps a stray line such as `size: 2rem` as a task, as Mermaid draws it", () => {
    const result = fromMermaid("journey\n  section S\n    size: 2rem\n");
    expect(result.data?.touchpoints.map((t) => t.name)).toEqual(["size"]);
    expect(toMermaid(result.data!)).toBe("journey\n  section S\n    size: 2rem\n");
  });

  it("gives a task an emotion only where the first persona is an actor or there is none", () => {
    const text = "journey\n  title T\n  section S\n    A: 5: Alice, Bob\n    B: 3: Bob, Charlie\n    C: 5\n    D: 2: Charlie, Alice\n";
    const map = fromMermaid(text).data!;
    expect(map.touchpoints.map((t) => t.emotion)).toEqual([5, undefined, 5, 2]);
    expect(map.touchpoints[3]!.personaEmotions.map((pe) => pe.personaId)).toEqual(["persona-charlie", "persona-alice"]);
    expect(toMermaid(map)).toBe(text);
  });

  it("writes back no title, no section and no mark that the diagram did not have", () => {
    const text = "journey\n    Only task: 3: Me\n";
    const map = fromMermaid(text).data!;
    expect(map.title).toBe("Untitled journey");
    expect(map.stages.map((s) => s.name)).toEqual(["Journey"]);
    expect(toMermaid(map)).toBe(text);
    const sections = "journey\n  title Sections\n  section Section One\n    Journal entry: 5\n    \u2060Journey review: 4\n";
    expect(toMermaid(fromMermaid(sections).data!)).toBe(sections);
  });

  it("keeps accTitle, a multi-line accDescr and a title after the closing brace", () => {
    const map = fromMermaid("journey\naccDescr {\n    A user journey for\n    family shopping\n  }title Shopping\naccTitle: Accessible\nsection S\n  Task: 3\n").data!;
    expect([map.title, map.accTitle, map.description]).toEqual(["Shopping", "Accessible", "A user journey for\nfamily shopping"]);
    expect(toMermaid(map)).toBe("journey\n  title Shopping\n  accTitle: Accessible\n  accDescr {\n    A user journey for\n    family shopping\n  }\n  section S\n    Task: 3\n");
    const accOnly = fromMermaid("journey\n  accTitle: The title\n  section S\n").data!;
    expect([accOnly.title, accOnly.accTitle]).toEqual(["The title", "The title"]);
    expect(toMermaid(accOnly)).toBe("journey\n  accTitle: The title\n  section S\n");
  });

  it("gives the SVG's <title> and <desc> the accTitle and accDescr", () => {
    const map = fromMermaid("journey\n  title Visible\n  accTitle: Heard & read\n  section S\n    Task: 3").data!;
    const svg = renderJourneyMapSvg({ ...map, accDescr: "Said <aloud>" });
    expect(svg).toMatch(/<title id="[^"]*-title">Heard &amp; read<\/title>/);
    expect(svg).toMatch(/<desc id="[^"]*-desc">Said &lt;aloud&gt;<\/desc>/);
    expect(renderJourneyMapSvg({ ...map, accTitle: undefined })).toMatch(/<title id="[^"]*-title">Visible<\/title>/);
  });

  it("reads keywords in any case, as Mermaid does", () => {
    const map = fromMermaid("JOURNEY\n  Title Big\n  Section S\n    Task: 3").data!;
    expect([map.title, map.stages[0]?.name]).toEqual(["Big", "S"]);
  });

  it("refuses text over the length limit", () => {
    expect(fromMermaid("journey\n".repeat(20), { maxInputLength: 100 }).error?.issues[0]?.code).toBe("limit_exceeded");
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
        fc.array(
          fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim().length > 0 && !/[\u2236\uff03\uff1b\uff05\u2060]|<br/i.test(s) && !/[\r\n]/.test(s)),
          { minLength: 1, maxLength: 5 },
        ),
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

describe("toMermaid titles", () => {
  it("writes a title of spaces as an invisible one (Mermaid refuses an empty title line)", () => {
    const map = createJourneyMap({ title: "  ", id: "m", stages: ["S"] });
    const text = toMermaid(map);
    expect(text).toBe("journey\n  title \u2060\n  section S\n");
    expect(fromMermaid(text).data?.title).toBe("Untitled journey");
  });
});

describe("Mermaid labels", () => {
  it("swaps the characters Mermaid gives meaning to and swaps them back", () => {
    const label = toMermaidLabel("title #1; a\nb: c");
    expect(label).not.toMatch(/[:#;\n]/);
    expect(label.startsWith("\u2060title")).toBe(true);
    expect(fromMermaidLabel(label)).toBe("title #1; a\nb: c");
    expect(toMermaidLabel("Section One", "section")).toBe("Section One");
    expect(fromMermaidLabel(toMermaidLabel("5%% off"))).toBe("5%% off");
  });
});

function emptyTouchpoint(id: string, stageId: string) {
  return { id, stageId, name: id, actions: [], thoughts: [], feelings: [], personaEmotions: [], goalIds: [], evidenceIds: [], metrics: [], notes: [], tags: [] };
}
