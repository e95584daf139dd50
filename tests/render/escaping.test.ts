import { describe, expect, it } from "vitest";
import { sanitizeText } from "../../src/layout/text/index";
import type { JourneyMapInput } from "../../src/model/journey-map";
import { renderJourneyMapSvg } from "../../src/render/render-journey-map-svg";
import { parseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { HOSTILE_TEXT, LAYOUT_TRAPS, SVG_BREAKOUTS } from "../support/hostile-text";
import { checkXml } from "./xml-check";

const HOSTILE = [...new Set([...HOSTILE_TEXT, ...LAYOUT_TRAPS, ...SVG_BREAKOUTS])];

/** A map with `text` in every field that is drawn. */
function mapWith(text: string): JourneyMapInput {
  return {
    schemaVersion: 1,
    id: "m",
    title: text,
    personas: [
      { id: "p1", name: text },
      { id: "p2", name: text },
    ],
    stages: [{ id: "s1", name: text, goal: text, metrics: [{ name: text, value: 1, unit: text }] }],
    channels: [{ id: "c1", name: text }],
    teams: [{ id: "t1", name: text }],
    lanes: [{ id: "l1", name: text }],
    evidence: [{ id: "e1", kind: "survey", title: text }],
    touchpoints: [
      {
        id: "tp1",
        stageId: "s1",
        name: text,
        channelId: "c1",
        ownerId: "t1",
        actions: [text],
        thoughts: [text],
        feelings: [text],
        emotion: 2,
        expectedEmotion: 4,
        momentOfTruth: true,
        personaEmotions: [{ personaId: "p2", emotion: 3 }],
        evidenceIds: ["e1"],
        metrics: [{ name: text, value: 2 }],
        notes: [{ laneId: "l1", items: [text] }],
      },
    ],
    painPoints: [{ id: "pp1", title: text, touchpointIds: ["tp1"], severity: 3 }],
    opportunities: [{ id: "o1", title: text, touchpointIds: ["tp1"], impact: 2, effort: 2, status: "idea" }],
  };
}

const ALL_LANES = ["stages", "touchpoints", "actions", "thoughts", "feelings", "emotion", "painPoints", "opportunities", "owners", "metrics", "evidence", "l1"];

describe("escaping", () => {
  it.each(HOSTILE)("keeps %j as text in every field", (hostile) => {
    const svg = renderJourneyMapSvg(parseJourneyMap(mapWith(hostile)), { lanes: ALL_LANES, maxLines: 1 });
    const { problems, elements } = checkXml(svg);
    expect(problems).toEqual([]);
    expect(svg).not.toMatch(/<script|<svg[^>]*onload|<!--|<\?|<!\[CDATA/i);
    expect(elements.filter((e) => e.name === "svg")).toHaveLength(1);
    for (const e of elements) {
      expect(e.name).not.toBe("script");
      for (const name of Object.keys(e.attributes)) expect(name.startsWith("on")).toBe(false);
    }
    // The text survives, sanitised: the document title and every lane label hold it whole.
    const clean = sanitizeText(hostile);
    expect(elements.find((e) => e.attributes.id === "jk-title")!.text).toBe(clean);
    const texts = elements.filter((e) => e.attributes.class === "jk-line").map((e) => e.text);
    expect(texts.length).toBeGreaterThan(15);
    for (const t of texts) expect(t).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it("escapes markup characters rather than dropping them", () => {
    const svg = renderJourneyMapSvg(parseJourneyMap(mapWith('a < b & c > d "e"')), { lanes: ["touchpoints"] });
    const { elements } = checkXml(svg);
    expect(elements.find((e) => e.attributes["data-id"] === "tp1")).toBeDefined();
    expect(svg).toContain("a &lt; b &amp; c &gt; d");
  });
});
