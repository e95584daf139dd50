import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { toMermaid } from "../../src/io/mermaid/to-mermaid";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { mermaidBundle } from "./browser";
import { usePage } from "./use-page";
import { HOSTILE_TEXT } from "../support/hostile-text";
import { hostileMap } from "../support/hostile-map";
import { generateHostileMaps } from "./generate-hostile-maps";

const maps = [
  ...["coffee-shop", "saas-onboarding"].map((name) => ({
    name,
    map: parseJourneyMap(readFileSync(join(import.meta.dirname, "..", "..", "examples", `${name}.json`), "utf8")),
  })),
  ...generateHostileMaps(50).map((doc, i) => ({ name: `hostile map ${i + 1}`, map: parseJourneyMap(doc) })),
  // Every visible string of the security corpus in every name: markup, look-alikes, <br>,
  // line and paragraph separators, controls, bidi, emoji.
  ...HOSTILE_TEXT.filter((text) => text.trim() !== "").map((text) => ({ name: `corpus ${JSON.stringify(text).slice(0, 40)}`, map: hostileMap(text) })),
];

const page = usePage(
  () => [mermaidBundle()],
  (p) => p.evaluate(() => (window as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false })),
);

/** Mermaid's own parser, in the page: the diagram type it detected, or the parse error. */
async function mermaidParse(text: string): Promise<{ type?: string; error?: string }> {
  return page().evaluate(async (source) => {
    const mermaid = (window as unknown as { mermaid: { parse(t: string): Promise<{ diagramType: string }> } }).mermaid;
    try {
      const result = await mermaid.parse(source);
      return { type: result.diagramType };
    } catch (error) {
      return { error: String(error instanceof Error ? error.message : error) };
    }
  }, text);
}

describe("toMermaid output in Mermaid's own parser", () => {
  it("the parser in the page refuses broken input (the check can fail)", async () => {
    const result = await mermaidParse("journey\n  section A\n    task without score\n");
    expect(result.error).toBeDefined();
  });

  it.each(maps)("$name: Mermaid parses it as a journey and it imports back", async ({ map }) => {
    const text = toMermaid(map);
    expect(await mermaidParse(text)).toEqual({ type: "journey" });
    const back = fromMermaid(text);
    expect(back.success, JSON.stringify(back.error?.issues)).toBe(true);
    // Every touchpoint becomes a task, in journey order, and keeps its emotion. One without
    // an emotion is written with its first persona emotion's score, else the documented
    // missing score (3), which comes back as the emotion only where Mermaid gives it to the
    // first persona (an actor, or no actors).
    const ordered = map.stages.flatMap((stage) => map.touchpoints.filter((tp) => tp.stageId === stage.id));
    expect(back.data!.stages.length).toBe(map.stages.length);
    const first = back.data!.personas[0]?.id;
    const firstPersonaScore = (tp: (typeof ordered)[number], i: number) => {
      const actors = back.data!.touchpoints[i]!.personaEmotions.map((pe) => pe.personaId);
      return actors.length === 0 || (first !== undefined && actors.includes(first)) ? (tp.personaEmotions[0]?.emotion ?? 3) : undefined;
    };
    expect(back.data!.touchpoints.map((tp) => tp.emotion)).toEqual(ordered.map((tp, i) => tp.emotion ?? firstPersonaScore(tp, i)));
    // Names come back as they were; a line break comes back as "\n" whatever it was.
    const lf = (text: string) => text.replace(/\r\n?/g, "\n").trim();
    expect(back.data!.stages.map((s) => s.name)).toEqual(map.stages.map((s) => lf(s.name)));
    expect(back.data!.touchpoints.map((tp) => tp.name)).toEqual(ordered.map((tp) => lf(tp.name)));
  });
});
