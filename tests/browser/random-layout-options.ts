import { BUILT_IN_LANES } from "../../src/layout/lanes";
import type { LayoutOptions } from "../../src/layout/options";

/** A whole number from `min` to `max`, both included. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** `items` in a random order (Fisher–Yates), as a new array. */
export function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Random layout options that {@link normalizeLayoutOptions} accepts: every built-in lane
 * and every custom lane in a random order, a random choice of personas, font sizes from
 * small to large (body 8–24, title 8–40), padding 1–12 (never 0), gap 0–12, and column and
 * label widths drawn from just above the least the font sizes allow (`min − 2·padding`
 * must hold three of the widest characters; the label column 44 px more); in two cases of
 * five, `wrap` at a width from the least a row may be up to 1500 px more, and in one of
 * three compact density (which `padding`, `gap` and `margin` then override).
 */
export function randomLayoutOptions(random: () => number, customLaneIds: readonly string[], personaIds: readonly string[]): LayoutOptions {
  const fontSizes = {
    title: randomInt(random, 8, 40),
    heading: randomInt(random, 8, 28),
    body: randomInt(random, 8, 24),
    small: randomInt(random, 6, 18),
  };
  const padding = randomInt(random, 1, 12);
  const widest = Math.max(fontSizes.heading, fontSizes.body, fontSizes.small, fontSizes.title / 2) * 3;
  const min = Math.ceil(2 * padding + widest) + randomInt(random, 0, 160);
  const columnWidth = random() < 0.8 ? { min, max: min + randomInt(random, 0, 300) } : { min };
  const chosenPersonas = random() < 0.2 ? undefined : shuffled(random, personaIds).slice(0, randomInt(random, 0, personaIds.length));
  const gap = randomInt(random, 0, 12);
  const margin = randomInt(random, 0, 24);
  const labelWidth = Math.ceil(2 * padding + widest + 44) + randomInt(random, 0, 120);
  const wrap = random() < 0.4 ? { wrap: { maxWidth: 2 * margin + labelWidth + gap + min + randomInt(random, 0, 1500) } } : {};
  return {
    lanes: shuffled(random, [...Object.keys(BUILT_IN_LANES), ...customLaneIds]),
    ...wrap,
    ...(random() < 0.33 ? { density: "compact" as const } : {}),
    ...(chosenPersonas === undefined ? {} : { personaIds: chosenPersonas }),
    columnWidth,
    fontSizes,
    padding,
    gap,
    margin,
    labelWidth,
    emotionHeight: randomInt(random, 30, 200),
    ...(random() < 0.3 ? { maxLines: randomInt(random, 1, 5) } : {}),
    title: random() < 0.8,
  };
}
