import { advanceTable, DENSE_LIMIT } from "../../layout/text/advance-table";
import { measureText } from "../../layout/text/measure-text";
import type { MeasureText } from "../../layout/text/types";
import type { JourneyLayout, LayoutLine } from "../../layout/types";

/*
 * Why a PNG needs this: resvg shapes a text chunk with its font and, when a character is
 * missing, looks for a fallback font; if that font has EVERY character of the chunk, it
 * redraws the whole chunk with it. So "😀 Walks past" came out in DejaVu Sans Bold, 15%
 * wider than the Liberation Sans the layout measured, and overflowed its box. Splitting a
 * line into one `<text>` per run — the characters Liberation Sans has, and those it lacks
 * with the spaces, digits and punctuation between them (so an Arabic phrase stays one
 * run, in order) — keeps Liberation Sans for what it draws. Each run starts where the
 * measurer says the text before it ends, which is never short of where it really ends.
 */

/** Whether Liberation Sans (of this weight) draws the code point itself. */
function hasGlyph(cp: number, bold: boolean): boolean {
  const table = advanceTable(bold ? "bold" : "normal");
  return cp < 0x20 || (cp < DENSE_LIMIT ? !Number.isNaN(table.dense[cp] as number) : table.sparse.has(cp));
}

const NEUTRAL = /^[\s\p{P}\p{S}\p{N}\p{M}]$/u;

/** The offsets (in UTF-16 units) where a run of the other kind starts, after 0. */
function runStarts(text: string, bold: boolean): number[] {
  const chars = [...text];
  const kinds = chars.map((c) => (hasGlyph(c.codePointAt(0) as number, bold) ? (NEUTRAL.test(c) ? "neutral" : "own") : "fallback"));
  // Neutral characters between two fallback characters belong to the fallback run.
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== "neutral") continue;
    let j = i;
    while (j < kinds.length && kinds[j] === "neutral") j++;
    const inside = i > 0 && kinds[i - 1] === "fallback" && kinds[j] === "fallback";
    for (let k = i; k < j; k++) kinds[k] = inside ? "fallback" : "own";
    i = j - 1;
  }
  const starts: number[] = [];
  let offset = 0;
  for (let i = 0; i < chars.length; i++) {
    if (i > 0 && kinds[i] !== kinds[i - 1]) starts.push(offset);
    offset += (chars[i] as string).length;
  }
  return starts;
}

/**
 * Returns the line as one line per run of characters (those Liberation Sans has, those it
 * lacks), each placed where the measured text before it ends; the line itself when it has
 * one run. Never throws for a valid line.
 */
export function splitLine(line: LayoutLine, measure: MeasureText = measureText): LayoutLine[] {
  const starts = runStarts(line.text, line.font.weight === "bold");
  if (starts.length === 0) return [line];
  const bounds = [0, ...starts, line.text.length];
  return bounds.slice(0, -1).map((start, i) => ({
    ...line,
    x: line.x + (start === 0 ? 0 : measure(line.text.slice(0, start), line.font)),
    text: line.text.slice(start, bounds[i + 1]),
  }));
}

/** Every `lines` array of a plain-data value, split by {@link splitLine}. */
function mapLines(value: unknown, measure: MeasureText | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => mapLines(item, measure));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === "lines" && Array.isArray(item) ? (item as LayoutLine[]).flatMap((line) => splitLine(line, measure)) : mapLines(item, measure);
  }
  return out;
}

/**
 * Returns the layout with each text line that mixes characters Liberation Sans has and
 * characters it lacks split into one line per run, for renderers (resvg) that would draw
 * a whole mixed line in a wider fallback font; never throws on a valid layout.
 */
export function splitFontRuns(layout: JourneyLayout, measure?: MeasureText): JourneyLayout {
  return mapLines(layout, measure) as JourneyLayout;
}
