/**
 * Returns a short, safe description of any value for a message: JSON where JSON can say it
 * (cut to 60 characters), `NaN`, `Infinity`, `12n`, `a function`, `a Date`… Never throws,
 * whatever getters, `toJSON`, `toString` or Proxy traps the value has.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "number":
      return String(value);
    case "bigint":
      return `${value}n (a BigInt)`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    case "undefined":
      return "undefined";
    case "string":
    case "boolean":
      return cut(JSON.stringify(value));
    default:
      return describeObject(value as object | null);
  }
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function cut(json: string): string {
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function describeObject(value: object | null): string {
  if (value === null) return "null";
  try {
    const kind = objectKind(value);
    if (kind !== "object" && kind !== "array") return kind;
    const json = JSON.stringify(value);
    return json === undefined ? kind : cut(json);
  } catch {
    return "a value that cannot be read";
  }
}

/**
 * Returns `"array"` or `"object"` for plain arrays and objects (prototype `Object.prototype`
 * or `null`), else a phrase naming what it is (`a Date`, `a Map`, `an instance of Point`,
 * `an object with a custom prototype`). May throw where a Proxy trap throws.
 */
export function objectKind(value: object): string {
  if (Array.isArray(value)) return "array";
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return "object";
  const name = constructorName(proto);
  if (name === undefined) return "an object with a custom prototype";
  return `${/^[AEIOU]/.test(name) ? "an" : "a"} ${name}`;
}

/** The name of the constructor that owns `proto`, read without invoking any getter. */
function constructorName(proto: unknown): string | undefined {
  if (typeof proto !== "object" || proto === null) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(proto, "constructor");
  const ctor: unknown = descriptor && "value" in descriptor ? descriptor.value : undefined;
  if (typeof ctor !== "function") return undefined;
  const name = Object.getOwnPropertyDescriptor(ctor, "name");
  return name && typeof name.value === "string" && /^[A-Za-z_$][\w$]{0,40}$/.test(name.value) ? name.value : undefined;
}

/** Returns the message of a thrown value for an issue, without ever throwing itself. */
export function describeError(error: unknown): string {
  try {
    if (typeof error === "object" && error !== null) {
      const descriptor = Object.getOwnPropertyDescriptor(error, "message");
      if (descriptor && typeof descriptor.value === "string" && descriptor.value !== "") return shorten(descriptor.value);
      return "an exception";
    }
    return typeof error === "string" && error !== "" ? shorten(error) : describeValue(error);
  } catch {
    return "an exception";
  }
}
