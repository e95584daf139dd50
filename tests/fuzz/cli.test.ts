import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMANDS, main } from "../../src/cli/main";
import { fromCsv } from "../../src/io/csv/from-csv";
import { toCsv } from "../../src/io/csv/to-csv";
import { fromMermaid } from "../../src/io/mermaid/from-mermaid";
import { toMermaid } from "../../src/io/mermaid/to-mermaid";
import { parseJourneyMap, safeParseJourneyMap } from "../../src/validate/safe-parse-journey-map";
import { PROTOTYPE_KEYS } from "../support/hostile-text";
import { anyText } from "./arbitraries";
import { boundedAsync, fuzzParameters, fuzzTimeout } from "./fuzz-config";
import { memoryCli } from "./memory-cli";

/*
 * The CLI is fuzzed in-process through `main(argv, ctx)` with an in-memory file system, so
 * each run costs microseconds, not a process. Commands and their flags are read from
 * COMMANDS, so a command added there is fuzzed too.
 */

const coffee = parseJourneyMap(readFileSync(new URL("../../examples/coffee-shop.json", import.meta.url), "utf8"));

const FILES: Record<string, string> = {
  "map.json": JSON.stringify(coffee),
  "map.mmd": toMermaid(coffee),
  "map.csv": toCsv(coffee),
  "future.json": JSON.stringify({ ...coffee, state: "future", touchpoints: coffee.touchpoints.slice(2) }),
  "bad.json": '{ "schemaVersion": 1, "title": ',
  "bad.mmd": "journey\n  section A\n    Task: nine\n",
  "bad.csv": 'stage,touchpoint\n"unterminated\n',
  "invalid.json": JSON.stringify({ schemaVersion: 1, id: "m", title: "t", touchpoints: [{ id: "tp", stageId: "nowhere", name: "x" }] }),
  "empty.json": "",
  "array.json": "[]",
};

const FLAGS = [...new Set(COMMANDS.flatMap((c) => Object.entries(c.options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])])))];

const VALUES = [
  "json",
  "mermaid",
  "mmd",
  "csv",
  "svg",
  "png",
  "text",
  "md",
  "markdown",
  "warning",
  "critical",
  "info",
  "coffee-shop",
  "saas-onboarding",
  "blank",
  "2026-11-01",
  "2026-13-45",
  "yesterday",
];

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.keys(FILES), "missing.json", "out.json", "out.mmd", "out.csv", "out.txt", "-") },
  { weight: 4, arbitrary: fc.constantFrom(...FLAGS, "--help", "-h", "--version", "--", "--unknown", "-Z", "--from=json", "--to=csv", "--format=md") },
  { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, "toString", "hasOwnProperty") },
  { weight: 1, arbitrary: fc.constantFrom(...COMMANDS.map((c) => c.name), "help") },
  { weight: 1, arbitrary: anyText },
);

/** A flag with a value after it, as options are usually given. */
const option: fc.Arbitrary<string[]> = fc.tuple(fc.constantFrom(...FLAGS), fc.oneof(fc.constantFrom(...VALUES), token));

const argv: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...COMMANDS.map((c) => c.name)) }, { weight: 1, arbitrary: fc.oneof(token, fc.constantFrom("help", "--help", "--version")) }),
    fc.array(
      fc.oneof(
        token.map((t) => [t]),
        option,
      ),
      { maxLength: 4 },
    ),
  )
  .map(([command, rest]) => [command, ...rest.flat()]);

const stdin: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...Object.values(FILES)), anyText);

/** Whether text the CLI wrote reads back as a map in one of the formats (`--to` may override the name). */
const readsBack = (content: string) => safeParseJourneyMap(content).success || fromMermaid(content).success || fromCsv(content).success;

describe("journeykit CLI fuzzing (in-process)", () => {
  it(
    "always exits 0, 1 or 2 within the bound, explains every failure, and writes only readable maps",
    async () => {
      await fc.assert(
        fc.asyncProperty(argv, stdin, async (args, input) => {
          const cli = memoryCli(FILES, input);
          const code = await boundedAsync(`journeykit ${args.join(" ")}`, () => main(args, cli.ctx), 500);
          expect([0, 1, 2]).toContain(code);
          const stderr = cli.stderr();
          if (code === 2) expect(stderr).toMatch(/--help" for usage\.\n$/);
          if (code === 1) expect(stderr.length).toBeGreaterThan(0);
          // An error the CLI did not expect is printed as "journeykit: <message>" without a usage hint.
          for (const write of cli.stderrWrites) {
            if (write.startsWith("journeykit: ")) expect(write, `unexpected error for ${JSON.stringify(args)}`).toMatch(/--help" for usage\.\n$/);
          }
          // Maps that `convert` and `init` write read back (other commands write reports where told to).
          const writesMaps = args[0] === "convert" || args[0] === "init";
          for (const [path, content] of cli.files) {
            if (!writesMaps || FILES[path] === content) continue;
            const text = typeof content === "string" ? content : new TextDecoder().decode(content);
            expect(readsBack(text), `${path} written by ${JSON.stringify(args)}`).toBe(true);
          }
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(1, 10),
  );
});

describe("journeykit CLI: option values the fuzzer found", () => {
  it.each([
    [["analyze", "map.json", "--as-of", "2026-13-45"], "--as-of"],
    [["analyze", "map.json", "--as-of", "2026-02-30x"], "--as-of"],
    [["diff", "map.json", "future.json", "--as-of", "!"], "--as-of"],
    [["init", "-", "--title", ""], "--title"],
  ])("refuses %j as a usage error (exit 2) naming %s", async (args, flag) => {
    const cli = memoryCli(FILES);
    const code = await main(args, cli.ctx);
    expect(cli.stderr()).toContain(flag);
    expect(cli.stderr()).toMatch(/--help" for usage\.\n$/);
    expect(code).toBe(2);
  });
});

/** What a terminal could act on, the CLI's own line ends aside: controls, DEL, C1, format characters, separators, lone surrogates. */
const unsafeForTerminal = (output: string) => /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u.test(output.replace(/\n/g, ""));

describe("journeykit CLI fuzzing: nothing from the user reaches the terminal raw", () => {
  it(
    "validate, analyze, diff, render and convert print hostile titles, names, CSV cells, flag values and file names escaped",
    async () => {
      const hostile = fc.oneof(anyText, fc.constantFrom("\u001b]0;pwned\u0007", "\u001b[2J\u001b[31mFAKE", "a\nb: forged [ok]", "\u202egnp.exe", "\u009b31m", "\u2028x"));
      await fc.assert(
        fc.asyncProperty(hostile, hostile, fc.constantFrom("validate", "analyze", "diff", "render", "convert"), async (text, name, command) => {
          const title = text.trim() === "" ? `t${text}` : text;
          const file = `${name}.json`;
          const files = {
            [file]: JSON.stringify({ ...coffee, title, touchpoints: coffee.touchpoints.map((t, i) => (i === 0 ? { ...t, name: title } : t)) }),
            "bad.csv": `stage,touchpoint,${JSON.stringify(text)}\nS,T,x\n`,
            [`${name}.csv`]: `stage,${text.replace(/[",\r\n]/g, "")}x\nS,T\n`,
            "map.json": JSON.stringify(coffee),
          };
          const cli = memoryCli(files);
          const args: Record<string, string[]> = {
            validate: ["validate", file, "bad.csv", `${name}.csv`, `missing${name}.json`],
            analyze: ["analyze", file],
            diff: ["diff", file, "map.json"],
            render: ["render", file, "-o", `${name}.svg`, "--theme", text],
            convert: ["convert", file, `${name}.out`],
          };
          await main(args[command]!, cli.ctx);
          expect(unsafeForTerminal(cli.stderr()), cli.stderr()).toBe(false);
          if (command !== "render") expect(unsafeForTerminal(cli.stdout()), cli.stdout()).toBe(false);
        }),
        fuzzParameters(0.5),
      );
    },
    fuzzTimeout(0.5, 20),
  );
});
