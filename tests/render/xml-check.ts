/**
 * A strict, small XML well-formedness checker for the SVG tests: one root element, tags
 * balanced and properly nested, attributes quoted and unique per element, only the five
 * predefined entities and numeric character references (of characters XML allows), no
 * character XML cannot hold, no `]]>` in text, no CDATA, comments, processing
 * instructions or DOCTYPE (the renderer writes none). Returns the problems found (empty
 * when well-formed) and every element seen, for further checks.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The text directly inside the element (entities decoded). */
  text: string;
  parent: XmlElement | undefined;
}

const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const SPACE = /[ \t\r\n]*/y;

function allowedChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function decode(raw: string, at: number, problems: string[]): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (ch === "<") problems.push(`"<" in text or attribute at ${at + i}`);
    if (ch !== "&") {
      out += ch;
      continue;
    }
    const end = raw.indexOf(";", i);
    const entity = end < 0 ? "" : raw.slice(i + 1, end);
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity in named) out += named[entity];
    else if (/^#[0-9]+$/.test(entity) || /^#x[0-9a-fA-F]+$/.test(entity)) {
      const code = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      if (!allowedChar(code)) problems.push(`reference to a character XML cannot hold: &${entity}; at ${at + i}`);
      else out += String.fromCodePoint(code);
    } else {
      problems.push(`bad entity reference at ${at + i}: ${raw.slice(i, i + 12)}`);
      continue;
    }
    i = end;
  }
  return out;
}

export function checkXml(xml: string): { problems: string[]; elements: XmlElement[] } {
  const problems: string[] = [];
  const elements: XmlElement[] = [];
  for (let i = 0; i < xml.length; i++) {
    const code = xml.codePointAt(i) as number;
    if (code > 0xffff) {
      i++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) problems.push(`lone surrogate at ${i}`);
    else if (!allowedChar(code)) problems.push(`character U+${code.toString(16)} XML cannot hold at ${i}`);
  }
  const stack: XmlElement[] = [];
  let roots = 0;
  let pos = 0;
  const readName = (): string | undefined => {
    NAME.lastIndex = pos;
    const m = NAME.exec(xml);
    if (!m) return undefined;
    pos = NAME.lastIndex;
    return m[0];
  };
  const skipSpace = (): boolean => {
    SPACE.lastIndex = pos;
    SPACE.exec(xml);
    const moved = SPACE.lastIndex > pos;
    pos = SPACE.lastIndex;
    return moved;
  };
  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const textEnd = lt < 0 ? xml.length : lt;
    const raw = xml.slice(pos, textEnd);
    if (raw.length) {
      if (stack.length === 0 && raw.trim()) problems.push(`text outside the root element at ${pos}`);
      if (raw.includes("]]>")) problems.push(`"]]>" in text at ${pos}`);
      const top = stack[stack.length - 1];
      const text = decode(raw, pos, problems);
      if (top) top.text += text;
    }
    if (lt < 0) break;
    pos = lt + 1;
    if (xml[pos] === "!" || xml[pos] === "?") {
      problems.push(`markup declaration, comment, CDATA or processing instruction at ${lt}`);
      const end = xml.indexOf(">", pos);
      pos = end < 0 ? xml.length : end + 1;
      continue;
    }
    if (xml[pos] === "/") {
      pos++;
      const name = readName();
      skipSpace();
      if (xml[pos] !== ">") problems.push(`bad end tag at ${lt}`);
      pos++;
      const open = stack.pop();
      if (!open || open.name !== name) problems.push(`end tag </${name}> at ${lt} does not match <${open?.name}>`);
      continue;
    }
    const name = readName();
    if (!name) {
      problems.push(`bad tag name at ${lt}`);
      break;
    }
    const element: XmlElement = { name, attributes: {}, text: "", parent: stack[stack.length - 1] };
    if (stack.length === 0 && roots++ > 0) problems.push(`second root element at ${lt}`);
    elements.push(element);
    let selfClosing = false;
    for (;;) {
      const spaced = skipSpace();
      if (xml[pos] === ">") {
        pos++;
        break;
      }
      if (xml.startsWith("/>", pos)) {
        pos += 2;
        selfClosing = true;
        break;
      }
      if (!spaced) {
        problems.push(`attributes not separated by space in <${name}> at ${pos}`);
        break;
      }
      const attr = readName();
      if (!attr) {
        problems.push(`bad attribute in <${name}> at ${pos}`);
        break;
      }
      skipSpace();
      if (xml[pos] !== "=") {
        problems.push(`attribute ${attr} without value at ${pos}`);
        break;
      }
      pos++;
      skipSpace();
      const quote = xml[pos];
      if (quote !== '"' && quote !== "'") {
        problems.push(`unquoted attribute ${attr} at ${pos}`);
        break;
      }
      const end = xml.indexOf(quote, pos + 1);
      if (end < 0) {
        problems.push(`unterminated attribute ${attr}`);
        pos = xml.length;
        break;
      }
      if (attr in element.attributes) problems.push(`duplicate attribute ${attr} in <${name}>`);
      element.attributes[attr] = decode(xml.slice(pos + 1, end), pos + 1, problems);
      pos = end + 1;
    }
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) problems.push(`unclosed elements: ${stack.map((e) => e.name).join(", ")}`);
  if (roots !== 1) problems.push(`expected one root element, got ${roots}`);
  return { problems, elements };
}
