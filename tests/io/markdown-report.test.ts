import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../src/analysis/analyze-journey-map";
import { toMarkdownReport } from "../../src/io/markdown-report";
import { emptyMap, opp, pain, tp, valid } from "../analysis/fixtures";

const map = valid({
  ...emptyMap(2),
  title: "Coffee <script>alert(1)</script>",
  channels: [{ id: "ch-web", name: "Web | App" }],
  touchpoints: [
    tp("tp-1", "s-1", { name: "Order *now*", emotion: 4, expectedEmotion: 4, channelId: "ch-web" }),
    tp("tp-2", "s-1", { name: "Pickup", emotion: 1, expectedEmotion: 4 }),
  ],
  painPoints: [pain("pp-1", { title: "Cold coffee", touchpointIds: ["tp-2"] })],
  opportunities: [opp("opp-1", { title: "Heated shelf", painPointIds: ["pp-1"] })],
});

describe("toMarkdownReport", () => {
  const markdown = toMarkdownReport(map, analyzeJourneyMap(map, { asOf: "2026-11-01" }));

  it("has a summary, scores, findings by severity, opportunities and the emotion table", () => {
    for (const heading of ["## Scores", "## Findings", "### Critical (", "### Warning (", "## Prioritised opportunities", "## Emotion by stage"]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain("- **Experience gap**: Pickup: customers expect 4 but feel 1 (gap 3) (`experience_gap:tp-2`)");
    expect(markdown).toContain("| 1 | Heated shelf |");
    expect(markdown).toContain("| Stage 1 | 2 | 2.5 ●●●○○ | 4 | 3 | 1 (Web \\| App) |");
    expect(markdown).toContain("Evidence judged as of 2026-11-01.");
  });

  it("escapes user text so it cannot inject HTML or formatting", () => {
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain("# Coffee &lt;script&gt;alert(1)&lt;/script&gt;: journey analysis");
    expect(markdown).toContain("Order \\*now\\*");
  });

  it("limits the findings listed per severity and counts the rest", () => {
    const short = toMarkdownReport(map, analyzeJourneyMap(map), { maxFindingsPerSeverity: 1, headingLevel: 2 });
    expect(short).toMatch(/- … and \d+ more/);
    expect(short.startsWith("## ")).toBe(true);
    expect(() => toMarkdownReport(map, analyzeJourneyMap(map), { headingLevel: 0 })).toThrow(RangeError);
  });

  it("is deterministic", () => {
    expect(toMarkdownReport(map, analyzeJourneyMap(map, { asOf: "2026-11-01" }))).toBe(markdown);
  });
});
