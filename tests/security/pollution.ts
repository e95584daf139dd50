import { expect } from "vitest";

/** What the global prototypes look like now: their own keys and property descriptors' values. */
export function prototypeSnapshot(): Map<string, unknown> {
  const snapshot = new Map<string, unknown>();
  for (const [name, proto] of [
    ["Object", Object.prototype],
    ["Array", Array.prototype],
    ["Function", Function.prototype],
    ["String", String.prototype],
  ] as const) {
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key)!;
      snapshot.set(`${name}.${String(key)}`, descriptor.value ?? descriptor.get);
    }
  }
  return snapshot;
}

/** Fails when a global prototype gained, lost or changed a property since `before`. */
export function expectPrototypesUnchanged(before: Map<string, unknown>): void {
  expect(prototypeSnapshot()).toEqual(before);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}
