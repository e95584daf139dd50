import * as z from "zod";
import { JourneyMapSchema, SCHEMA_VERSION } from "../model/journey-map";

/** The `$id` of the published JSON Schema. */
export const JOURNEY_MAP_SCHEMA_ID = "urn:journeykit:schema:journey-map:1";

/**
 * Returns the JSON Schema (draft 2020-12) of a journey map document, generated from the zod
 * schemas: it describes documents as people write them (arrays may be left out; unknown keys
 * are refused). What JSON Schema cannot say is not in it — ids unique across the document,
 * references that resolve, http/https-only URLs and the size limits — so validate with
 * {@link safeParseJourneyMap} where that matters. Each call returns a new object.
 *
 * @example
 * ```ts
 * import { journeyMapJsonSchema } from "journeykit";
 * import { writeFileSync } from "node:fs";
 *
 * writeFileSync("journey-map.schema.json", JSON.stringify(journeyMapJsonSchema(), null, 2));
 * ```
 */
export function journeyMapJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(JourneyMapSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: JOURNEY_MAP_SCHEMA_ID,
    title: "journeykit journey map",
    description:
      `A customer journey map, document format version ${SCHEMA_VERSION}. ` +
      "Beyond this schema, journeykit also requires every id to be unique across the document, " +
      "every reference (stageId, channelId, ownerId, personaId, goalIds, evidenceIds, touchpointIds, " +
      "painPointIds, laneId) to name an existing entity of the right kind, evidence URLs to use http or https, " +
      "and the input to stay within its size limits.",
    ...rest,
  };
}
