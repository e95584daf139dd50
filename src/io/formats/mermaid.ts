import { fromMermaid } from "../mermaid/from-mermaid";
import { toMermaid } from "../mermaid/to-mermaid";
import type { JourneyMapFormat } from "./journey-map-format";

/** Whether the first statement, after front matter, comments and directives, is `journey`. */
function looksLikeMermaid(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  let i = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((line, n) => n > 0 && line.trim() === "---");
    if (end === -1) return false;
    i = end + 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "" || line.startsWith("%") || line.startsWith("#")) continue;
    return /^journey\b/i.test(line);
  }
  return false;
}

/** Mermaid `journey` diagrams. */
export const mermaidFormat: JourneyMapFormat = {
  name: "mermaid",
  aliases: ["mmd"],
  extensions: [".mmd", ".mermaid"],
  description: "a Mermaid journey diagram",
  role: "map",
  sniff: looksLikeMermaid,
  read: (text) => fromMermaid(text),
  write: (map) => toMermaid(map),
};
