/*
 * Every property test runs with a fixed seed, so that `npm test` gives the same result on
 * every run and every machine. The fuzz suites pass their own parameters (tests/fuzz/
 * fuzz-config.ts); this covers the other property tests. Explore new cases with
 * `JOURNEYKIT_PROPERTY_SEED=<n> npm test`; a failure prints the seed and path to replay.
 */
import fc from "fast-check";

const text = process.env.JOURNEYKIT_PROPERTY_SEED;
const seed = text === undefined || text === "" ? 20_261_125 : Number(text);
if (!Number.isInteger(seed)) throw new RangeError(`invalid JOURNEYKIT_PROPERTY_SEED: expected an integer, got ${JSON.stringify(text)}`);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
