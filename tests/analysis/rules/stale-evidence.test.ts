import { describe, expect, it } from "vitest";
import { analyzeJourneyMap } from "../../../src/analysis/analyze-journey-map";
import { emptyMap, ev } from "../../support/map-builder";
import { findingsOf } from "../fixtures";

describe("stale_evidence", () => {
  const map = {
    ...emptyMap(1),
    evidence: [
      ev("ev-old", { title: "2025 survey", collectedAt: "2025-03-01" }),
      ev("ev-ancient", { title: "2023 interviews", collectedAt: "2023-01-15T10:00:00" }),
      ev("ev-new", { title: "Fresh", collectedAt: "2026-06-01" }),
      ev("ev-undated", { title: "Undated" }),
    ],
  };

  it("reports evidence older than the limit relative to asOf, a warning past twice the limit", () => {
    expect(findingsOf(map, "stale_evidence", { asOf: "2026-11-01" })).toEqual([
      {
        id: "stale_evidence:ev-ancient",
        code: "stale_evidence",
        severity: "warning",
        message: "2023 interviews: collected 2023-01-15T10:00:00, 1385 days before 2026-11-01 (older than 365 days)",
        subjectIds: ["ev-ancient"],
        data: { collectedAt: "2023-01-15T10:00:00", asOf: "2026-11-01", ageDays: 1385, maxAgeDays: 365 },
      },
      {
        id: "stale_evidence:ev-old",
        code: "stale_evidence",
        severity: "info",
        message: "2025 survey: collected 2025-03-01, 610 days before 2026-11-01 (older than 365 days)",
        subjectIds: ["ev-old"],
        data: { collectedAt: "2025-03-01", asOf: "2026-11-01", ageDays: 610, maxAgeDays: 365 },
      },
    ]);
  });

  it("finds nothing when all evidence is recent", () => {
    expect(findingsOf(map, "stale_evidence", { asOf: "2026-11-01", maxEvidenceAgeDays: 2000 })).toEqual([]);
  });

  it("falls back to metadata.updatedAt, and is skipped without any date", () => {
    const dated = { ...map, metadata: { updatedAt: "2025-01-01", authors: [], tags: [] } };
    expect(findingsOf(dated, "stale_evidence").map((f) => f.id)).toEqual(["stale_evidence:ev-ancient"]);
    expect(analyzeJourneyMap(dated).summary.asOfSource).toBe("metadata.updatedAt");
    const undated = analyzeJourneyMap(map);
    expect(undated.findings.filter((f) => f.code === "stale_evidence")).toEqual([]);
    expect(undated.summary.skipped.filter((s) => s.reason !== "no-analytics")).toEqual([{ code: "stale_evidence", reason: "no-as-of" }]);
  });

  it("accepts a Date as asOf", () => {
    expect(findingsOf(map, "stale_evidence", { asOf: new Date("2026-11-01T00:00:00Z") })).toHaveLength(2);
  });
});
