/**
 * Validating documents from outside: JSON text with a syntax error, a document of an
 * unknown version, and custom limits for untrusted input.
 * Run with `npx tsx examples/validate.ts`.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_LIMITS, JourneyMapError, parseJourneyMap, safeParseJourneyMap } from "journeykit";

// JSON text is parsed for you; syntax errors come with a line and a column.
const broken = safeParseJourneyMap('{\n  "schemaVersion": 1,\n  "title": "Coffee",\n}');
if (!broken.success) {
  const [issue] = broken.error.issues;
  console.log(`${issue?.code} at ${issue?.line}:${issue?.column} — ${issue?.message}`);
}

// A document from a newer version is refused clearly rather than half-read.
const future = safeParseJourneyMap({ schemaVersion: 2, id: "m", title: "From the future" });
console.log(future.success ? "accepted" : future.error.issues[0]?.message);

// Tighter limits for input from strangers: refused before it can cost much.
const limits = { ...DEFAULT_LIMITS, maxInputLength: 1_000_000, maxStringLength: 2_000 };
const hostile = `{"schemaVersion":1,"id":"m","title":"${"x".repeat(5_000)}"}`;
const refused = safeParseJourneyMap(hostile, { limits });
console.log(refused.success ? "accepted" : refused.error.issues[0]?.message);

// parseJourneyMap throws a JourneyMapError that carries every issue.
const file = new URL("./coffee-shop.json", import.meta.url);
try {
  const map = parseJourneyMap(readFileSync(file, "utf8"));
  console.log(`${map.title}: ${map.touchpoints.length} touchpoints, all references resolve`);
} catch (error) {
  if (error instanceof JourneyMapError) console.log(error.issues.map((i) => i.message).join("\n"));
  else throw error;
}
