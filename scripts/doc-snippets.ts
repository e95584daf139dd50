/**
 * Every fenced `ts` block of README.md and docs/*.md, as programs that compile and run.
 *
 * The blocks of one Markdown file form one program, in order, the way a reader pastes
 * them one after another: a later block may use what an earlier one declared. A block
 * whose info string says `ts standalone` starts a program of its own, and `ts browser`
 * marks one that needs a page (the DOM, a canvas): it is type-checked with the DOM's types
 * but not run in Node (also a program of its own). Each program runs
 * in a fresh folder where `examples/` is the project's examples folder, so snippets read
 * `examples/coffee-shop.json` and write their outputs without touching the project.
 *
 *     npx tsx scripts/doc-snippets.ts        # compile and run them all
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** One program made of the snippets of a Markdown file. */
export interface SnippetProgram {
  /** The Markdown file, relative to the project. */
  source: string;
  /** The first line of its first snippet in that file. */
  line: number;
  /** The program's text: its snippets joined, each preceded by a comment naming its line. */
  code: string;
  /** Code for a page (`ts browser`): type-checked, not run in Node. */
  browser: boolean;
}

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** The Markdown files whose snippets must run: README.md and every docs/*.md. */
export function snippetSources(): string[] {
  const docs = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...docs];
}

/** Returns the programs of one Markdown text (fences of three or more backticks, `ts` or `typescript`). */
export function extractPrograms(source: string, text: string): SnippetProgram[] {
  const programs: SnippetProgram[] = [];
  const lines = text.split("\n");
  let current: SnippetProgram | undefined;
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})\s*(ts|typescript)\b(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith(fence)) body.push(lines[j++]!);
    const block = `// ${source}:${i + 2}\n${body.join("\n")}\n`;
    // A browser block is a program of its own; the program of the blocks around it goes on after it.
    if (/\bbrowser\b/.test(open[3]!)) programs.push({ source, line: i + 2, code: block, browser: true });
    else if (current === undefined || /\bstandalone\b/.test(open[3]!)) {
      current = { source, line: i + 2, code: block, browser: false };
      programs.push(current);
    } else current.code += block;
    i = j;
  }
  return programs;
}

/** Every program of every source. */
export function allPrograms(): SnippetProgram[] {
  return snippetSources().flatMap((source) => extractPrograms(source, readFileSync(join(root, source), "utf8")));
}

const fileName = (p: SnippetProgram) => `${basename(p.source, ".md").toLowerCase()}-${p.line}.ts`;

/** Writes the programs into a fresh folder with a tsconfig that maps `journeykit` to the sources; returns the folder. */
export function writePrograms(programs: readonly SnippetProgram[]): string {
  const dir = mkdtempSync(join(tmpdir(), "journeykit-snippets-"));
  symlinkSync(join(root, "examples"), join(dir, "examples"));
  // The packages a reader has installed beside journeykit (zod, its dependencies) resolve as in their project.
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  mkdirSync(join(dir, "out"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  const paths = {
    journeykit: [join(root, "src/index.ts")],
    "journeykit/svg": [join(root, "src/render/index.ts")],
    "journeykit/duckdb": [join(root, "src/io/sql/duckdb.ts")],
    "journeykit/*": [join(root, "src/*/index.ts")],
  };
  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    module: "ESNext",
    moduleResolution: "Bundler",
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    typeRoots: [join(root, "node_modules/@types")],
    paths,
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts"] }, null, 2));
  for (const p of programs) writeFileSync(join(dir, fileName(p)), p.code);
  return dir;
}

/** Type-checks the programs in `dir` at once; throws with tsc's output when one does not compile. */
export function typecheckPrograms(dir: string): void {
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", dir], { encoding: "utf8", stdio: "pipe" });
}

/** Runs one program in `dir` with tsx; throws with its output when it exits non-zero. */
export function runProgram(dir: string, program: SnippetProgram): string {
  const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
  return execFileSync(process.execPath, [tsx, "--tsconfig", join(dir, "tsconfig.json"), fileName(program)], {
    cwd: dir,
    encoding: "utf8",
    stdio: "pipe",
    timeout: 60_000,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const programs = allPrograms();
  const dir = writePrograms(programs);
  try {
    typecheckPrograms(dir);
    for (const p of programs.filter((program) => !program.browser)) {
      runProgram(dir, p);
      process.stdout.write(`ok ${p.source}:${p.line}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
