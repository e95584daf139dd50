import { CommandFailed, type CliContext, UsageError } from "./context";
import { escapeTerminal } from "./escape-terminal";

/** How long the input must stay unchanged before a run, in ms: an editor's save is several events. */
export const WATCH_DEBOUNCE_MS = 150;

/** Refuses (as a usage error) watching a file that each run writes over: it would run forever. */
export function refuseWatchingOutput(file: string, output: string | undefined, ctx: CliContext): void {
  if (output === undefined || output === "-") return;
  if ((ctx.sameFile ?? ((a: string, b: string) => a === b))(file, output)) throw new UsageError("--watch cannot write over the file it watches");
}

/** One line for a run that failed: its issues are already printed when it is {@link CommandFailed}. */
function failure(error: unknown): string {
  if (error instanceof CommandFailed) return "failed";
  return `failed: ${escapeTerminal(error instanceof Error ? error.message : String(error))}`;
}

/**
 * Returns exit code 0 once the user interrupts (SIGINT), after running `run` at once and
 * again whenever `file` changes (debounced, one run at a time), printing
 * one line per run to standard error, `[watch] run 2: wrote out.svg (svg, 1,234 bytes)`;
 * a failing run (an invalid map, a write refused) is reported and watching goes on.
 * Standard input cannot be watched: that, or a context without watching, is a
 * {@link UsageError}; a folder that cannot be watched fails with one line (exit 1).
 */
export async function watchRuns(file: string, ctx: CliContext, run: () => Promise<string>): Promise<number> {
  if (file === "-") throw new UsageError("--watch needs a file to watch, not standard input");
  const { watchFile, interrupted } = ctx;
  if (!watchFile || !interrupted) throw new UsageError("--watch is not available in this context");
  const name = escapeTerminal(file);
  let runs = 0;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const once = async () => {
    const n = ++runs;
    try {
      ctx.stderr(`[watch] run ${n}: ${await run()}\n`);
    } catch (error) {
      ctx.stderr(`[watch] run ${n}: ${failure(error)}; watching ${name} for the next change\n`);
    }
  };
  const trigger = () => {
    if (running) {
      again = true;
      return;
    }
    running = once().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        trigger();
      }
    });
  };
  let stop: () => void;
  try {
    stop = watchFile(file, () => {
      clearTimeout(timer);
      timer = setTimeout(trigger, WATCH_DEBOUNCE_MS);
    });
  } catch (error) {
    ctx.stderr(`${name}: cannot watch: ${escapeTerminal(error instanceof Error ? error.message : String(error))}\n`);
    throw new CommandFailed(file);
  }
  trigger();
  await interrupted();
  stop();
  clearTimeout(timer);
  again = false;
  await running;
  ctx.stderr(`[watch] stopped after ${runs} run${runs === 1 ? "" : "s"}\n`);
  return 0;
}
