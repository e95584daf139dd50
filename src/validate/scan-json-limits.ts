import type { IssuePath, JourneyMapIssue } from "./issue";
import { COLLECTION_KEYS, type ParseLimits, limitIssue } from "./limits";

/** One open array or object: its kind, its items so far, and where its current key is. */
interface Frame {
  array: boolean;
  count: number;
  keyStart: number;
  keyEnd: number;
  /** In an object: true after `{` and `,`, false after `:`. */
  expectKey: boolean;
}

const COLLECTION_KEY_TEXTS = new Set([...COLLECTION_KEYS].map((key) => JSON.stringify(key)));

/**
 * Returns the first limit that JSON `text` breaks — nesting depth, array length, string or
 * key length, number of values, number of entities — as a `limit_exceeded` issue with its
 * path, or `undefined`. A single scan with an explicit stack and no allocation per value,
 * run before `JSON.parse`, so that a hostile text is refused before it is materialised.
 * Syntax errors are left to the parser: the scan stops where the text stops making sense.
 */
export function scanJsonLimits(text: string, limits: ParseLimits): JourneyMapIssue | undefined {
  const stack: Frame[] = [];
  const n = text.length;
  let nodes = 0;
  let entities = 0;
  let i = 0;
  const pathOf = (depth = stack.length): IssuePath => {
    const path: IssuePath = [];
    for (let d = 0; d < depth; d++) {
      const frame = stack[d]!;
      if (frame.array) path.push(frame.count - 1);
      else path.push(JSON.parse(text.slice(frame.keyStart, frame.keyEnd)) as string);
    }
    return path;
  };
  /** Skips a string from its opening quote; returns its decoded length, or -1 if unterminated. */
  const skipString = (): number => {
    let length = 0;
    for (i++; i < n; length++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return length;
      }
      i += c === 0x5c ? (text.charCodeAt(i + 1) === 0x75 ? 6 : 2) : 1;
    }
    return -1;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2c || c === 0x3a) {
      if (top !== undefined && (c === 0x2c || c === 0x3a)) top.expectKey = c === 0x2c;
      i++;
      continue;
    }
    if (c === 0x5d || c === 0x7d) {
      stack.pop();
      i++;
      continue;
    }
    if (c === 0x22 && top !== undefined && !top.array && top.expectKey) {
      // A key: remember where it is, for the path.
      if (++top.count > limits.maxObjectKeys)
        return limitIssue(pathOf(stack.length - 1), "maxObjectKeys", limits.maxObjectKeys, `an object of more than ${limits.maxObjectKeys} keys`);
      top.keyStart = i;
      const length = skipString();
      if (length < 0) return undefined;
      top.keyEnd = i;
      if (length > limits.maxStringLength) return limitIssue(pathOf(stack.length - 1), "maxStringLength", limits.maxStringLength, `a key of ${length} characters`);
      continue;
    }
    // A value.
    if (top?.array) {
      top.count++;
      if (top.count > limits.maxArrayLength)
        return limitIssue(pathOf(stack.length - 1), "maxArrayLength", limits.maxArrayLength, `an array of more than ${limits.maxArrayLength} items`);
      if (stack.length === 2 && COLLECTION_KEY_TEXTS.has(text.slice(stack[0]!.keyStart, stack[0]!.keyEnd)) && ++entities > limits.maxEntities) {
        return limitIssue([], "maxEntities", limits.maxEntities, "the number of entities");
      }
    }
    if (++nodes > limits.maxNodes) return limitIssue([], "maxNodes", limits.maxNodes, "the number of values");
    if (c === 0x5b || c === 0x7b) {
      if (stack.length >= limits.maxDepth) return limitIssue(pathOf(), "maxDepth", limits.maxDepth, "the nesting depth");
      stack.push({ array: c === 0x5b, count: 0, keyStart: 0, keyEnd: 0, expectKey: true });
      i++;
    } else if (c === 0x22) {
      const length = skipString();
      if (length < 0) return undefined;
      if (length > limits.maxStringLength) return limitIssue(pathOf(), "maxStringLength", limits.maxStringLength, `a string of ${length} characters`);
    } else {
      const start = i;
      while (i < n && !isDelimiter(text.charCodeAt(i))) i++;
      if (i === start) return undefined;
    }
  }
  return undefined;
}

function isDelimiter(c: number): boolean {
  return c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x22 || c === 0x5b || c === 0x7b;
}
