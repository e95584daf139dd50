import { JourneyMapSchema } from "../model/journey-map";

/**
 * The browser build of `journeyMapParser` (package.json `browser` field): always
 * {@link JourneyMapSchema}, zod's runtime parser, so that a page that validates maps does
 * not carry zod's schema compiler (about 8 kB gzip). Same data and issues as the compiled
 * parser Node uses for large maps; an application that validates large maps in a browser
 * can `import "zod/compile"` once in its entry point.
 */
export function journeyMapParser(_value: unknown): typeof JourneyMapSchema {
  return JourneyMapSchema;
}
