/*
 * Arabic letters change shape with their neighbours, and their joined forms are much
 * narrower than the isolated ones a table of advances holds: measured letter by letter in
 * isolation, an Arabic sentence comes out some 60% wider than a browser draws it. The
 * Arabic Presentation Forms-B block (U+FE70–U+FEFF) encodes the four forms of each basic
 * letter, and fonts give those the widths their shaping uses; so a letter is measured as
 * the form its neighbours give it. Letters outside the basic block (Persian, Urdu) keep
 * their isolated width, which is never narrower.
 */

/**
 * How many presentation forms each code point from U+0621 to U+064A has, in order: 4 for
 * dual-joining letters (isolated, final, initial, medial), 2 for right-joining ones
 * (isolated, final), 1 for the hamza, 0 for what is not a basic letter. The forms are
 * encoded one after the other from U+FE80, in this order.
 */
const FORM_COUNTS = "122224242444442222444444440000004444444224";
const FIRST_LETTER = 0x0621;
const FIRST_FORM = 0xfe80;

let forms: Map<number, readonly number[]> | undefined;

/** The presentation forms of each basic letter (built on first use). */
function formsOf(cp: number): readonly number[] | undefined {
  if (!forms) {
    forms = new Map();
    let form = FIRST_FORM;
    for (let i = 0; i < FORM_COUNTS.length; i++) {
      const count = Number(FORM_COUNTS[i]);
      if (count > 0)
        forms.set(
          FIRST_LETTER + i,
          Array.from({ length: count }, (_, k) => form + k),
        );
      form += count;
    }
  }
  return forms.get(cp);
}

/** Lam followed by one of the alefs is drawn as one ligature: its isolated and final forms. */
function lamAlef(alef: number): readonly [number, number] | undefined {
  switch (alef) {
    case 0x0622:
      return [0xfef5, 0xfef6];
    case 0x0623:
      return [0xfef7, 0xfef8];
    case 0x0625:
      return [0xfef9, 0xfefa];
    case 0x0627:
      return [0xfefb, 0xfefc];
    default:
      return undefined;
  }
}

const LAM = 0x0644;
const TATWEEL = 0x0640;

/** Harakat and other marks that joining looks through. */
function isTransparent(cp: number): boolean {
  return (cp >= 0x0610 && cp <= 0x061a) || (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06ed);
}

/** Whether the letter at a position joins towards the next letter (dual-joining letters and the tatweel do). */
function joinsForward(cp: number): boolean {
  return cp === TATWEEL || (formsOf(cp)?.length ?? 0) === 4;
}

/** Whether a letter accepts a join from the letter before it (every joining letter does). */
function joinsBackward(cp: number): boolean {
  return cp === TATWEEL || (formsOf(cp)?.length ?? 0) >= 2;
}

/** The nearest code unit before `i` that joining does not look through (0 at the start). */
function before(text: string, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const cp = text.charCodeAt(j);
    if (!isTransparent(cp)) return cp;
  }
  return 0;
}

/** The nearest code unit after `i` that joining does not look through, and where it is. */
function after(text: string, i: number): { cp: number; at: number } {
  for (let j = i + 1; j < text.length; j++) {
    const cp = text.charCodeAt(j);
    if (!isTransparent(cp)) return { cp, at: j };
  }
  return { cp: 0, at: text.length };
}

/**
 * Returns the width of the basic Arabic letter at `i` of `text` in the form its neighbours
 * give it, in the units of `widths` (advances by code point, 0 where unknown), and how many
 * code units it covers (a lam and the alef it forms a ligature with count as one);
 * `undefined` when the character at `i` is not such a letter or its form has no width.
 *
 * The presentation forms' widths come from the one font that encodes them (DejaVu Sans),
 * while a letter's own width is the widest of all fallback fonts; so a form is scaled by
 * how much wider than that font's isolated form the widest isolated letter is, and a
 * letter alone measures exactly as wide as its widest font draws it.
 */
export function arabicWidth(text: string, i: number, widths: Uint8Array): { width: number; length: number } | undefined {
  const cp = text.charCodeAt(i);
  const forms = formsOf(cp);
  if (!forms) return undefined;
  const joinedBefore = joinsForward(before(text, i));
  const next = after(text, i);
  const ligature = cp === LAM ? lamAlef(next.cp) : undefined;
  if (ligature) {
    const scale = Math.max(ratio(cp, widths), ratio(next.cp, widths));
    const width = (widths[ligature[joinedBefore ? 1 : 0]] as number) * scale;
    return width > 0 ? { width, length: next.at - i + 1 } : undefined;
  }
  const joinedAfter = forms.length === 4 && joinsBackward(next.cp);
  const index = joinedBefore && joinsBackward(cp) ? (joinedAfter ? 3 : 1) : joinedAfter ? 2 : 0;
  const width = (widths[forms[index] as number] as number) * ratio(cp, widths);
  return width > 0 ? { width, length: 1 } : undefined;
}

/** How much wider the widest font draws `letter` alone than its isolated presentation form is. */
function ratio(letter: number, widths: Uint8Array): number {
  const isolated = widths[(formsOf(letter) as readonly number[])[0] as number] as number;
  const own = widths[letter] as number;
  return isolated > 0 && own > isolated ? own / isolated : 1;
}
