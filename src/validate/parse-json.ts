import type { JourneyMapIssue } from "./issue";

/**
 * Finds the offset of the first JSON syntax error in `text` (a strict RFC 8259 scan), or
 * `undefined` when the text is valid JSON.
 */
function findSyntaxError(text: string): { offset: number; reason: string } | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const fail = (reason: string) => ({ offset: Math.min(i, n), reason });
  // Containers are tracked on an explicit stack so that deep nesting cannot overflow.
  const stack: ("[" | "{")[] = [];
  const scanString = (): string | null => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return "control character in string";
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return "invalid \\u escape";
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return "invalid escape";
        i += 2;
        continue;
      }
      i++;
    }
    return "unterminated string";
  };
  const digits = () => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    return i - start;
  };
  // Numbers are scanned digit by digit, however long (a regex over a slice would stop short).
  const scanNumber = (): string | null => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (digits() === 0) return "invalid number";
    if (text[i] === ".") {
      i++;
      if (digits() === 0) return "invalid number";
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (digits() === 0) return "invalid number";
    }
    return null;
  };
  const scanValue = (): string | null => {
    ws();
    const c = text[i];
    if (c === "{" || c === "[") return "open";
    if (c === '"') return scanString();
    const word = /^(true|false|null)/.exec(text.slice(i, i + 5));
    if (word) {
      i += word[0].length;
      return null;
    }
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return scanNumber();
    return i >= n ? "unexpected end of input" : `unexpected character ${JSON.stringify(c)}`;
  };
  ws();
  for (;;) {
    const r = scanValue();
    if (r === "open") {
      const open = text[i] as "[" | "{";
      i++;
      ws();
      if ((open === "[" && text[i] === "]") || (open === "{" && text[i] === "}")) {
        i++;
      } else {
        stack.push(open);
        if (open === "{") {
          if (text[i] !== '"') return fail(i >= n ? "unexpected end of input" : "expected a property name in double quotes");
          const s = scanString();
          if (s) return fail(s);
          ws();
          if (text[i] !== ":") return fail("expected ':' after a property name");
          i++;
        }
        continue;
      }
    } else if (r) return fail(r);
    // After a value: close containers or continue with the next element.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        return i < n ? fail(`unexpected ${JSON.stringify(text[i])} after the end of the document`) : undefined;
      }
      const close = top === "[" ? "]" : "}";
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ",") return fail(i >= n ? "unexpected end of input" : `expected ',' or '${close}'`);
      i++;
      ws();
      if (top === "{") {
        if (text[i] !== '"') return fail("expected a property name in double quotes");
        const s = scanString();
        if (s) return fail(s);
        ws();
        if (text[i] !== ":") return fail("expected ':' after a property name");
        i++;
      }
      break;
    }
  }
}

/** Returns the 1-based line and column of an offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Strips a leading byte-order mark. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Returns the `invalid_json` issue for the first syntax error in `text`, with its line and
 * column, or `undefined` when `text` is valid JSON. Scans with an explicit stack, so that
 * any depth is safe, and builds nothing.
 */
export function jsonSyntaxIssue(text: string): JourneyMapIssue | undefined {
  const error = findSyntaxError(text);
  if (error === undefined) return undefined;
  const { line, column } = lineColumn(text, error.offset);
  return { code: "invalid_json", path: [], message: `line ${line}, column ${column}: ${error.reason}`, line, column };
}

/**
 * Parses JSON text: `{ ok: true, value }`, or `{ ok: false, issue }` with an `invalid_json`
 * issue that gives the line and column of the syntax error. A leading byte-order mark is
 * ignored.
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; issue: JourneyMapIssue } {
  const body = withoutBom(text);
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const issue = jsonSyntaxIssue(body) ?? { code: "invalid_json", path: [], message: "line 1, column 1: invalid JSON", line: 1, column: 1 };
    return { ok: false, issue };
  }
}
