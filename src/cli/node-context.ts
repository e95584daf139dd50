import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import type { CliContext } from "./context";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The CLI context of a real process: its streams, the file system, colour on a terminal unless NO_COLOR. */
export function nodeContext(): CliContext {
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
    writeFile: (path, text) => writeFile(path, text),
    exists: (path) => existsSync(path),
    readStdin,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}
