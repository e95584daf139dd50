import { describe, expect, it } from "vitest";
import { journeyMapJsonSchema } from "../../src/io/json-schema";
import type { JourneyMapInput } from "../../src/model/journey-map";
import { safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { DANGEROUS_URLS, SAFE_URLS } from "../support/hostile-text";

const withUrl = (url: string): JourneyMapInput => ({
  schemaVersion: 1,
  id: "map",
  title: "Links",
  evidence: [{ id: "ev-1", kind: "review", title: "A review", url }],
});

describe("evidence url", () => {
  it.each(DANGEROUS_URLS.map((url) => [JSON.stringify(url), url]))("refuses %s", (_, url) => {
    const result = safeParseJourneyMap(withUrl(url));
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: "invalid_format", path: ["evidence", 0, "url"] })]);
    // The same through JSON text.
    expect(safeParseJourneyMap(JSON.stringify(withUrl(url))).success).toBe(false);
  });

  it.each(SAFE_URLS)("accepts %s", (url) => {
    const result = safeParseJourneyMap(withUrl(url));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data!.evidence[0]!.url).toBe(url);
  });

  it("says in the JSON Schema that only http and https are accepted", () => {
    expect(JSON.stringify(journeyMapJsonSchema())).toMatch(/http or https/);
  });
});
