import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { memoryCli } from "../fuzz/memory-cli";
import { buildCli, runCli } from "./run-cli";

const examples = join(import.meta.dirname, "..", "..", "examples");
const coffee = JSON.parse(readFileSync(join(examples, "coffee-shop.json"), "utf8"));
const saas = readFileSync(join(examples, "saas-onboarding.json"), "utf8");
let cli = "";

beforeAll(async () => {
  cli = await buildCli();
}, 60_000);

/** A CLI process with its standard error collected as it comes. */
function start(args: string[], cwd: string): { child: ChildProcess; stderr: () => string; exited: Promise<{ code: number | null; signal: string | null }> } {
  const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, exited };
}

async function waitFor(what: string, check: () => boolean, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Replaces a file the way editors do: a new file renamed over the old one. */
function replace(path: string, text: string): void {
  writeFileSync(`${path}.swp`, text);
  renameSync(`${path}.swp`, path);
}

describe("journeykit render --watch (a real process)", () => {
  it("renders at start and on each change, reports a broken state and keeps watching, and stops on SIGINT with exit 0", async () => {
    const work = mkdtempSync(join(tmpdir(), "journeykit-watch-"));
    const input = join(work, "journey.json");
    const output = join(work, "out.svg");
    writeFileSync(input, JSON.stringify(coffee));
    const proc = start(["render", "journey.json", "-o", "out.svg", "--watch"], work);
    const runs = () =>
      proc
        .stderr()
        .split("\n")
        .filter((line) => line.startsWith("[watch] run "));
    await waitFor("the first run", () => runs().length === 1);
    expect(runs()[0]).toMatch(/^\[watch\] run 1: wrote out\.svg \(svg, [\d,]+ bytes\)$/);
    expect(readFileSync(output, "utf8")).toContain("Morning coffee at Bean There");

    replace(input, JSON.stringify({ ...coffee, title: "Evening tea at Bean There" }));
    await waitFor("the run after a valid change", () => runs().length === 2);
    expect(runs()[1]).toMatch(/^\[watch\] run 2: wrote out\.svg \(svg, [\d,]+ bytes\)$/);
    const valid = readFileSync(output, "utf8");
    expect(valid).toContain("Evening tea at Bean There");

    writeFileSync(input, '{ "schemaVersion": 1, "title": ');
    await waitFor("the run after a broken change", () => runs().length === 3);
    expect(runs()[2]).toBe("[watch] run 3: failed; watching journey.json for the next change");
    expect(proc.stderr()).toMatch(/journey\.json:1:\d+: .*\[invalid_json\]/);
    expect(readFileSync(output, "utf8")).toBe(valid);
    expect(proc.child.exitCode).toBeNull();

    proc.child.kill("SIGINT");
    expect(await proc.exited).toEqual({ code: 0, signal: null });
    expect(proc.stderr().trimEnd().split("\n").at(-1)).toBe("[watch] stopped after 3 runs");
    expect(runs()).toHaveLength(3);
  }, 30_000);
});

describe("journeykit analyze --watch (a real process)", () => {
  it("writes the report on each change, one line per run, and exits 0 on SIGINT whatever --fail-on finds", async () => {
    const work = mkdtempSync(join(tmpdir(), "journeykit-watch-"));
    const input = join(work, "journey.json");
    writeFileSync(input, JSON.stringify(coffee));
    const proc = start(["analyze", "journey.json", "--format", "json", "-o", "report.json", "--fail-on", "warning", "--watch"], work);
    const runs = () =>
      proc
        .stderr()
        .split("\n")
        .filter((line) => line.startsWith("[watch] run "));
    await waitFor("the first run", () => runs().length === 1);
    expect(runs()[0]).toMatch(/^\[watch\] run 1: \d+ findings?, \d+ at or above warning; wrote report\.json \([\d,]+ bytes\)$/);
    const before = JSON.parse(readFileSync(join(work, "report.json"), "utf8"));
    replace(input, saas);
    await waitFor("the run after a change", () => runs().length === 2);
    const after = JSON.parse(readFileSync(join(work, "report.json"), "utf8"));
    expect(runs()[1]).toMatch(/^\[watch\] run 2: \d+ findings?, \d+ at or above warning; wrote report\.json/);
    expect(after).not.toEqual(before);
    proc.child.kill("SIGINT");
    expect(await proc.exited).toEqual({ code: 0, signal: null });
  }, 30_000);

  it.each([
    [["render", "-", "--watch"], "--watch needs a file to watch, not standard input"],
    [["analyze", "journey.json", "-o", "journey.json", "--force", "--watch"], "--watch cannot write over the file it watches"],
  ])("refuses %j as a usage error", (args, message) => {
    const work = mkdtempSync(join(tmpdir(), "journeykit-watch-"));
    writeFileSync(join(work, "journey.json"), JSON.stringify(coffee));
    const result = runCli(cli, args, { cwd: work, input: JSON.stringify(coffee) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe("watchRuns (in-process, with a fake watcher)", () => {
  it("debounces a burst of events into one run, never overlaps runs, and closes the watcher on interrupt", async () => {
    const memory = memoryCli({ "map.json": JSON.stringify(coffee) });
    const listeners: (() => void)[] = [];
    let closed = false;
    let interrupt: () => void = () => undefined;
    const ctx = {
      ...memory.ctx,
      watchFile: (_path: string, onChange: () => void) => {
        listeners.push(onChange);
        return () => {
          closed = true;
        };
      },
      interrupted: () => new Promise<void>((resolve) => (interrupt = resolve)),
    };
    const runs = () =>
      memory
        .stderr()
        .split("\n")
        .filter((line) => line.startsWith("[watch] run "));
    const done = main(["render", "map.json", "-o", "out.svg", "--watch"], ctx);
    await waitFor("the first run", () => runs().length === 1);
    memory.files.set("map.json", JSON.stringify({ ...coffee, title: "Second" }));
    for (let i = 0; i < 20; i++) listeners[0]!();
    await waitFor("the debounced run", () => runs().length === 2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(runs()).toHaveLength(2);
    expect(String(memory.files.get("out.svg"))).toContain("Second");
    memory.files.set("map.json", "journey\n  section A\n    Task: nine\n");
    listeners[0]!();
    await waitFor("the failing run", () => runs().length === 3);
    expect(runs()[2]).toBe("[watch] run 3: failed; watching map.json for the next change");
    interrupt();
    expect(await done).toBe(0);
    expect(closed).toBe(true);
    expect(listeners).toHaveLength(1);
  });

  it("refuses --watch where the context cannot watch", async () => {
    const memory = memoryCli({ "map.json": JSON.stringify(coffee) });
    expect(await main(["analyze", "map.json", "--watch"], memory.ctx)).toBe(2);
    expect(memory.stderr()).toContain("--watch is not available in this context");
  });
});
