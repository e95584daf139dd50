import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../model/entities";

/** "painPoint" → "PainPoint". */
export const capitalize = (text: string): string => text[0]!.toUpperCase() + text.slice(1);

/** Operation type → what it does and to which collection, e.g. "updatePainPoint" → ["update", "painPoints"]. */
export function parseType(type: string): { verb: "add" | "update" | "remove"; collection: CollectionName } | undefined {
  const match = /^(add|update|remove)([A-Z]\w*)$/.exec(type);
  if (!match) return undefined;
  const entity = match[2]![0]!.toLowerCase() + match[2]!.slice(1);
  const collection = COLLECTION_NAMES.find((c) => COLLECTIONS[c].entity === entity);
  return collection ? { verb: match[1] as "add" | "update" | "remove", collection } : undefined;
}

/** The operation type for a verb and a collection. */
export const typeOf = (verb: "add" | "update" | "remove", collection: CollectionName): string => `${verb}${capitalize(COLLECTIONS[collection].entity)}`;
