import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readEventsCsv } from "../../../src/io/events/read-events-csv";
import { readEventsJsonLines } from "../../../src/io/events/read-events-json-lines";
import { analyzeEvents } from "../../../src/measure/analyze-events";
import type { EventRow } from "../../../src/measure/event-row";
import { parseJourneyMap } from "../../../src/validate/index";

async function all(rows: AsyncIterable<EventRow>): Promise<EventRow[]> {
  const out: EventRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const columns = { case: "user_id", event: "name", time: "ts" };
const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

describe("readEventsCsv", () => {
  it("reads names with commas, quotes, newlines and unicode, in any chunking of text or bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        async (records, cuts, crlf) => {
          const nl = crlf ? "\r\n" : "\n";
          const text = `user_id,name,ts${nl}${records.map(([c, e], i) => `${csvField(c)},${csvField(e)},${i}`).join(nl)}${nl}`;
          const bytes = new TextEncoder().encode(text);
          const chunks: Uint8Array[] = [];
          let at = 0;
          for (let k = 0; at < bytes.length; k++) {
            const size = cuts[k % cuts.length] as number;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          const rows = await all(readEventsCsv(chunks, { columns }));
          const fromText = await all(readEventsCsv(text, { columns }));
          expect(rows).toEqual(fromText);
          expect(rows.map((r) => [r.caseId, r.event, r.error])).toEqual(records.map(([c, e]) => [c, e, undefined]));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("gives every row its line, also after a quoted newline", async () => {
    const rows = await all(readEventsCsv('user_id,name,ts\nu1,"two\nlines",1\nu2,b,2\n', { columns }));
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it("reports a record with the wrong number of fields and an unterminated quote, with their lines", async () => {
    const rows = await all(readEventsCsv('user_id,name,ts\nu1,a\nu2,b,2\nu3,"open,3\n', { columns }));
    expect(rows.map((r) => [r.line, r.error])).toEqual([
      [2, "expected 3 fields, found 2"],
      [3, undefined],
      [4, "a quoted field is not closed"],
    ]);
  });

  it("reports a missing column once, with the header's columns", async () => {
    const rows = await all(readEventsCsv("user,name,ts\nu1,a,1\n", { columns }));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.error).toMatch(/missing column "user_id"; the header has "user", "name", "ts"/);
  });

  it("skips a 1 GiB line without holding it, and reads on after it", async () => {
    const mebibyte = "x".repeat(1 << 20);
    async function* input() {
      yield "user_id,name,ts\nu1,a,1\nu2,";
      for (let i = 0; i < 1024; i++) yield mebibyte;
      yield ",2\nu3,c,3\n";
    }
    const before = process.memoryUsage().rss;
    const rows = await all(readEventsCsv(input(), { columns }));
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 2 ** 20);
    expect(rows.map((r) => [r.line, r.caseId, r.error])).toEqual([
      [2, "u1", undefined],
      [3, "", "the line is longer than 1048576 characters (maxLineLength)"],
      [4, "u3", undefined],
    ]);
  }, 60_000);

  it("leads to rejected rows with their lines in the analytics, times unparsable included", async () => {
    const map = parseJourneyMap({
      schemaVersion: 1,
      id: "m",
      title: "t",
      stages: [{ id: "s", name: "S" }],
      touchpoints: [{ id: "a", stageId: "s", name: "A", observe: [{ event: "a" }] }],
    });
    const analytics = await analyzeEvents(map, readEventsCsv("user_id,name,ts\nu1,a,yesterday\nu1,a\nu1,a,2026-03-01\n", { columns }));
    expect(analytics.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(analytics.matchedEvents).toBe(1);
  });

  it("copies other columns into properties, and refuses bad options", async () => {
    const [row] = await all(readEventsCsv("user_id,name,ts,plan,page\nu1,a,1,pro,/x\n", { columns: { ...columns, url: "page" } }));
    expect(row).toEqual({ caseId: "u1", event: "a", time: "1", url: "/x", line: 2, properties: { plan: "pro" } });
    expect(() => readEventsCsv("", { columns: { kase: "x" } as never })).toThrow(/kase/);
    await expect(all(readEventsCsv(42 as never))).rejects.toThrow(TypeError);
  });
});

it("yields the same rows by batch as one by one", async () => {
  const text = `user_id,name,ts\n${Array.from({ length: 5000 }, (_, i) => `u${i % 7},e${i % 3},${i}`).join("\n")}\n`;
  const stream = readEventsCsv(text, { columns });
  const batched: EventRow[] = [];
  for await (const batch of stream.batches()) batched.push(...batch);
  expect(batched).toEqual(await all(stream));
  expect(batched).toHaveLength(5000);
});

describe("readEventsJsonLines", () => {
  it("reads objects line by line and reports the lines that are not", async () => {
    const rows = await all(readEventsJsonLines('{"user_id":"u1","name":"a","ts":1,"plan":"pro"}\n\n[1]\n{"user_id":"u2","name":"b","ts":"2026-03-01"}', { columns }));
    expect(rows).toEqual([
      { caseId: "u1", event: "a", time: 1, line: 1, properties: { plan: "pro" } },
      { caseId: "", event: "", time: "", line: 3, error: "the line is not a JSON object" },
      { caseId: "u2", event: "b", time: "2026-03-01", line: 4 },
    ]);
  });
});
