/** Makes a new id from a prefix such as `"tp"`; must return a valid, unused id. */
export type IdGenerator = (prefix: string) => string;

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

function randomSuffix(length: number): string {
  const bytes = new Uint8Array(length);
  const crypto = globalThis.crypto;
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/**
 * Returns a new random id such as `"tp-k3v9x2ma0q"`: the prefix, a dash and ten base-36
 * characters from the platform's cryptographic random source. Throws a `TypeError` when the
 * prefix is not a valid id start.
 *
 * @param prefix - What the id starts with. @defaultValue `"id"`
 * @example
 * ```ts
 * import { createId } from "journeykit";
 *
 * createId("tp"); // "tp-k3v9x2ma0q"
 * ```
 */
export function createId(prefix = "id"): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,100}$/.test(prefix)) {
    throw new TypeError(`invalid prefix: ${JSON.stringify(prefix)}`);
  }
  return `${prefix}-${randomSuffix(10)}`;
}

/**
 * Returns an {@link IdGenerator} that counts: `prefix-1`, `prefix-2`, … (one counter per
 * generator, shared by all prefixes). For tests and reproducible documents.
 *
 * @param start - The first number. @defaultValue `1`
 * @example
 * ```ts
 * import { createSequentialIdGenerator } from "journeykit";
 *
 * const next = createSequentialIdGenerator();
 * next("tp"); // "tp-1"
 * next("pp"); // "pp-2"
 * ```
 */
export function createSequentialIdGenerator(start = 1): IdGenerator {
  if (!Number.isSafeInteger(start)) throw new RangeError(`invalid start: ${start}`);
  let n = start;
  return (prefix) => `${prefix}-${n++}`;
}
