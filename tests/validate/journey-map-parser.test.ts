import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JourneyMapSchema } from "../../src/model/journey-map";
import { journeyMapParser } from "../../src/validate/journey-map-parser";
import { journeyMapParser as browserParser } from "../../src/validate/journey-map-parser.browser";
import { generateJourneyMap } from "../support/generate-map";

const large = () => JSON.parse(JSON.stringify(generateJourneyMap({ touchpoints: 600, seed: 3 })));

describe("journeyMapParser", () => {
  it("parses small maps with the runtime parser, large ones with a compiled copy, and the browser build always with the runtime parser", () => {
    expect(journeyMapParser(generateJourneyMap({ touchpoints: 10 }))).toBe(JourneyMapSchema);
    expect(journeyMapParser(large())).not.toBe(JourneyMapSchema);
    expect(browserParser(large())).toBe(JourneyMapSchema);
  });

  it("gives the same data and the same issues from both parsers on large maps, valid or broken anywhere", () => {
    const broken = fc.tuple(
      fc.nat({ max: 599 }),
      fc.constantFrom("name", "stageId", "emotion", "channelId", "actions"),
      fc.oneof(fc.constant(undefined), fc.integer(), fc.string(), fc.constant(null)),
    );
    fc.assert(
      fc.property(broken, ([index, field, value]) => {
        const map = large();
        map.touchpoints[index][field] = value;
        const compiled = journeyMapParser(map).safeParse(map);
        const runtime = JourneyMapSchema.safeParse(map);
        expect(compiled.success).toBe(runtime.success);
        if (compiled.success && runtime.success) expect(compiled.data).toEqual(runtime.data);
        else expect(compiled.error?.issues).toEqual(runtime.error?.issues);
      }),
      { numRuns: 25 },
    );
  });
});
