#!/usr/bin/env node
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { main } from "./main";

declare const __JOURNEYKIT_VERSION__: string | undefined;
const version = typeof __JOURNEYKIT_VERSION__ === "string" ? __JOURNEYKIT_VERSION__ : "0.0.0-dev";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
    writeFile: (path, text) => writeFile(path, text),
    exists: (path) => existsSync(path),
    readStdin,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  },
  version,
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`journeykit: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
