/** What a command may touch: its streams, files and environment, so tests can run it in-process too. */
export interface CliContext {
  stdout: (text: string) => void;
  /** Writes bytes (a PNG) to standard output; without it, bytes are written as a binary string. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string | Uint8Array) => Promise<void>;
  exists: (path: string) => boolean;
  readStdin: () => Promise<string>;
  /** Whether to use colour: stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
}

/** A usage error: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A failure already explained on stderr: exit code 1. */
export class CommandFailed extends Error {
  override name = "CommandFailed";
}
