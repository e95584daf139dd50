#!/usr/bin/env node
import { nodeContext } from "./node-context";
import { useJitlessZod } from "./zod-jitless";

declare const __JOURNEYKIT_VERSION__: string | undefined;
const version = typeof __JOURNEYKIT_VERSION__ === "string" ? __JOURNEYKIT_VERSION__ : "0.0.0-dev";

// Before the commands and the schemas they build are loaded: see useJitlessZod.
useJitlessZod();
import("./main")
  .then(({ main }) => main(process.argv.slice(2), nodeContext(), version))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`journeykit: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
