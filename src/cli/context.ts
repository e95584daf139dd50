/** What a command may touch: its streams, files and environment, so tests can run it in-process too. */
export interface CliContext {
  stdout: (text: string) => void;
  /** Writes bytes (a PNG) to standard output; without it, bytes are written as a binary string. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  /**
   * Reads a file as UTF-8. Rejects with a Node-style error (`code` `ENOENT`, `EISDIR`,
   * `EACCES`…) or with {@link InputTooLarge} past `maxBytes`, checked while reading.
   */
  readFile: (path: string, maxBytes?: number) => Promise<string>;
  /** Reads a file as bytes (a workbook), like `readFile`; without it, binary formats cannot be read. */
  readFileBytes?: (path: string, maxBytes?: number) => Promise<Uint8Array>;
  /** Writes a file whole, or leaves the old one (atomically where the context can). */
  writeFile: (path: string, text: string | Uint8Array) => Promise<void>;
  exists: (path: string) => boolean;
  /** Reads standard input; rejects with {@link InputTooLarge} past `maxBytes`. */
  readStdin: (maxBytes?: number) => Promise<string>;
  /** Whether standard input is a terminal (a person typing), not a pipe or a file. @defaultValue false */
  stdinIsTerminal?: boolean;
  /** Whether two paths name one file (to refuse writing over the input). @defaultValue path equality */
  sameFile?: (a: string, b: string) => boolean;
  /**
   * Calls `onChange` whenever the file at `path` may have changed (written, replaced,
   * renamed onto, removed); returns a function that stops watching. Throws when the file's
   * folder cannot be watched. Without it, `--watch` is refused.
   */
  watchFile?: (path: string, onChange: () => void) => () => void;
  /** Resolves when the user interrupts the process (SIGINT); `--watch` then stops with exit 0. */
  interrupted?: () => Promise<void>;
  /** Whether to use colour: stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
  /**
   * Opens a file (or standard input for `-`) as a stream of chunks, for inputs read a piece
   * at a time (event logs of any size). Without it, such inputs are read whole with `readFile`.
   */
  openRead?: (path: string) => AsyncIterable<Uint8Array | string>;
  /** Whether standard error is a terminal, where a progress line may be redrawn. @defaultValue false */
  stderrIsTerminal?: boolean;
}

/** A usage error: printed with a hint (and the command's usage line, when given), exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
  /** The usage line to print below the message. */
  readonly usage: string | undefined;
  constructor(message: string, usage?: string) {
    super(message);
    this.usage = usage;
  }
}

/** A failure already explained on stderr: exit code 1. */
export class CommandFailed extends Error {
  override name = "CommandFailed";
}

/** The input is larger than the CLI reads; thrown by a context's readers as soon as they pass the bound. */
export class InputTooLarge extends Error {
  override name = "InputTooLarge";
  /** The bound, in bytes. */
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`the input exceeds the limit of ${maxBytes} bytes`);
    this.maxBytes = maxBytes;
  }
}
