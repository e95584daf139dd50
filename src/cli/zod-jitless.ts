import * as z from "zod";

/**
 * Turns off zod's generated fast paths for the schemas built after this call; the
 * `journeykit` executable calls it first, before it loads any schema. A command parses one
 * document per process, and for a map of a few dozen touchpoints, generating and compiling
 * a fast path for each object schema costs more than it saves; maps of 500 touchpoints or
 * more are parsed by the schema compiled with `z.compile`, which this does not affect. zod
 * reads the setting when a schema is built. Never throws.
 */
export function useJitlessZod(): void {
  z.config({ jitless: true });
}
