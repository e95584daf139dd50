import * as z from "zod";
import { JourneyMapSchema } from "../model/journey-map";

/**
 * Inputs with at least this many touchpoints are parsed by a compiled copy of
 * {@link JourneyMapSchema} (zod's `z.compile`, about 2.5× faster on large maps). Compiling
 * costs about 10–20 ms once, so small maps keep the runtime parser. Both give the same
 * data and the same issues: the compiled copy falls back to the runtime parser whenever
 * its fast path refuses, and where `new Function` is unavailable it is the runtime parser.
 * Browser bundles get `journey-map-parser.browser.ts` instead (package.json `browser`
 * field), which keeps the compiler out of pages.
 */
const COMPILE_THRESHOLD = 500;

let compiled: typeof JourneyMapSchema | undefined;

/** The schema to parse `value` with: compiled (created on first need) for large maps. */
export function journeyMapParser(value: unknown): typeof JourneyMapSchema {
  if (compiled) return compiled;
  const touchpoints = typeof value === "object" && value !== null ? (value as { touchpoints?: unknown }).touchpoints : undefined;
  if (!Array.isArray(touchpoints) || touchpoints.length < COMPILE_THRESHOLD) return JourneyMapSchema;
  compiled = z.compile(JourneyMapSchema);
  return compiled;
}
