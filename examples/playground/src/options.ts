import { BUILT_IN_LANES, DEFAULT_LANES, type JourneyMap, type RenderJourneyMapSvgOptions, THEMES } from "journeykit";
import { byId, el } from "./dom";

/** Fills the lane check boxes (built-in lanes, then the map's own) and the theme list, keeping what was checked. */
export function fillOptions(map: JourneyMap): void {
  const box = byId<HTMLFieldSetElement>("lanes");
  const checked = new Set(Array.from(box.querySelectorAll<HTMLInputElement>("input:checked")).map((input) => input.value));
  const first = box.querySelector("input") === null;
  const lanes: [string, string][] = [...Object.entries(BUILT_IN_LANES), ...map.lanes.map((lane): [string, string] => [lane.id, lane.name])];
  const legend = el("legend", {}, "Lanes");
  box.replaceChildren(legend);
  for (const [id, name] of lanes) {
    const input = el("input", { type: "checkbox", value: id, name: "lane" });
    input.checked = first ? (DEFAULT_LANES as readonly string[]).includes(id) : checked.has(id);
    const label = el("label");
    label.append(input, ` ${name}`);
    box.append(label);
  }
  const theme = byId<HTMLSelectElement>("theme");
  if (theme.options.length === 0) for (const name of Object.keys(THEMES)) theme.append(el("option", { value: name }, name));
}

/** Returns the render options the controls describe. */
export function readOptions(): RenderJourneyMapSvgOptions {
  const lanes = Array.from(byId("lanes").querySelectorAll<HTMLInputElement>("input:checked")).map((input) => input.value);
  const theme = byId<HTMLSelectElement>("theme").value as keyof typeof THEMES;
  const compact = byId<HTMLSelectElement>("density").value === "compact";
  const maxLines = byId<HTMLSelectElement>("max-lines").value;
  return {
    lanes,
    theme: theme || "light",
    title: byId<HTMLInputElement>("show-title").checked,
    ...(maxLines === "all" ? {} : { maxLines: Number(maxLines) }),
    ...(compact ? { columnWidth: { min: 110, max: 170 }, padding: 6, gap: 6, fontSizes: { body: 11, small: 10 } } : {}),
  };
}
