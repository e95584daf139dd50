import { describe, expect, it } from "vitest";
import { layoutJourneyMap } from "../../../src/layout/layout-journey-map";
import { opportunityDetail } from "../../../src/layout/lanes/opportunities";
import { painPointDetail } from "../../../src/layout/lanes/pain-points";
import type { JourneyMap } from "../../../src/model/journey-map";
import { smallMap } from "../fixtures";

const linesOf = (map: JourneyMap, laneId: string, entityId: string) =>
  layoutJourneyMap(map)
    .cells.find((c) => c.laneId === laneId && c.entityId === entityId)!
    .lines.map((l) => l.text)
    .join(" ");

describe("the secondary lines of pain points and opportunities", () => {
  it("say the severity in words and the frequency as a share of customers", () => {
    expect(painPointDetail(4, 0.125)).toBe("Severity 4/5 (high) · 12.5% of customers");
    expect(painPointDetail(1, undefined)).toBe("Severity 1/5 (minor)");
    expect(opportunityDetail(4, 2, "planned")).toBe("Impact 4/5 · effort 2/5 · planned");
  });

  it("leave out a score the map does not give, rather than invent one", () => {
    expect(painPointDetail(undefined, 0.3)).toBe("30% of customers");
    expect(painPointDetail(undefined, undefined)).toBe("");
    expect(opportunityDetail(undefined, 3, "idea")).toBe("Effort 3/5 · idea");
    expect(opportunityDetail(5, undefined, "done")).toBe("Impact 5/5 · done");
    expect(opportunityDetail(undefined, undefined, "idea")).toBe("idea");
  });

  it("lay out a pain point and an opportunity without scores: no severity label, no crash", () => {
    // Maps whose scores are optional (as DESIGN.md has them) reach the layout without them.
    const [pain, ...pains] = smallMap.painPoints;
    const [opportunity, ...opportunities] = smallMap.opportunities;
    const { severity: _s, ...unscored } = pain!;
    const { impact: _i, effort: _e, ...unrated } = opportunity!;
    const map = { ...smallMap, painPoints: [unscored, ...pains], opportunities: [unrated, ...opportunities] } as unknown as JourneyMap;
    const painText = linesOf(map, "painPoints", pain!.id);
    expect(painText).toContain(pain!.title);
    expect(painText).not.toMatch(/Severity|undefined/);
    const opportunityText = linesOf(map, "opportunities", opportunity!.id);
    expect(opportunityText).not.toMatch(/Impact|effort|undefined/i);
    expect(opportunityText).toContain(opportunity!.status);
  });
});
