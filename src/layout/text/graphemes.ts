let segmenter: Intl.Segmenter | undefined;

/**
 * Splits `text` into grapheme clusters (what a reader sees as one character: a letter
 * with its combining marks, an emoji ZWJ sequence, a flag), so that a broken word is never
 * cut inside one. Pure ASCII takes a fast path.
 */
export function graphemes(text: string): string[] {
  if (/^[\x00-\x7f]*$/.test(text)) return text.split("");
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(segment);
  return out;
}
