import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/context";
import { formatsFor, outputFormat } from "../../src/cli/formats";
import { extensionOf, formatOfPath } from "../../src/io/formats/find-format";
import type { JourneyMapFormat } from "../../src/io/formats/journey-map-format";
import { JOURNEY_MAP_FORMATS } from "../../src/io/formats/registry";

const extensions = JOURNEY_MAP_FORMATS.flatMap((f) => f.extensions);
const name = fc
  .tuple(
    fc.constantFrom("", "out", "dir/out", "a.b/out", ".hidden", "C:\\maps\\out"),
    fc.oneof(
      fc.constantFrom("", ...extensions, ".pdf", ".yaml", ".html", ".JSON", ".Svg"),
      fc.string({ maxLength: 5 }).map((s) => `.${s}`),
    ),
  )
  .map(([stem, extension]) => `${stem}${extension}`);

describe("outputFormat", () => {
  it.each(["map", "render"] as const)("for %s commands, returns only a format the command writes, agreeing with any extension and flag", (role) => {
    const writable = formatsFor(role, "write");
    fc.assert(
      fc.property(
        fc.option(name, { nil: undefined }),
        fc.option(fc.constantFrom(...writable), { nil: undefined }),
        fc.option(fc.constantFrom(...writable), { nil: undefined }),
        (output, chosen, fallback) => {
          let format: JourneyMapFormat;
          try {
            format = outputFormat(output, chosen, "--to", writable, fallback);
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
            return;
          }
          expect(writable).toContain(format);
          if (chosen) expect(format).toBe(chosen);
          if (output !== undefined && output !== "-" && extensionOf(output) !== "") expect(formatOfPath(output)).toBe(format);
        },
      ),
    );
  });
});
