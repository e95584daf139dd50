import type { PersonaEmotion } from "../model/touchpoint";

/**
 * Returns whether `entries[index]` is the first entry of its persona: a touchpoint that
 * lists a persona twice counts the first entry only. Lists are short, so a scan beats
 * allocating a set per touchpoint.
 */
export function firstOfPersona(entries: readonly PersonaEmotion[], index: number): boolean {
  const id = entries[index]?.personaId;
  for (let i = 0; i < index; i++) if (entries[i]?.personaId === id) return false;
  return true;
}
