const CODES = { red: 31, yellow: 33, green: 32, cyan: 36, dim: 2, bold: 1 } as const;

/** Returns a painter that wraps text in ANSI colour only when `enabled`. */
export function painter(enabled: boolean) {
  return (style: keyof typeof CODES, text: string) => (enabled ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
}
