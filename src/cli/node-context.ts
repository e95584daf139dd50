import { createReadStream, existsSync, realpathSync, rmSync, statSync, watch } from "node:fs";
import { open, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { type CliContext, InputTooLarge } from "./context";

/** Reads a stream whole, refusing as soon as it passes `maxBytes` (so /dev/zero or a huge pipe never fills memory). */
async function readBounded(stream: Readable, maxBytes: number): Promise<string> {
  return (await readBoundedBytes(stream, maxBytes)).toString("utf8");
}

async function readBoundedBytes(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new InputTooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

async function readFileBounded(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<string> {
  return (await readFileBytesBounded(path, maxBytes)).toString("utf8");
}

async function readFileBytesBounded(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  // Opening first gives ENOENT/EACCES; a directory opens but does not read, so say so at once.
  const handle = await open(path, "r");
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: "EISDIR" });
    if (stat.isFile() && stat.size > maxBytes) throw new InputTooLarge(maxBytes);
    return await readBoundedBytes(handle.createReadStream({ autoClose: false }), maxBytes);
  } finally {
    await handle.close();
  }
}

let writes = 0;

/** The target's permissions to keep, `"device"` for something that is not a regular file, or undefined when it is new. */
function existingMode(path: string): number | "device" | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.mode & 0o777 : "device";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Writes through a temporary file in the same folder, then renames it over the target, so
 * a reader (or a crash, a full disk, a signal) sees the old file or the new one, never half.
 * SIGINT and SIGTERM during the write remove the temporary file before the process ends.
 */
async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const mode = existingMode(path);
  // A device or a pipe (/dev/null, /dev/stdout, a fifo) is written to, never replaced.
  if (mode === "device") return writeFile(path, data);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${++writes}.tmp`);
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(temporary, { force: true });
    process.kill(process.pid, signal);
  };
  // Listening before the file exists: a signal while it is being created removes it too.
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temporary, "wx", mode ?? 0o666);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (handle) await rm(temporary, { force: true });
    throw error;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    try {
      return realpathSync(dirname(a)) === realpathSync(dirname(b)) && basename(a) === basename(b);
    } catch {
      return false;
    }
  }
}

/**
 * Watches the file's folder rather than the file: editors and atomic writes (this CLI's
 * own) replace a file by renaming another onto it, which ends a watch on the old inode.
 */
function watchFile(path: string, onChange: () => void): () => void {
  const name = basename(path);
  // Only a real change counts: where the platform gives no file name, every write in the
  // folder (this command's own output among them) would otherwise start another run.
  const signature = () => {
    try {
      const stat = statSync(path);
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return "missing";
    }
  };
  let last = signature();
  const watcher = watch(dirname(path), (_event, changed) => {
    if (changed !== null && changed !== name) return;
    const now = signature();
    if (now === last) return;
    last = now;
    onChange();
  });
  // The folder going away ends the watch; the runs already report the missing file.
  watcher.on("error", () => undefined);
  return () => watcher.close();
}

/** The CLI context of a real process: its streams, the file system, colour on a terminal unless NO_COLOR. */
export function nodeContext(): CliContext {
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    readFile: readFileBounded,
    readFileBytes: readFileBytesBounded,
    writeFile: writeAtomically,
    exists: (path) => existsSync(path),
    readStdin: (maxBytes = Number.POSITIVE_INFINITY) => readBounded(process.stdin, maxBytes),
    stdinIsTerminal: Boolean(process.stdin.isTTY),
    sameFile,
    watchFile,
    interrupted: () => new Promise((resolve) => void process.once("SIGINT", () => resolve())),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    openRead: (path) => (path === "-" ? process.stdin : createReadStream(path)),
    stderrIsTerminal: Boolean(process.stderr.isTTY),
  };
}
