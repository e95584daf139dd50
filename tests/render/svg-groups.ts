/**
 * An oracle for incremental rendering that knows nothing of the renderer: splits an SVG
 * into the top-level groups of its root `<g>` — each cell (`g.jk-cell`, with its `data-id`)
 * and emotion drawing (`g.jk-emotion`) — and the skeleton left when each group is cut out
 * (a NUL in its place), by counting tags (text in the SVG is escaped, so every `<` starts one).
 */
export interface SvgGroups {
  skeleton: string;
  groups: { markup: string; id: string | undefined }[];
}

const XML_ESCAPES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };

/** Decodes the XML escapes the renderer writes. */
export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => XML_ESCAPES[e] as string);
}

export function svgGroups(svg: string): SvgGroups {
  const open = svg.indexOf("<g font-family=");
  const start = svg.indexOf(">", open) + 1;
  const tag = /<(\/?)[a-zA-Z]+[^>]*?(\/?)>/g;
  tag.lastIndex = start;
  const groups: SvgGroups["groups"] = [];
  let skeleton = svg.slice(0, start);
  let depth = 0;
  let from = start;
  let copied = start;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    const [text, closing, selfClosing] = m;
    if (depth === 0 && closing) break; // the root group closes
    if (depth === 0) from = m.index;
    if (closing) depth--;
    else if (!selfClosing) depth++;
    if (depth !== 0) continue;
    const markup = svg.slice(from, m.index + text.length);
    const cell = markup.startsWith('<g class="jk-cell"');
    if (!cell && !markup.startsWith('<g class="jk-emotion"')) continue;
    skeleton += `${svg.slice(copied, from)}\u0000`;
    copied = m.index + text.length;
    const id = cell ? /data-id="([^"]*)"/.exec(markup)?.[1] : undefined;
    groups.push({ markup, id: id === undefined ? undefined : unescapeXml(id) });
  }
  return { skeleton: skeleton + svg.slice(copied), groups };
}

/**
 * Returns `before` patched as the docs tell a host to patch the page: with `full`, the new
 * SVG; else each top-level cell group of a changed id replaced one for one by `groups(id)`,
 * and with `emotion` each emotion drawing by `emotionGroups()`.
 */
export function patchSvg(
  before: string,
  svg: string,
  changed: { full: boolean; ids: readonly string[]; emotion: boolean },
  groups: (id: string) => string[],
  emotionGroups: () => string[],
): string {
  if (changed.full) return svg;
  const { skeleton, groups: parts } = svgGroups(before);
  const queues = new Map(changed.ids.map((id) => [id, groups(id)]));
  const emotions = changed.emotion ? emotionGroups() : undefined;
  const markups = parts.map((part) => {
    const queue = part.id === undefined ? emotions : queues.get(part.id);
    if (!queue) return part.markup;
    const next = queue.shift();
    if (next === undefined) throw new Error(`fewer groups than before for ${part.id ?? "the emotion lane"}`);
    return next;
  });
  for (const [id, queue] of queues) if (queue.length) throw new Error(`more groups than before for ${id}`);
  if (emotions?.length) throw new Error("more emotion drawings than before");
  let i = 0;
  return skeleton.replace(/\u0000/g, () => markups[i++] as string);
}
