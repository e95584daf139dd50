import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { escapeTerminal } from "../../src/cli/escape-terminal";
import { type CliResult, buildCli, runCli } from "./run-cli";

/** What a terminal could act on: C0/C1 controls, DEL, format characters, separators (ZWJ/ZWNJ aside). */
const UNSAFE_CHAR = /(?![\u200c\u200d])[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/u;
/** Whether output, its own line ends aside, holds anything a terminal could act on. */
const unsafe = (output: string) => UNSAFE_CHAR.test(output.replace(/\n/g, ""));
const HOSTILE_TITLE = "\u001b]0;pwned\u0007\u001b[2J\u001b[31mFAKE: all checks passed";
const coffee = join(import.meta.dirname, "..", "..", "examples", "coffee-shop.json");
let cli = "";
let work = "";
const run = (args: string[], options?: Parameters<typeof runCli>[2]): CliResult => runCli(cli, args, { cwd: work, ...options });

beforeAll(async () => {
  cli = await buildCli();
  work = mkdtempSync(join(tmpdir(), "journeykit-escape-"));
  const map = JSON.parse(readFileSync(coffee, "utf8"));
  writeFileSync(join(work, "hostile.json"), JSON.stringify({ ...map, title: HOSTILE_TITLE }));
}, 60_000);

describe("escapeTerminal", () => {
  it("shows controls, bidi overrides and separators as visible escapes", () => {
    expect(escapeTerminal(HOSTILE_TITLE)).toBe("\\x1b]0;pwned\\x07\\x1b[2J\\x1b[31mFAKE: all checks passed");
    expect(escapeTerminal("a\nb\rc\td\u007f\u009b\u202eevil\u2066\u2028\ufeff\u{e0041}")).toBe("a\\nb\\rc\\td\\x7f\\x9b\\u202eevil\\u2066\\u2028\\ufeff\\u{e0041}");
    expect(escapeTerminal("\ud800 lone")).toBe("\\ud800 lone");
  });

  it("leaves printable text alone, emoji sequences and scripts included", () => {
    for (const text of ["Morning coffee", "注文する", "اطلب القهوة", "👩‍👩‍👧‍👦 🇫🇷", "C:\\maps\\a.json", "Loyalty & advocacy"]) expect(escapeTerminal(text)).toBe(text);
  });

  it("never lets an unsafe character through, and is the identity on safe text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const escaped = escapeTerminal(text);
        expect(escaped).not.toMatch(UNSAFE_CHAR);
        if (!UNSAFE_CHAR.test(text) && !/[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))) expect(escaped).toBe(text);
      }),
    );
  });
});

describe("the CLI never writes a terminal sequence from user data (real processes)", () => {
  it("analyze: a title with OSC, clear-screen and colour sequences is printed escaped, stdout not a terminal", () => {
    const result = run(["analyze", "hostile.json"]);
    expect(result.code).toBe(0);
    expect(unsafe(result.stdout)).toBe(false);
    expect(result.stdout.split("\n")[0]).toMatch(/^\\x1b\]0;pwned\\x07\\x1b\[2J\\x1b\[31mFAKE: all checks passed: /);
  });

  it("validate: a valid map's hostile title is escaped on the ✓ line", () => {
    const result = run(["validate", "hostile.json"]);
    expect(result.code).toBe(0);
    expect(unsafe(result.stdout)).toBe(false);
    expect(result.stdout).toContain("\\x1b]0;pwned");
  });

  it("validate: CSV header cells with ESC sequences are escaped in the issues", () => {
    writeFileSync(join(work, "hostile.csv"), "stage,touchpoint,\u001b[2J\u001b[32mOK\u202e\nS,T,x\n");
    const result = run(["validate", "hostile.csv"]);
    expect(result.code).toBe(1);
    expect(unsafe(result.stderr)).toBe(false);
    expect(result.stderr.replace(/\n$/, "")).not.toContain("\n\n");
    expect(result.stderr).toContain("\\x1b[2J\\x1b[32mOK\\u202e");
  });

  it.each([
    ["a newline", "map\nhostile.json: everything is fine [ok].json"],
    ["an ESC", "map\u001b[2J.json"],
    ["a bidi override", "map\u202enosj.json"],
  ])("validate and render: a file name with %s is one escaped line, never a forged one", (_, name) => {
    writeFileSync(join(work, name), "{ not json");
    const invalid = run(["validate", name]);
    expect(invalid.code).toBe(1);
    expect(unsafe(invalid.stderr)).toBe(false);
    const lines = invalid.stderr.trimEnd().split("\n");
    expect(lines.every((line) => line.startsWith(escapeTerminal(name)))).toBe(true);
    const missing = run(["validate", `missing-${name}`]);
    expect(missing.stderr).toBe(`${escapeTerminal(`missing-${name}`)}: no such file [file_not_found]\n`);
    const out = `out-${name}.svg`;
    const written = run(["render", coffee, "-o", out]);
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(new RegExp(`^wrote ${escapeTerminal(out).replace(/[\\[\]().*+?^$|{}]/g, "\\$&")} \\(svg, [\\d,]+ bytes\\)\\n$`));
  });

  it("usage errors: a hostile command name or flag value is escaped", () => {
    const command = run(["\u001b[31mrender"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command "\\x1b[31mrender"');
    const theme = run(["render", coffee, "--theme", "dark\n\u001b[2J"]);
    expect(theme.code).toBe(2);
    expect(unsafe(theme.stderr)).toBe(false);
    expect(theme.stderr.split("\n")[0]).toBe('journeykit: invalid --theme: "dark\\n\\x1b[2J" (expected light, dark or high-contrast)');
  });
});
