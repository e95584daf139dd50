import type { CliContext } from "../../src/cli/context";

/** A CLI context over an in-memory file system, so a command runs in-process in microseconds. */
export interface MemoryCli {
  ctx: CliContext;
  files: Map<string, string | Uint8Array>;
  /** Everything written to standard output. */
  stdout: () => string;
  /** Everything written to standard error. */
  stderr: () => string;
  /** Each write to standard error, in order. */
  stderrWrites: string[];
}

/** Builds a {@link MemoryCli} with these files and this standard input. */
export function memoryCli(files: Record<string, string> = {}, stdin = ""): MemoryCli {
  const store = new Map<string, string | Uint8Array>(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  return {
    files: store,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    stderrWrites: err,
    ctx: {
      stdout: (text) => void out.push(text),
      stderr: (text) => void err.push(text),
      readFile: async (path) => {
        const content = store.get(path);
        if (content === undefined) throw new Error(`ENOENT: ${path}`);
        return typeof content === "string" ? content : new TextDecoder().decode(content);
      },
      writeFile: async (path, text) => void store.set(path, text),
      exists: (path) => store.has(path),
      readStdin: async () => stdin,
      color: false,
    },
  };
}
