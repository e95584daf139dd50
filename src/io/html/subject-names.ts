import { COLLECTIONS, COLLECTION_NAMES, entityLabel } from "../../model/entities";
import type { JourneyMap } from "../../model/journey-map";

/**
 * Returns, for every id in the map, how people name it: `pain point "Long queue"`, derived
 * from {@link COLLECTIONS} so that a new collection is named without code; persona goals
 * are named by their text and the map by its title. Never throws.
 */
export function subjectNames(map: JourneyMap): Map<string, string> {
  const names = new Map<string, string>([[map.id, `map "${map.title}"`]]);
  for (const collection of COLLECTION_NAMES) {
    const kind = entityLabel(COLLECTIONS[collection].entity);
    for (const entity of (map[collection] ?? []) as readonly { id: string; name?: string; title?: string }[]) {
      names.set(entity.id, `${kind} "${entity.name ?? entity.title ?? entity.id}"`);
    }
  }
  for (const persona of map.personas) for (const goal of persona.goals) names.set(goal.id, `goal "${goal.text}"`);
  return names;
}
