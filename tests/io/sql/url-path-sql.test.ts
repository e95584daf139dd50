import fc from "fast-check";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { urlBareSql, urlPathSql } from "../../../src/io/sql/observe-sql";
import { type SqlDialectName, sqlDialect, sqlString } from "../../../src/io/sql/sql-dialect";
import { urlPath } from "../../../src/measure/compile-matcher";
import { postgresUrl, runDuckDb } from "./engines";

// URLs and paths built from the characters the normalisation cares about, with and without a scheme and host.
const piece = fc.constantFrom("/", "//", "a", "é", "?", "#", ":", "\n", "x=1", "%2F", " ");
const url = fc
  .tuple(fc.constantFrom("", "https://shop.example", "HTTP://h:8080", "a+b.c-d://", "1http://x", "mailto:"), fc.array(piece, { maxLength: 8 }))
  .map(([head, parts]) => head + parts.join(""));

/** The path of each URL as the query computes it, in one statement over a VALUES list. */
function pathQuery(dialect: SqlDialectName, urls: readonly string[]): string {
  const d = sqlDialect(dialect);
  const values = urls.map((u, i) => `(${i}, ${sqlString(u)})`).join(", ");
  return `SELECT i, ${urlPathSql(urlBareSql("u", d), d)} AS path FROM (VALUES ${values}) AS t(i, u) ORDER BY i`;
}

const expected = (urls: readonly string[]) => urls.map((u, i) => ({ i, path: urlPath(u) }));
const asRows = (rows: readonly Record<string, unknown>[]) => rows.map((r) => ({ i: Number(r.i), path: r.path }));

describe("the URL path in SQL", () => {
  it("is the streaming matcher's path on DuckDB, for any URL", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(url, { minLength: 1, maxLength: 40 }), async (urls) => {
        expect(asRows(await runDuckDb([], pathQuery("duckdb", urls)))).toEqual(expected(urls));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it.skipIf(postgresUrl === undefined)(
    "is the streaming matcher's path on PostgreSQL, for any URL",
    async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(url, { minLength: 1, maxLength: 40 }), async (urls) => {
            expect(asRows((await client.query(pathQuery("postgres", urls))).rows)).toEqual(expected(urls));
          }),
          { numRuns: 60 },
        );
      } finally {
        await client.end();
      }
    },
    60_000,
  );

  it("keeps a missing URL missing", async () => {
    const d = sqlDialect("duckdb");
    const rows = await runDuckDb([], `SELECT ${urlPathSql(urlBareSql("CAST(NULL AS VARCHAR)", d), d)} AS path`);
    expect(rows).toEqual([{ path: null }]);
  });
});
