/**
 * Writes schema/journey-map.schema.json from the zod schemas. Run `npm run schema` after
 * changing anything in src/model; a test fails while the committed file is out of date.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { journeyMapJsonSchema } from "../src/io/json-schema";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "schema", "journey-map.schema.json");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(journeyMapJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
