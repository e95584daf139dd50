import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromSurveyCsv } from "../../../src/io/surveys/from-survey-csv";
import { BUILT_IN_SCALES } from "../../../src/model/built-in-scales";
import type { JourneyMap } from "../../../src/model/journey-map";
import { scalePoints } from "../../../src/model/scale";
import { safeParseJourneyMap } from "../../../src/validate/safe-parse-journey-map";
import { coffeeShop } from "../../edit/harness";

// The shape of a Qualtrics "Download data table" CSV export: column names, question texts,
// import ids, then one row per response. Q1 is CSAT 1–7 recoded as numbers, Q2 NPS as
// choice text, Q3 says who answered; −99 marks a question seen and not answered.
const QUALTRICS = [
  "StartDate,EndDate,Status,Progress,Finished,ResponseId,Q1,Q2,Q3",
  'Start Date,End Date,Response Type,Progress,Finished,Response ID,"How satisfied were you with the wait, overall?",How likely are you to recommend us to a friend?,Which describes you best?',
  '"{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""status""}","{""ImportId"":""progress""}","{""ImportId"":""finished""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3""}"',
  "2026-03-01 08:01:12,2026-03-01 08:03:40,IP Address,100,True,R_1a,2,10 - Extremely likely,Maya",
  "2026-03-01 08:05:00,2026-03-01 08:06:10,IP Address,100,True,R_1b,7,9,Leo",
  "2026-03-01 08:09:30,2026-03-01 08:12:02,IP Address,100,True,R_1c,-99,0 - Not at all likely,Maya",
  "2026-03-02 12:00:00,2026-03-02 12:01:00,IP Address,100,True,R_1d,Slightly satisfied,7,",
].join("\r\n");

const QUESTIONS = { Q1: { touchpointId: "tp-queue", scaleId: "csat-7" }, Q2: { stageId: "s-loyalty", scaleId: "nps" } };

describe("fromSurveyCsv, long format", () => {
  it("reads numbers, labels and N/A codes into one histogram per target, scale and persona", () => {
    const text = "Touchpoint,Scale,Value,Persona\ntp-queue,csat-5,4,\ntp-queue,csat-5,extremely SATISFIED,\ntp-queue,csat-5,N/A,\ntp-queue,csat-5,1,p-maya\n";
    const result = fromSurveyCsv(text);
    expect(result.data).toEqual([
      { id: "survey-tp-queue-csat-5", scaleId: "csat-5", touchpointId: "tp-queue", counts: [0, 0, 0, 1, 1] },
      { id: "survey-tp-queue-csat-5-p-maya", scaleId: "csat-5", touchpointId: "tp-queue", personaId: "p-maya", counts: [1, 0, 0, 0, 0] },
    ]);
  });

  it("names touchpoints and personas by name with a map, and the surveys validate in it", () => {
    const map = coffeeShop();
    const queue = map.touchpoints.find((t) => t.id === "tp-queue")!;
    const result = fromSurveyCsv(`touchpoint,scale,value,persona\n${queue.name},smaply,-2,"Maya, the remote worker"\n${queue.name},smaply,1,p-maya\n`, {
      map,
      collectedAt: "2026-03-01",
    });
    expect(result.success).toBe(true);
    expect(result.data![0]).toMatchObject({ touchpointId: "tp-queue", personaId: "p-maya", counts: [1, 0, 0, 1, 0], collectedAt: "2026-03-01" });
    expect(safeParseJourneyMap({ ...map, surveys: result.data }).success).toBe(true);
  });

  it("weighs answers and records the effective sample size", () => {
    const result = fromSurveyCsv("stage,scale,value,weight\ns-loyalty,csat-5,5,3\ns-loyalty,csat-5,5,3\ns-loyalty,csat-5,1,1\n");
    expect(result.data![0]).toMatchObject({ stageId: "s-loyalty", counts: [1, 0, 0, 0, 6], effectiveN: 49 / 19 });
  });

  it("reports every bad cell with its row and column", () => {
    const result = fromSurveyCsv("touchpoint,scale,value,persona\ntp-queue,csat5,4,\ntp-queue,csat-5,8,\ntp-nowhere,csat-5,4,Nobody\n", { map: coffeeShop() });
    expect(result.error!.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["unknown_reference", 2, 2],
      ["invalid_value", 3, 3],
      ["invalid_value", 4, 1],
    ]);
    expect(result.error!.issues[0]!.message).toBe('row 2, column 2 (scale): no scale has the id "csat5"; did you mean "csat-5"?');
    expect(result.error!.issues[0]).toMatchObject({ id: "csat5", expected: "scale", suggestion: "csat-5" });
  });

  it("fails in the shape of the parse family: success false and error.issues", () => {
    const result = fromSurveyCsv("touchpoint,scale\n");
    expect(result.success).toBe(false);
    expect(result.data).toBeUndefined();
    expect(Object.keys(result)).toEqual(["success", "error"]);
    expect(result.error!.issues).toHaveLength(1);
  });

  it("reports unknown and missing columns in the header", () => {
    const result = fromSurveyCsv("touchpoint,scael,value\n");
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      'row 1, column 2 (scael): unknown column; did you mean "scale"?',
      "row 1, column 4 (scale): the required column is missing",
    ]);
    expect(result.error!.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["scael"], suggestion: "scale" });
  });

  it("gives back the histogram of any answers written as rows, in any order", () => {
    const points = scalePoints(BUILT_IN_SCALES.nps);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...points), { minLength: 1, maxLength: 80 }), (answers) => {
        const rows = answers.map((a) => `tp-1,nps,${a}`).join("\n");
        const counts = points.map((p) => answers.filter((a) => a === p).length);
        expect(fromSurveyCsv(`touchpoint,scale,value\n${rows}`).data).toEqual([{ id: "survey-tp-1-nps", scaleId: "nps", touchpointId: "tp-1", counts }]);
        const reversed = answers
          .map((a) => `tp-1,nps,${a}`)
          .reverse()
          .join("\n");
        expect(fromSurveyCsv(`touchpoint,scale,value\n${reversed}`).data![0]!.counts).toEqual(counts);
      }),
    );
  });

  it("never throws on arbitrary text and never hangs", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const result = fromSurveyCsv(`touchpoint,scale,value\n${junk}`);
        expect(typeof result.success).toBe("boolean");
        if (!result.success) for (const issue of result.error.issues) expect(issue.message.startsWith("row ")).toBe(true);
      }),
    );
    expect(fromSurveyCsv("x".repeat(20), { maxInputLength: 10 }).error!.issues[0]!.code).toBe("limit_exceeded");
  });
});

describe("fromSurveyCsv, Qualtrics export", () => {
  const map = (): JourneyMap => coffeeShop();

  it("skips the two header rows, reads numbers and choice texts, and splits by the persona column", () => {
    const result = fromSurveyCsv(QUALTRICS, { map: map(), questions: QUESTIONS, personaColumn: "Q3", personas: { Maya: "p-maya", Leo: "p-leo" } });
    expect(result.error).toBeUndefined();
    const byId = Object.fromEntries(result.data!.map((s) => [s.id, s]));
    expect(Object.keys(byId)).toEqual([
      "survey-tp-queue-csat-7-p-maya",
      "survey-s-loyalty-nps-p-maya",
      "survey-tp-queue-csat-7-p-leo",
      "survey-s-loyalty-nps-p-leo",
      "survey-tp-queue-csat-7",
      "survey-s-loyalty-nps",
    ]);
    expect(byId["survey-tp-queue-csat-7-p-maya"]).toEqual({
      id: "survey-tp-queue-csat-7-p-maya",
      scaleId: "csat-7",
      touchpointId: "tp-queue",
      personaId: "p-maya",
      question: "How satisfied were you with the wait, overall?",
      counts: [0, 1, 0, 0, 0, 0, 0],
    });
    expect(byId["survey-s-loyalty-nps-p-maya"]!.counts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(byId["survey-tp-queue-csat-7"]!.counts).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(safeParseJourneyMap({ ...map(), surveys: result.data }).success).toBe(true);
  });

  it("reports answers that fit no scale point or label, and columns the export lacks", () => {
    const bad = QUALTRICS.replace("R_1b,7,9,Leo", "R_1b,8,9,Leo");
    expect(fromSurveyCsv(bad, { map: map(), questions: QUESTIONS }).error!.issues.map((i) => [i.line, i.column])).toEqual([[5, 7]]);
    const missing = fromSurveyCsv(QUALTRICS, { questions: { Q9: { touchpointId: "tp-queue", scaleId: "nps" } } });
    expect(missing.error!.issues[0]!.message).toBe("row 1, column 10 (Q9): the export has no such column");
    const persona = fromSurveyCsv(QUALTRICS.replace(",Leo", ",Lea"), { map: map(), questions: QUESTIONS, personaColumn: "Q3", personas: { Maya: "p-maya", Leo: "p-leo" } });
    expect(persona.error!.issues[0]).toMatchObject({ line: 5, column: 9 });
  });

  it("throws for questions that name no scale or no single target", () => {
    expect(() => fromSurveyCsv(QUALTRICS, { questions: { Q1: { touchpointId: "tp-queue", scaleId: "csat7" } } })).toThrow(
      'invalid questions["Q1"].scaleId: no scale has the id "csat7"; did you mean "csat-7"?',
    );
    expect(() => fromSurveyCsv(QUALTRICS, { questions: { Q1: { touchpointId: "tp-queue", stageId: "s-loyalty", scaleId: "nps" } } })).toThrow(TypeError);
    expect(() => fromSurveyCsv(QUALTRICS, { format: "qualtrics" })).toThrow(TypeError);
  });
});
