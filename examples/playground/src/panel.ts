import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type JourneyMap, type Operation } from "journeykit";
import { el } from "./dom";

type FieldKind = "text" | "number" | "boolean" | "lines";

/** The fields offered for a touchpoint even when it does not have them yet. */
const TOUCHPOINT_FIELDS: [string, FieldKind][] = [
  ["name", "text"],
  ["description", "text"],
  ["stageId", "text"],
  ["channelId", "text"],
  ["ownerId", "text"],
  ["emotion", "number"],
  ["expectedEmotion", "number"],
  ["momentOfTruth", "boolean"],
  ["actions", "lines"],
  ["thoughts", "lines"],
  ["feelings", "lines"],
];

/** The collection and the entity of `map` with this id, if any. */
export function findEntity(map: JourneyMap, id: string): { collection: CollectionName; entity: Record<string, unknown> } | undefined {
  for (const collection of COLLECTION_NAMES) {
    const entity = ((map[collection] ?? []) as { id: string }[]).find((item) => item.id === id);
    if (entity) return { collection, entity: entity as unknown as Record<string, unknown> };
  }
  return undefined;
}

function kindOf(value: unknown): FieldKind | undefined {
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return "lines";
  return undefined;
}

function fieldsOf(collection: CollectionName, entity: Record<string, unknown>): [string, FieldKind][] {
  const fields = collection === "touchpoints" ? [...TOUCHPOINT_FIELDS] : [];
  for (const [key, value] of Object.entries(entity)) {
    const kind = kindOf(value);
    if (key !== "id" && kind && !fields.some(([name]) => name === key)) fields.push([key, kind]);
  }
  return fields;
}

/** The value an input holds, as the operation's `changes` take it (`null` removes the field). */
function inputValue(input: HTMLInputElement | HTMLTextAreaElement, kind: FieldKind): unknown {
  if (kind === "boolean") return (input as HTMLInputElement).checked;
  const text = input.value.trim();
  if (text === "") return null;
  if (kind === "number") return Number(text);
  if (kind === "lines")
    return input.value
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
  return input.value;
}

function inputFor(kind: FieldKind, value: unknown): HTMLInputElement | HTMLTextAreaElement {
  if (kind === "lines") {
    const area = el("textarea", { rows: "3" });
    area.value = Array.isArray(value) ? value.join("\n") : "";
    return area;
  }
  const input = el("input", { type: kind === "boolean" ? "checkbox" : kind === "number" ? "number" : "text" });
  if (kind === "boolean") input.checked = value === true;
  else input.value = value === undefined ? "" : String(value);
  return input;
}

/**
 * Shows the fields of the entity `id` in `host`, each committed through `apply` (an update
 * operation) on change or Enter; `error` is shown under them. Shows a hint when nothing is selected.
 */
export function showPanel(host: HTMLElement, map: JourneyMap, id: string | undefined, apply: (op: Operation) => void, error?: string): void {
  const found = id === undefined ? undefined : findEntity(map, id);
  if (!found) {
    host.replaceChildren(el("p", { class: "muted" }, "Click a box on the map to edit it."));
    return;
  }
  const { collection, entity } = found;
  const kind = COLLECTIONS[collection].entity;
  const type = `update${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  const form = el("form", { class: "fields", "data-entity": String(entity.id) });
  form.append(el("p", { class: "muted" }, `${kind} ${String(entity.id)}`));
  for (const [field, fieldKind] of fieldsOf(collection, entity)) {
    const input = inputFor(fieldKind, entity[field]);
    input.setAttribute("name", field);
    let committed = JSON.stringify(entity[field] ?? null);
    const commit = () => {
      const value = inputValue(input, fieldKind);
      if (JSON.stringify(value) === committed) return;
      committed = JSON.stringify(value);
      apply({ type, id: entity.id, changes: { [field]: value } } as Operation);
    };
    input.addEventListener("change", commit);
    input.addEventListener("keydown", (event) => {
      if ((event as KeyboardEvent).key === "Enter" && fieldKind !== "lines") {
        event.preventDefault();
        commit();
      }
    });
    const label = el("label");
    label.append(el("span", {}, field), input);
    form.append(label);
  }
  if (error) form.append(el("p", { class: "error", role: "alert" }, error));
  host.replaceChildren(form);
}
