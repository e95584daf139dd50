import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { allPrograms, extractPrograms, runProgram, typecheckPrograms, writePrograms } from "../../scripts/doc-snippets";

describe("extractPrograms", () => {
  it("joins the ts blocks of one file into one program, in order, and ignores other languages", () => {
    const text = ["# T", "```ts", "const a = 1;", "```", "```sh", "echo no", "```", "````typescript", "console.log(a);", "````"].join("\n");
    const [program, ...rest] = extractPrograms("docs/t.md", text);
    expect(rest).toEqual([]);
    expect(program?.line).toBe(3);
    expect(program?.code).toBe("// docs/t.md:3\nconst a = 1;\n// docs/t.md:9\nconsole.log(a);\n");
  });

  it("keeps a block marked browser apart, to be type-checked but not run, and goes on with the program around it", () => {
    const text = ["```ts", "const a = 1;", "```", "```ts browser", "document.title = 'x';", "```", "```ts", "console.log(a);", "```"].join("\n");
    const programs = extractPrograms("x.md", text);
    expect(programs.map((p) => [p.line, p.browser])).toEqual([
      [2, false],
      [5, true],
    ]);
    expect(programs[0]?.code).toContain("console.log(a);");
  });

  it("starts a new program at a block marked standalone", () => {
    const text = ["```ts", "const a = 1;", "```", "```ts standalone", "const a = 2;", "```"].join("\n");
    expect(extractPrograms("x.md", text).map((p) => p.line)).toEqual([2, 5]);
  });
});

// Every fenced ts snippet of README.md and docs/*.md compiles and runs (issue: docs that rot).
describe("the snippets of README.md and docs/", () => {
  const programs = allPrograms();
  const dir = writePrograms(programs);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exist", () => {
    expect(programs.some((p) => p.source === "README.md")).toBe(true);
  });

  it("compile together against the sources", () => {
    let output = "";
    try {
      typecheckPrograms(dir);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  }, 120_000);

  it.each(programs.filter((p) => !p.browser).map((p) => [`${p.source}:${p.line}`, p] as const))(
    "%s runs",
    (_name, program) => {
      expect(() => runProgram(dir, program)).not.toThrow();
    },
    60_000,
  );
});
